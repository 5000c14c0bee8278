import type { Dataset } from '../../dataset/build';
import { articleTargets, assessTargets, requiredPath } from '../../dataset/derive';
import type { TradeEvent, TradeFigure } from '../../dataset/schema';
import type { UserFigure } from '../../upload/user-data';
import { showsContext, type View } from '../view';
import { figuresInView, otherGoals, publishedFigures, reporterLookup, type PublishedPoint } from './published';

/**
 * One row per year. A year with no figure has no key for it (not zero and not
 * interpolated), so the chart leaves a gap there.
 */
export type TrajectoryRow = { year: number } & Partial<Record<string, number>>;

export type TrajectorySeries = {
  key: string;
  label: string;
  /**
   * article: the points of the article's producer (in the article view, its one
   * figure); publisher: another producer's points; line: a line joining one
   * producer's consecutive years; goal: a target that other reports state.
   */
  role: 'article' | 'publisher' | 'line' | 'required-path' | 'target' | 'goal' | 'user';
  targetId?: string;
  /** Position among the targets (file order), to pick a dash pattern. */
  targetIndex?: number;
  /** For a required path: the constant annual growth it assumes. */
  growth?: number;
  /** For a producer's points and lines: its colour and shape. */
  style?: number;
  /** For a line: dashed, where it runs to a derived figure or an estimate. */
  dashed?: boolean;
};

/** An event as the chart draws it: a dashed rule at its year, with its title. */
export type DrawnEvent = Pick<TradeEvent, 'date' | 'title'>;

/** What the drawing needs, and no more: this goes to the browser with the page. */
export type TrajectoryDrawing = {
  firstYear: number;
  lastYear: number;
  rows: TrajectoryRow[];
  series: TrajectorySeries[];
  /** Every published figure drawn, with what its tooltip says. */
  points: PublishedPoint[];
  /** The year the targets were set for, marked in the context view, where the axis runs past it. */
  targetYear: number | null;
  events: DrawnEvent[];
  maxValue: number;
  /** The reader's series, once their data is merged in (lib/charts/trajectory/with-user.ts). */
  user: UserSeries[];
};

/** The chart's state: the drawing, plus every figure and event with its provenance, for its words and CSV. */
export type TrajectoryModel = Omit<TrajectoryDrawing, 'events'> & {
  figures: TradeFigure[];
  events: TradeEvent[];
};

/** One publisher of the reader's data, as drawn: its shape (its place among them) and its figures. */
export type UserSeries = { key: string; publisher: string; shape: number; figures: ReadonlyMap<number, UserFigure> };

/** The year an event is drawn at. */
export const eventYear = (event: DrawnEvent) => Number(event.date.slice(0, 4));

/** The drawing of a model, for the browser: without the quotes and sources the page prints elsewhere. */
export function drawingOf(model: TrajectoryModel): TrajectoryDrawing {
  const { firstYear, lastYear, rows, series, points, targetYear, maxValue, user } = model;
  return {
    firstYear,
    lastYear,
    rows,
    series,
    points,
    targetYear,
    maxValue,
    user,
    events: model.events.map(({ date, title }) => ({ date, title })),
  };
}

function yearsBetween(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function trajectoryModel(dataset: Dataset, view: View): TrajectoryModel {
  const assessments = assessTargets(dataset);
  const targets = articleTargets(dataset);
  const figures = figuresInView(dataset, view);
  const targetYear = showsContext(view) && targets.length > 0 ? Math.max(...targets.map((t) => t.target_year)) : null;
  const goals = otherGoals(dataset, view);
  const lastFigureYear = Math.max(...figures.map((f) => f.year));
  // In the context view the target year's figure and the latest one are labelled: the story after the targets.
  const labelYears = targetYear === null ? [] : [targetYear, lastFigureYear];
  const published = publishedFigures(figures, reporterLookup(dataset), labelYears);
  const spanned = [
    ...figures.map((f) => f.year),
    ...targets.flatMap((t) => [t.set_in, t.target_year]),
    ...goals.map((g) => g.target.target_year),
  ];
  // One year of air before the first figure, so the first point is not on the axis.
  const firstYear = Math.min(...spanned) - 1;
  const lastYear = Math.max(...spanned);

  const paths = assessments.map((a) => ({
    target: a.target,
    growth: a.requiredGrowth,
    points: new Map(
      requiredPath(a.actual.year, a.actual.value_usd, a.target.target_year, a.target.value_usd).map((p) => [
        p.year,
        p.value,
      ]),
    ),
  }));

  const targetIndex = new Map(targets.map((t, i) => [t.target_id, i]));
  const rows = yearsBetween(firstYear, lastYear).map((year) => {
    const row: TrajectoryRow = { year };
    for (const [key, byYear] of published.values) {
      const value = byYear.get(year);
      if (value !== undefined) row[key] = value;
    }
    for (const { target, points } of paths) {
      const value = points.get(year);
      if (value !== undefined) row[`path:${target.target_id}`] = value;
      if (target.target_year === year) row[`target:${target.target_id}`] = target.value_usd;
    }
    for (const { key, target } of goals) if (target.target_year === year) row[key] = target.value_usd;
    return row;
  });

  const articleLabel = showsContext(view)
    ? (producer: string) => `${producer} (the article’s source)`
    : () => 'Actual trade, as the article reports it';
  const series: TrajectorySeries[] = [
    ...paths.map(({ target, growth }) => ({
      key: `path:${target.target_id}`,
      label: `Path needed for the ${target.label.toLowerCase()}`,
      role: 'required-path' as const,
      targetId: target.target_id,
      targetIndex: targetIndex.get(target.target_id),
      growth,
    })),
    ...published.lines.map(({ key, style, dashed }) => ({ key, label: '', role: 'line' as const, style, dashed })),
    // Other producers' points before the article's, so that the article's figure is drawn on top.
    ...[...published.series]
      .sort((a, b) => Number(a.article) - Number(b.article))
      .map((s) => ({
        key: s.key,
        label: s.article ? articleLabel(s.producer) : s.producer,
        role: s.article ? ('article' as const) : ('publisher' as const),
        style: s.style,
      })),
    ...targets.map((target) => ({
      key: `target:${target.target_id}`,
      label: target.label,
      role: 'target' as const,
      targetId: target.target_id,
      targetIndex: targetIndex.get(target.target_id),
    })),
    ...goals.map(({ key, target }) => ({ key, label: target.label, role: 'goal' as const })),
  ];

  return {
    firstYear,
    lastYear,
    rows,
    series,
    points: published.points,
    targetYear,
    figures: [...figures].sort((a, b) => a.year - b.year),
    events: dataset.events.filter(
      (e) =>
        e.highlight &&
        (e.basis === 'article' || showsContext(view)) &&
        eventYear(e) >= firstYear &&
        eventYear(e) <= lastYear,
    ),
    maxValue: Math.max(
      ...rows.flatMap((row) =>
        Object.entries(row)
          .filter(([k]) => k !== 'year')
          .map(([, v]) => v ?? 0),
      ),
    ),
    user: [],
  };
}
