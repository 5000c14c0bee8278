'use client';

import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { trajectoryLayout, type Size } from '@/lib/charts/trajectory/layout';
import type { TrajectoryDrawing } from '@/lib/charts/trajectory/model';
import { userDataSentence } from '@/lib/charts/trajectory/user-words';
import { withUserTrajectory } from '@/lib/charts/trajectory/with-user';
import { formatMillions } from '@/lib/format';
import { chartColors, chartFont } from './chart-theme';
import { eventLabelContent, targetYearLabelContent } from './trajectory-marks';
import { renderSeries } from './trajectory-series';
import { trajectoryTooltip } from './trajectory-tooltip';
import { useDrawnUserData } from './published-only';

type Props = {
  model: TrajectoryDrawing;
  size: Size;
  id: string;
  label: string;
  /** Years the published figures leave empty, which the reader's data may fill (said in the accessible name). */
  gaps: number[];
};

/** Actual trade against the paths it would have needed to follow to meet each target, drawn as the layout places it. */
export function TrajectoryChart({ model: published, size, id, label, gaps }: Props) {
  const user = useDrawnUserData();
  const model = useMemo(() => withUserTrajectory(published, user), [published, user]);
  const layout = useMemo(() => trajectoryLayout(model, size), [model, size]);
  const { margin, yAxisTitle } = layout;
  return (
    <ComposedChart
      id={id}
      width={layout.width}
      height={layout.height}
      data={model.rows}
      margin={margin}
      role="img"
      aria-label={user && model.user.length > 0 ? `${label} ${userDataSentence(user, gaps)}` : label}
      accessibilityLayer
    >
      <CartesianGrid vertical={false} stroke={chartColors.grid} />
      <XAxis
        dataKey="year"
        type="number"
        domain={[model.firstYear, model.lastYear]}
        ticks={layout.xTicks}
        // Every tick given, chosen without measuring text, so server and client draw the same.
        interval={0}
        tickFormatter={layout.yearTick}
        tick={{ fill: chartColors.axis, fontSize: chartFont.size }}
        padding={{ left: layout.xPadding, right: layout.xPadding }}
        height={layout.xAxisHeight}
      />
      <YAxis
        interval={0}
        ticks={layout.yTicks}
        domain={[0, layout.yMax]}
        tickFormatter={formatMillions}
        tick={{ fill: chartColors.axis, fontSize: chartFont.size }}
        width={layout.yAxisWidth}
        label={{
          value: yAxisTitle.text,
          position: yAxisTitle.position,
          angle: yAxisTitle.angle,
          offset: yAxisTitle.offset,
          dx: yAxisTitle.dx,
          dy: yAxisTitle.dy,
          fill: chartColors.axis,
          fontSize: yAxisTitle.size,
        }}
      />
      {layout.events.map((event) => (
        <ReferenceLine
          key={event.key}
          x={event.year}
          stroke={chartColors.event}
          strokeDasharray="3 3"
          className="event-line"
          label={eventLabelContent(event.lines, event.size, event.lineHeight)}
        />
      ))}
      {layout.targetYear ? (
        <ReferenceArea
          x1={layout.targetYear.year - 0.5}
          x2={layout.targetYear.year + 0.5}
          className="target-year"
          fill={chartColors.band[2]}
          fillOpacity={0.8}
          label={targetYearLabelContent(layout.targetYear.text, layout.targetYear.size)}
        />
      ) : null}
      <Tooltip content={trajectoryTooltip(model, layout)} />
      {layout.order.map((series) => renderSeries(model, layout, series))}
    </ComposedChart>
  );
}
