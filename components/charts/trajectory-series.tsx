import { LabelList, Line } from 'recharts';
import type { TrajectoryLayout } from '@/lib/charts/trajectory/layout';
import type { TrajectoryDrawing, TrajectorySeries } from '@/lib/charts/trajectory/model';
import { userPartialKey, userSeriesOfKey } from '@/lib/charts/trajectory/with-user';
import { userFigureLabel } from '@/lib/charts/user-series';
import { formatUsd } from '@/lib/format';
import { chartColors, pathDashes } from './chart-theme';
import { ContextDot, TargetDot, UserDot, targetLabelContent, valueLabelContent } from './trajectory-marks';

/* Each series of the trajectory chart as recharts draws it, and its tooltip values. */

export function renderSeries(model: TrajectoryDrawing, layout: TrajectoryLayout, series: TrajectorySeries) {
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
export function tooltipValue(layout: TrajectoryLayout) {
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
