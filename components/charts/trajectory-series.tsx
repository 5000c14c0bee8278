import { LabelList, Line } from 'recharts';
import type { TrajectoryLayout } from '@/lib/charts/trajectory/layout';
import type { TrajectoryDrawing, TrajectorySeries } from '@/lib/charts/trajectory/model';
import { userPartialKey } from '@/lib/charts/trajectory/with-user';
import { ARTICLE_STYLE } from '@/lib/charts/trajectory/published';
import { chartColors, pathDashes, seriesColor } from './chart-theme';
import { PublishedDot, TargetDot, UserDot, targetLabelContent, valueLabelContent } from './trajectory-marks';

/* Each series of the trajectory chart as recharts draws it, and its tooltip values. */

export function renderSeries(model: TrajectoryDrawing, layout: TrajectoryLayout, series: TrajectorySeries) {
  const years = model.rows.map((row) => row.year);
  const common = {
    dataKey: series.key,
    name: series.label,
    isAnimationActive: false,
    connectNulls: false,
    type: 'linear' as const,
    className:
      series.style === undefined ? `series-${series.role}` : `series-${series.role} series-style-${series.style}`,
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
    case 'line':
      // A producer's consecutive years, joined: dashed where a figure is derived or an estimate.
      return (
        <Line
          key={series.key}
          {...common}
          stroke={seriesColor(series.style ?? 0)}
          strokeWidth={series.style === ARTICLE_STYLE ? 2.5 : 1.6}
          strokeDasharray={series.dashed ? '4 3' : undefined}
          dot={false}
          activeDot={false}
          legendType="none"
        />
      );
    case 'article':
    case 'publisher': {
      const color = seriesColor(series.style ?? 0);
      return (
        <Line
          key={series.key}
          {...common}
          stroke="none"
          dot={<PublishedDot seriesKey={series.key} pointAt={layout.pointAt} style={series.style ?? 0} />}
          activeDot={{ r: 6, fill: color }}
        >
          {label(color)}
        </Line>
      );
    }
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
    case 'goal': {
      const goal = series.role === 'goal';
      return (
        <Line
          key={series.key}
          {...common}
          stroke="none"
          dot={<TargetDot goal={goal} />}
          activeDot={false}
          legendType="diamond"
        >
          <LabelList
            dataKey={series.key}
            content={targetLabelContent((value) => layout.targetLabel(series, value), goal)}
          />
        </Line>
      );
    }
  }
}
