/*
 * Where everything of the trajectory chart goes, for a drawing of a given size:
 * margins, axes, ticks, which labels are drawn and where, the drawing order.
 * Pure: the component (components/charts/trajectory-chart.tsx) draws what this
 * returns, and lib/charts/trajectory/layout.test.ts checks it without a browser.
 * 200-odd lines on purpose: the chart's whole geometry, read in one place.
 */
import { formatMillionsValue, formatUsd } from '../../format';
import { estimatedLabelWidth, labelsThatFit, type Span } from '../label-fit';
import { niceTicks, yearTicks } from '../scale';
import { CHART_FONT } from '../typography';
import { userFigureLabel } from '../user-series';
import { wrapText } from '../wrap-text';
import { targetWords, targetWordsAtTop } from './target-words';
import { eventYear, type TrajectoryDrawing, type TrajectorySeries, type UserSeries } from './model';
import type { PublishedPoint } from './published';
import { userPartialKey } from './with-user';

/** The drawings the app makes: CSS picks wide or narrow on the page; slides draw their own. */
export const TRAJECTORY_SIZES = {
  wide: { width: 920, height: 460 },
  narrow: { width: 360, height: 420 },
  // Drawn small and scaled up to the slide, so 13 px text reads at about 24 px on a 1920×1080 projector.
  slide: { width: 960, height: 430 },
} as const;

export type Size = { width: number; height: number };

/** Below this width a drawing is the phone's. */
const NARROW_BELOW = 500;
/** Year labels that fit without overlapping (the article's 2013–2020 keeps all eight). */
const MAX_YEAR_TICKS = { wide: 14, narrow: 8 };
/** Space between the axis ends and the first and last year, given to recharts as the axis padding. */
const X_PADDING = 8;
/** The x axis' own height (recharts' default, set explicitly so the plot's bottom is known). */
const X_AXIS_HEIGHT = 30;
/** Characters a line of an event title takes before it wraps. */
const EVENT_WRAP = 34;
const EVENT_LINE = 13;
/** Room between the reader's value labels: a calm row, not a fence of numbers. */
const USER_LABEL_GAP = 16;
/** A value label sits this far above its point. */
const LABEL_ABOVE = 10;

export type ValueLabel = { text: string; dy: number; size: number; weight: 400 | 600 | 700 };
export type EventLabel = { key: string; year: number; lines: string[]; size: number; lineHeight: number };
/** A drawn label's box, in drawing pixels: x is its centre, y its baseline. */
export type LabelBox = { x: number; y: number; width: number; height: number };
export type UserDrawing = UserSeries & { labelled: ReadonlySet<number> };

export type TrajectoryLayout = {
  width: number;
  height: number;
  narrow: boolean;
  margin: { top: number; right: number; bottom: number; left: number };
  yAxisWidth: number;
  xAxisHeight: number;
  xPadding: number;
  xTicks: number[];
  yTicks: number[];
  yMax: number;
  /** A year as its tick reads: 2015, or ’15 on a phone. */
  yearTick(year: number): string;
  /** The axis title "US$ million": above the axis on a phone, along it otherwise. */
  yAxisTitle: {
    text: string;
    size: number;
    position: 'top' | 'insideLeft';
    angle: number;
    offset: number;
    dx: number;
    dy: number;
  };
  xOf(year: number): number;
  yOf(value: number): number;
  /** Series in the order drawn: lines, then points, the article's last, so that its figure is on top. */
  order: TrajectorySeries[];
  /** The published figure a series draws in a year, for its mark and tooltip. */
  pointAt(seriesKey: string, year: number): PublishedPoint | undefined;
  /** The year the targets were set for, marked above the plot like an event (context view only). */
  targetYear: { year: number; text: string; size: number } | null;
  /** The value label of a point, or null where none is drawn. */
  valueLabel(seriesKey: string, year: number, value: number): ValueLabel | null;
  /** Name and value to the right of a target's diamond. */
  targetLabel(series: TrajectorySeries, value: number): { lines: string[]; size: number };
  events: EventLabel[];
  user: UserDrawing[];
  /** Every value label's box, for checks that none overlap. */
  labelBoxes(): LabelBox[];
};

export function trajectoryLayout(model: TrajectoryDrawing, size: Size): TrajectoryLayout {
  const { width, height } = size;
  const narrow = width < NARROW_BELOW;
  const font = CHART_FONT.size;
  const margin = { top: narrow ? 36 : 44, right: narrow ? 84 : 120, bottom: 28, left: narrow ? 8 : 12 };
  const yAxisWidth = narrow ? 46 : 60;
  const yTicks = niceTicks(model.maxValue, 5);
  const yMax = yTicks[yTicks.length - 1] ?? 0;
  const plotLeft = margin.left + yAxisWidth + X_PADDING;
  const plotWidth = width - margin.left - margin.right - yAxisWidth - 2 * X_PADDING;
  const plotHeight = height - margin.top - margin.bottom - X_AXIS_HEIGHT;
  const span = Math.max(1, model.lastYear - model.firstYear);
  const xOf = (year: number) => plotLeft + ((year - model.firstYear) / span) * plotWidth;
  const yOf = (value: number) => margin.top + (1 - value / Math.max(1, yMax)) * plotHeight;

  const points = new Map(model.points.map((p) => [`${p.key}@${p.year}`, p]));
  const pointAt = (seriesKey: string, year: number) => points.get(`${seriesKey}@${year}`);
  // On a phone "US$47.9 m" beside "US$42.74 m" ran into each other: there a label is the bare millions.
  const valueText = (value: number) => (narrow ? formatMillionsValue(value) : formatUsd(value));
  const otherSize = font - (narrow ? 2 : 1);
  const userSize = font - (narrow ? 2 : 1);
  const above = -LABEL_ABOVE;

  // The published figures keep their labels; the reader's give way to them.
  const publishedSpans: Span[] = model.points
    .filter((p) => p.labelled)
    .map((p) => ({ x: xOf(p.year), width: estimatedLabelWidth(valueText(p.value), font) }));
  // With several publishers no value is labelled: values of one year would print over each other,
  // and the shapes, legend, tooltip and table tell them apart.
  const user: UserDrawing[] = model.user.map((series) => {
    const figures = [...series.figures.values()].sort((a, b) => a.year - b.year);
    const spans = figures.map((f) => ({ x: xOf(f.year), width: estimatedLabelWidth(userFigureLabel(f), userSize) }));
    const fit = model.user.length > 1 ? new Set<number>() : labelsThatFit(spans, USER_LABEL_GAP, publishedSpans);
    return { ...series, labelled: new Set(figures.filter((_, i) => fit.has(i)).map((f) => f.year)) };
  });
  const userOf = new Map(user.map((drawing) => [drawing.key, drawing]));

  function valueLabel(seriesKey: string, year: number, value: number): ValueLabel | null {
    const point = pointAt(seriesKey, year);
    if (point) {
      if (!point.labelled) return null;
      if (point.article) return { text: valueText(value), dy: above, size: font, weight: 700 };
      return { text: valueText(value), dy: above, size: otherSize, weight: 600 };
    }
    const drawing = userOf.get(seriesKey);
    const figure = drawing?.figures.get(year);
    if (!drawing || !figure || !drawing.labelled.has(year)) return null;
    return { text: userFigureLabel(figure), dy: above, size: userSize, weight: 600 };
  }

  // Event titles in full only while they clear each other (a reader's long series squeezes the years).
  const eventSize = font - 2;
  const fullEvents = model.events.map((e) => ({
    x: xOf(eventYear(e)),
    width: estimatedLabelWidth('x'.repeat(EVENT_WRAP), eventSize),
  }));
  const compactEvents = narrow || labelsThatFit(fullEvents).size < model.events.length;
  const targetLabel = targetWords(narrow, font);
  const topTargetWords = targetWordsAtTop(model, targetLabel, { xOf, yOf, top: margin.top });
  // By year where titles would meet; and where even years would (2023 beside 2024 on a phone), or a
  // target's words sit, the rule stays and its year is left to the legend.
  const yearsShown = labelsThatFit(
    model.events.map((e) => ({ x: xOf(eventYear(e)), width: estimatedLabelWidth(e.date.slice(0, 4), eventSize) })),
    undefined,
    topTargetWords,
  );
  const events = model.events.map((event, i) => ({
    key: `${event.date}-${event.title}`,
    year: eventYear(event),
    lines: !compactEvents
      ? wrapText(`${event.date}: ${event.title}`, EVENT_WRAP).slice(0, 2)
      : yearsShown.has(i)
        ? [event.date.slice(0, 4)]
        : [],
    size: eventSize,
    lineHeight: EVENT_LINE,
  }));

  function labelBoxes(): LabelBox[] {
    return model.rows.flatMap((row) =>
      model.series.flatMap((series) => {
        // A reader's partial years are under a key of their own (lib/charts/trajectory/with-user.ts).
        const value = row[series.key] ?? (series.role === 'user' ? row[userPartialKey(series.key)] : undefined);
        const label = typeof value === 'number' ? valueLabel(series.key, row.year, value) : null;
        if (!label || typeof value !== 'number') return [];
        const width = estimatedLabelWidth(label.text, label.size);
        return [{ x: xOf(row.year), y: yOf(value) + label.dy, width, height: label.size }];
      }),
    );
  }

  return {
    width,
    height,
    narrow,
    margin,
    yAxisWidth,
    xAxisHeight: X_AXIS_HEIGHT,
    xPadding: X_PADDING,
    xTicks: yearTicks(model.firstYear, model.lastYear, narrow ? MAX_YEAR_TICKS.narrow : MAX_YEAR_TICKS.wide),
    yTicks,
    yMax,
    yearTick: (year) => (narrow ? `’${String(year).slice(2)}` : String(year)),
    yAxisTitle: narrow
      ? { text: 'US$ million', size: font - 1, position: 'top', angle: 0, offset: 22, dx: 18, dy: 0 }
      : { text: 'US$ million', size: font, position: 'insideLeft', angle: -90, offset: 4, dx: 0, dy: 40 },
    xOf,
    yOf,
    order: model.series,
    pointAt,
    targetYear:
      model.targetYear === null
        ? null
        : { year: model.targetYear, text: narrow ? 'Target' : 'Target year', size: eventSize + 1 },
    valueLabel,
    targetLabel,
    events,
    user,
    labelBoxes,
  };
}
