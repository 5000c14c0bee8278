'use client';

import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, LabelList, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatMillions, formatMillionsValue, formatUsd } from '@/lib/format';
import { niceTicks, yearTicks } from '@/lib/charts/scale';
import type { TrajectoryModel, TrajectorySeries } from '@/lib/charts/trajectory/model';
import { estimatedLabelWidth, labelsThatFit } from '@/lib/charts/label-fit';
import { isPartialYear } from '@/lib/upload/partial-year';
import {
  userFigureLabel,
  userPartialKey,
  userSeriesKey,
  userSeriesOfKey,
  withUserTrajectory,
} from '@/lib/charts/user-series';
import type { UserDataset, UserFigure } from '@/lib/upload/user-data';
import { wrapText } from '@/lib/charts/wrap-text';
import { chartColors, chartFont, pathDashes } from './chart-theme';
import { useUserData } from '../upload/use-user-data';
import { UserMarker } from './user-marker';

/** Year labels that fit without overlapping, at the two drawn widths (the article's 2013–2020 keeps all eight). */
const MAX_YEAR_TICKS = { wide: 14, narrow: 8 };

type Props = { model: TrajectoryModel; width: number; height: number; id: string; label: string };

type DotProps = { cx?: number; cy?: number; value?: number | null };
type LabelProps = { x?: number | string; y?: number | string; value?: unknown; index?: number };
type ViewBoxLabelProps = { viewBox?: { x?: number; y?: number } };

/** A target is an open diamond: a goal, not a measurement. */
function TargetDot({ cx, cy, value }: DotProps) {
  if (cx === undefined || cy === undefined || value === undefined || value === null) return null;
  const r = 7;
  return (
    <path
      d={`M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`}
      fill={chartColors.surface}
      stroke={chartColors.target}
      strokeWidth={2.2}
    />
  );
}

/**
 * Another publisher's figure is an open ring. In a year that also has the
 * article's figure it is drawn over the article's dot with a see-through middle:
 * two publishers' figures for one year can be almost equal, and a filled ring
 * under the dot (as before) could not be seen at all.
 */
function ContextDot({
  cx,
  cy,
  value,
  payload,
  hasArticle,
}: DotProps & { payload?: { year?: number }; hasArticle: (year: number) => boolean }) {
  if (cx === undefined || cy === undefined || value === undefined || value === null) return null;
  const over = payload?.year !== undefined && hasArticle(payload.year);
  return (
    <circle
      className="recharts-dot"
      cx={cx}
      cy={cy}
      r={4.5}
      fill={over ? 'none' : chartColors.surface}
      stroke={chartColors.context}
      strokeWidth={2.2}
    />
  );
}

/**
 * A point's value label. On a phone the years stand about 40 px apart, and
 * "US$47.9 m" beside "US$42.74 m" ran into each other: there the label is the
 * bare number of millions, which the axis title ("US$ million") gives the unit of.
 */
const valueText = (value: number, narrow: boolean) => (narrow ? formatMillionsValue(value) : formatUsd(value));

/**
 * Value labels sit above their point, except a context value in a year that also
 * has the article's figure: that one goes below, so the two never overlap.
 */
function valueLabel(
  model: TrajectoryModel,
  color: string,
  below: (year: number) => boolean,
  size: number,
  bold: boolean,
  narrow: boolean,
) {
  function ValueLabel({ x, y, value, index }: LabelProps) {
    const year = model.rows[index ?? -1]?.year;
    if (value === undefined || value === null || year === undefined) return null;
    const under = below(year);
    return (
      <text
        x={Number(x)}
        y={Number(y) + (under ? size + 7 : -10)}
        textAnchor="middle"
        fill={color}
        fontSize={size}
        fontWeight={bold ? 700 : 400}
      >
        {valueText(Number(value), narrow)}
      </text>
    );
  }
  return ValueLabel;
}

/** Target name and value to the right of its diamond, clear of the paths that lead to it. */
function targetLabel(series: TrajectorySeries, narrow: boolean) {
  function TargetLabel({ x, y, value }: LabelProps) {
    if (value === undefined || value === null) return null;
    const left = Number(x) + 12;
    return (
      <text
        x={left}
        y={Number(y) - 2}
        fill={chartColors.target}
        fontSize={chartFont.size - (narrow ? 1 : 0)}
        fontWeight={600}
      >
        <tspan x={left}>{narrow ? series.label.split(' ')[0] : series.label}</tspan>
        <tspan x={left} dy="1.2em">
          {formatUsd(Number(value))}
        </tspan>
      </text>
    );
  }
  return TargetLabel;
}

/** The reader's own figures (not measurements we publish): a shape per publisher, hollow for a partial year. */
function UserDot({
  cx,
  cy,
  value,
  payload,
  shape,
  figures,
}: DotProps & { payload?: { year?: number }; shape: number; figures: ReadonlyMap<number, UserFigure> }) {
  if (cx === undefined || cy === undefined || value === undefined || value === null) return null;
  const figure = payload?.year === undefined ? undefined : figures.get(payload.year);
  return <UserMarker cx={cx} cy={cy} shape={shape} partial={figure !== undefined && isPartialYear(figure)} />;
}

/** Value labels (with the months of a partial year) on the years chosen to fit; see userSeriesDrawings. */
function userLabel(
  model: TrajectoryModel,
  figures: ReadonlyMap<number, UserFigure>,
  labelled: ReadonlySet<number>,
  size: number,
) {
  function UserLabel({ x, y, index, value }: LabelProps) {
    const year = model.rows[index ?? -1]?.year;
    // Each year is labelled by the line that draws it (full years and partial years are two lines).
    if (value === undefined || value === null) return null;
    const figure = year === undefined || !labelled.has(year) ? undefined : figures.get(year);
    if (!figure) return null;
    return (
      <text
        x={Number(x)}
        y={Number(y) - 10}
        textAnchor="middle"
        fill={chartColors.user}
        fontSize={size}
        fontWeight={600}
      >
        {userFigureLabel(figure)}
      </text>
    );
  }
  return UserLabel;
}

/** Characters a line of an event title takes before it wraps. */
const EVENT_WRAP = 34;

/**
 * Event titles sit in the top margin, above their dashed rule, wrapped to two
 * short lines. Compact, only the year: on a phone, or when the years are close
 * together (titles ran into each other and into the axis title). The legend
 * under the chart gives each event in full.
 */
function eventLabel(date: string, title: string, compact: boolean) {
  function EventLabel({ viewBox }: ViewBoxLabelProps) {
    const x = viewBox?.x ?? 0;
    const y = viewBox?.y ?? 0;
    const lines = compact ? [date.slice(0, 4)] : wrapText(`${date}: ${title}`, EVENT_WRAP).slice(0, 2);
    return (
      <text
        className="event-label"
        x={x}
        y={y - 8 - (lines.length - 1) * 13}
        textAnchor="middle"
        fill={chartColors.muted}
        fontSize={chartFont.size - 2}
      >
        {lines.map((line, i) => (
          <tspan key={line} x={x} dy={i === 0 ? 0 : 13}>
            {line}
          </tspan>
        ))}
      </text>
    );
  }
  return EventLabel;
}

type UserSeriesDrawing = { shape: number; figures: ReadonlyMap<number, UserFigure>; labelled: ReadonlySet<number> };

function renderSeries(
  model: TrajectoryModel,
  series: TrajectorySeries,
  narrow: boolean,
  userSeries: ReadonlyMap<string, UserSeriesDrawing>,
) {
  const common = {
    dataKey: series.key,
    name: series.label,
    isAnimationActive: false,
    connectNulls: false,
    type: 'linear' as const,
    className: `series-${series.role}`,
  };
  const hasArticle = (year: number) => model.rows.some((r) => r.year === year && r.article !== undefined);
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
          dot={<ContextDot hasArticle={hasArticle} />}
          activeDot={{ r: 6, fill: chartColors.context }}
        >
          <LabelList
            dataKey={series.key}
            content={valueLabel(
              model,
              chartColors.context,
              hasArticle,
              chartFont.size - (narrow ? 2 : 1),
              false,
              narrow,
            )}
          />
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
          <LabelList
            dataKey={series.key}
            content={valueLabel(model, chartColors.article, () => false, chartFont.size, true, narrow)}
          />
        </Line>
      );
    case 'user': {
      const drawing = userSeries.get(series.key);
      if (!drawing) return null;
      const dot = <UserDot shape={drawing.shape} figures={drawing.figures} />;
      const label = userLabel(model, drawing.figures, drawing.labelled, userLabelSize(narrow));
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
          <LabelList dataKey={series.key} content={label} />
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
          <LabelList dataKey={partialKey} content={label} />
        </Line>,
      ];
    }
    case 'target':
      return (
        <Line key={series.key} {...common} stroke="none" dot={<TargetDot />} activeDot={false} legendType="diamond">
          <LabelList dataKey={series.key} content={targetLabel(series, narrow)} />
        </Line>
      );
  }
}

/** The order series are drawn in: other publishers' rings after the article's dots, so that a ring on a dot shows. */
function drawingOrder(series: readonly TrajectorySeries[]): TrajectorySeries[] {
  return [...series.filter((s) => s.role !== 'context'), ...series.filter((s) => s.role === 'context')];
}

/** Tooltip values: reported figures as published, yours with their months; derived path values to the nearest million. */
function tooltipValue(userSeries: ReadonlyMap<string, UserSeriesDrawing>) {
  return (
    value: unknown,
    name: unknown,
    item: { dataKey?: unknown; payload?: { year?: number } },
  ): [string, string] => {
    const key = String(item.dataKey ?? '');
    const amount = Number(value);
    if (key.startsWith('path:')) return [`≈ ${formatUsd(Math.round(amount / 1e6) * 1e6)} (derived)`, String(name)];
    const figure =
      item.payload?.year === undefined
        ? undefined
        : userSeries.get(userSeriesOfKey(key))?.figures.get(item.payload.year);
    return [figure ? userFigureLabel(figure) : formatUsd(amount), String(name)];
  };
}

/** The reader's own series, for the chart's accessible name: the built-in label knows nothing of them. */
function userDataLabel(user: UserDataset): string {
  const years = user.figures.map((f) => f.year);
  return `Also drawn, your data from ${user.fileName}: ${formatCount(user.figures.length, 'yearly figure', 'yearly figures')}, ${Math.min(...years)}–${Math.max(...years)}.`;
}

const userLabelSize = (narrow: boolean) => chartFont.size - (narrow ? 2 : 1);
/** Room between the reader's value labels: a calm row, not a fence of numbers. */
const USER_LABEL_GAP = 16;

/**
 * Per user series: its shape, its figures by year, and which years get a value
 * label. With one publisher, labels are thinned so that none overlap (a long
 * series drew a solid smear); with several, none are drawn, as values of
 * different publishers in one year would print over each other: the shapes,
 * the legend, the tooltip and the table tell them apart.
 */
function userSeriesDrawings(
  model: TrajectoryModel,
  user: UserDataset | null,
  xOf: (year: number) => number,
  narrow: boolean,
): Map<string, UserSeriesDrawing> {
  const drawings = new Map<string, UserSeriesDrawing>();
  // The article's and context figures keep their labels; the reader's give way.
  const builtInLabels = model.rows.flatMap((row) =>
    [row.article, row.context]
      .filter((v): v is number => typeof v === 'number')
      .map((v) => ({ x: xOf(row.year), width: estimatedLabelWidth(valueText(v, narrow), chartFont.size) })),
  );
  const keys = model.series.filter((s) => s.role === 'user').map((s) => s.key);
  keys.forEach((key, shape) => {
    const figures = (user?.figures ?? [])
      .filter((f) => userSeriesKey(f.publisher) === key)
      .sort((a, b) => a.year - b.year);
    const fit =
      keys.length > 1
        ? new Set<number>()
        : labelsThatFit(
            figures.map((f) => ({
              x: xOf(f.year),
              width: estimatedLabelWidth(userFigureLabel(f), userLabelSize(narrow)),
            })),
            USER_LABEL_GAP,
            builtInLabels,
          );
    drawings.set(key, {
      shape,
      figures: new Map(figures.map((f) => [f.year, f])),
      labelled: new Set(figures.filter((_, i) => fit.has(i)).map((f) => f.year)),
    });
  });
  return drawings;
}

/** Actual trade against the paths it would have needed to follow to meet each target. */
export function TrajectoryChart({ model: builtIn, width, height, id, label }: Props) {
  const narrow = width < 500;
  // The reader's own data, if they loaded a file, joins the built-in series.
  const user = useUserData();
  const model = useMemo(() => withUserTrajectory(builtIn, user), [builtIn, user]);
  const yTicks = niceTicks(model.maxValue, 5);
  const margin = { top: narrow ? 36 : 44, right: narrow ? 84 : 120, bottom: 28, left: narrow ? 8 : 12 };
  const yAxisWidth = narrow ? 46 : 60;
  // Where recharts puts a year (the axis pads 8 px each side), to keep labels apart without measuring.
  const plotLeft = margin.left + yAxisWidth + 8;
  const plotWidth = width - margin.left - margin.right - yAxisWidth - 16;
  const xOf = (year: number) =>
    plotLeft + ((year - model.firstYear) / Math.max(1, model.lastYear - model.firstYear)) * plotWidth;
  const userSeries = userSeriesDrawings(model, user, xOf, narrow);
  // Event titles in full only while they clear each other (a reader's long series squeezes the years together).
  const compactEvents =
    narrow ||
    labelsThatFit(
      model.events.map((e) => ({
        x: xOf(Number(e.date.slice(0, 4))),
        width: estimatedLabelWidth('x'.repeat(EVENT_WRAP), chartFont.size - 2),
      })),
    ).size < model.events.length;
  return (
    <ComposedChart
      id={id}
      width={width}
      height={height}
      data={model.rows}
      margin={margin}
      role="img"
      aria-label={user && user.figures.length > 0 ? `${label} ${userDataLabel(user)}` : label}
      accessibilityLayer
    >
      <CartesianGrid vertical={false} stroke={chartColors.grid} />
      <XAxis
        dataKey="year"
        type="number"
        domain={[model.firstYear, model.lastYear]}
        ticks={yearTicks(model.firstYear, model.lastYear, narrow ? MAX_YEAR_TICKS.narrow : MAX_YEAR_TICKS.wide)}
        // Every tick given, chosen without measuring text, so server and client draw the same.
        interval={0}
        tickFormatter={(year: number) => (narrow ? `’${String(year).slice(2)}` : String(year))}
        tick={{ fill: chartColors.axis, fontSize: chartFont.size }}
        padding={{ left: 8, right: 8 }}
      />
      <YAxis
        interval={0}
        ticks={yTicks}
        domain={[0, yTicks[yTicks.length - 1] ?? 'auto']}
        tickFormatter={formatMillions}
        tick={{ fill: chartColors.axis, fontSize: chartFont.size }}
        width={yAxisWidth}
        label={
          narrow
            ? {
                value: 'US$ million',
                position: 'top',
                offset: 22,
                dx: 18,
                fill: chartColors.axis,
                fontSize: chartFont.size - 1,
              }
            : {
                value: 'US$ million',
                angle: -90,
                position: 'insideLeft',
                offset: 4,
                dy: 40,
                fill: chartColors.axis,
                fontSize: chartFont.size,
              }
        }
      />
      {model.events.map((event) => (
        <ReferenceLine
          key={`${event.date}-${event.title}`}
          x={Number(event.date.slice(0, 4))}
          stroke={chartColors.event}
          strokeDasharray="3 3"
          className="event-line"
          label={eventLabel(event.date, event.title, compactEvents)}
        />
      ))}
      <Tooltip formatter={tooltipValue(userSeries)} separator=": " labelFormatter={(year) => String(year)} />
      {drawingOrder(model.series).map((series) => renderSeries(model, series, narrow, userSeries))}
    </ComposedChart>
  );
}
