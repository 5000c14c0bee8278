'use client';

import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, LabelList, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { trajectoryLayout, type Size, type TrajectoryLayout } from '@/lib/charts/trajectory/layout';
import type { TrajectoryDrawing, TrajectorySeries } from '@/lib/charts/trajectory/model';
import { userDataSentence } from '@/lib/charts/trajectory/user-words';
import { userPartialKey, userSeriesOfKey, withUserTrajectory } from '@/lib/charts/trajectory/with-user';
import { userFigureLabel } from '@/lib/charts/user-series';
import { formatMillions, formatUsd } from '@/lib/format';
import { chartColors, chartFont, pathDashes } from './chart-theme';
import {
  ContextDot,
  TargetDot,
  UserDot,
  eventLabelContent,
  targetLabelContent,
  valueLabelContent,
} from './trajectory-marks';
import { useUserData } from '../upload/use-user-data';

type Props = {
  model: TrajectoryDrawing;
  size: Size;
  id: string;
  label: string;
  /** Years the published figures leave empty, which the reader's data may fill (said in the accessible name). */
  gaps: number[];
};

function renderSeries(model: TrajectoryDrawing, layout: TrajectoryLayout, series: TrajectorySeries) {
  const years = model.rows.map((row) => row.year);
  const common = {
    dataKey: series.key,
    name: series.label,
    isAnimationActive: false,
    connectNulls: false,
    type: 'linear' as const,
    className: `series-${series.role}`,
  };
  const label = (color: string, key = series.key) => (
    <LabelList
      dataKey={key}
      content={valueLabelContent(years, (year, value) => layout.valueLabel(series.key, year, value), color)}
    />
  );
  switch (series.role) {
    case 'required-path':
      return (
        <Line
          key={series.key}
          {...common}
          stroke={chartColors.path}
          strokeWidth={1.8}
          strokeDasharray={pathDashes[(series.targetIndex ?? 0) % pathDashes.length]}
          dot={false}
          activeDot={false}
        />
      );
    case 'context':
      return (
        <Line
          key={series.key}
          {...common}
          stroke="none"
          dot={<ContextDot overDot={layout.ringOverDot} />}
          activeDot={{ r: 6, fill: chartColors.context }}
        >
          {label(chartColors.context)}
        </Line>
      );
    case 'article':
      return (
        <Line
          key={series.key}
          {...common}
          stroke={chartColors.article}
          strokeWidth={2.5}
          dot={{ r: 6, fill: chartColors.article, stroke: chartColors.surface, strokeWidth: 1.5 }}
        >
          {label(chartColors.article)}
        </Line>
      );
    case 'user': {
      const drawing = layout.user.find((u) => u.key === series.key);
      if (!drawing) return null;
      const dot = <UserDot series={drawing} />;
      const partialKey = userPartialKey(series.key);
      // Full years joined by the dotted line; partial years (in their own key) as points only.
      return [
        <Line
          key={series.key}
          {...common}
          stroke={chartColors.user}
          strokeWidth={1.5}
          strokeDasharray="1 3"
          dot={dot}
          activeDot={{ r: 6, fill: chartColors.user }}
        >
          {label(chartColors.user)}
        </Line>,
        <Line
          key={partialKey}
          {...common}
          dataKey={partialKey}
          className="series-user-partial"
          stroke="none"
          dot={dot}
          activeDot={{ r: 6, fill: chartColors.user }}
          legendType="none"
        >
          {label(chartColors.user, partialKey)}
        </Line>,
      ];
    }
    case 'target':
      return (
        <Line key={series.key} {...common} stroke="none" dot={<TargetDot />} activeDot={false} legendType="diamond">
          <LabelList dataKey={series.key} content={targetLabelContent((value) => layout.targetLabel(series, value))} />
        </Line>
      );
  }
}

/** Tooltip values: reported figures as published, the reader's with their months, derived paths to the nearest million. */
function tooltipValue(layout: TrajectoryLayout) {
  return (
    value: unknown,
    name: unknown,
    item: { dataKey?: unknown; payload?: { year?: number } },
  ): [string, string] => {
    const key = String(item.dataKey ?? '');
    const amount = Number(value);
    if (key.startsWith('path:')) return [`≈ ${formatUsd(Math.round(amount / 1e6) * 1e6)} (derived)`, String(name)];
    const year = item.payload?.year;
    const figure =
      year === undefined ? undefined : layout.user.find((u) => u.key === userSeriesOfKey(key))?.figures.get(year);
    return [figure ? userFigureLabel(figure) : formatUsd(amount), String(name)];
  };
}

/** Actual trade against the paths it would have needed to follow to meet each target, drawn as the layout places it. */
export function TrajectoryChart({ model: published, size, id, label, gaps }: Props) {
  const user = useUserData();
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
          value: 'US$ million',
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
      <Tooltip formatter={tooltipValue(layout)} separator=": " labelFormatter={(year) => String(year)} />
      {layout.order.map((series) => renderSeries(model, layout, series))}
    </ComposedChart>
  );
}
