import type { Dataset } from '../../dataset/build';
import { assessTargets, requiredPath } from '../../dataset/derive';
import type { TradeEvent, TradeFigure } from '../../dataset/schema';
import type { UserFigure } from '../../upload/user-data';
import { showsContext, type View } from '../view';

/**
 * One row per year. A year with no figure has no key for it (not zero and not
 * interpolated), so the chart leaves a gap there.
 */
export type TrajectoryRow = { year: number } & Partial<Record<string, number>>;

export type TrajectorySeries = {
  key: string;
  label: string;
  role: 'article' | 'context' | 'required-path' | 'target' | 'user';
  targetId?: string;
  /** Position among the targets (file order), to pick a dash pattern. */
  targetIndex?: number;
  /** For a required path: the constant annual growth it assumes. */
  growth?: number;
};

/** An event as the chart draws it: a dashed rule at its year, with its title. */
export type DrawnEvent = Pick<TradeEvent, 'date' | 'title'>;

/** What the drawing needs, and no more: this goes to the browser with the page. */
export type TrajectoryDrawing = {
  firstYear: number;
  lastYear: number;
  rows: TrajectoryRow[];
  series: TrajectorySeries[];
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
  const { firstYear, lastYear, rows, series, maxValue, user } = model;
  return {
    firstYear,
    lastYear,
    rows,
    series,
    maxValue,
    user,
    events: model.events.map(({ date, title }) => ({ date, title })),
  };
}

/** The data keys of the published figures in each row. */
export const ARTICLE = 'article';
export const CONTEXT = 'context';

function yearsBetween(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * One figure per year and basis. Where two context publishers give a year, the
 * first in the file is drawn and the others stay in the table. Context figures
 * come from different publishers, so they are drawn as points and never joined
 * into a line that would suggest one consistent series.
 */
function firstPerYear(figures: readonly TradeFigure[]): Map<number, TradeFigure> {
  const byYear = new Map<number, TradeFigure>();
  for (const figure of figures) if (!byYear.has(figure.year)) byYear.set(figure.year, figure);
  return byYear;
}

export function trajectoryModel(dataset: Dataset, view: View): TrajectoryModel {
  const assessments = assessTargets(dataset);
  const article = firstPerYear(dataset.trade.filter((f) => f.basis === 'article'));
  const context = firstPerYear(showsContext(view) ? dataset.trade.filter((f) => f.basis === 'context') : []);
  const shown = [...article.values(), ...context.values()];
  const spanned = [...shown.map((f) => f.year), ...dataset.targets.flatMap((t) => [t.set_in, t.target_year])];
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

  const years = yearsBetween(firstYear, lastYear);
  const targetIndex = new Map(dataset.targets.map((t, i) => [t.target_id, i]));
  const rows = years.map((year) => {
    const row: TrajectoryRow = { year };
    const articleFigure = article.get(year);
    if (articleFigure) row[ARTICLE] = articleFigure.value_usd;
    const contextFigure = context.get(year);
    if (contextFigure) row[CONTEXT] = contextFigure.value_usd;
    for (const { target, points } of paths) {
      const value = points.get(year);
      if (value !== undefined) row[`path:${target.target_id}`] = value;
      if (target.target_year === year) row[`target:${target.target_id}`] = target.value_usd;
    }
    return row;
  });

  const series: TrajectorySeries[] = [
    ...paths.map(({ target, growth }) => ({
      key: `path:${target.target_id}`,
      label: `Path needed for the ${target.label.toLowerCase()}`,
      role: 'required-path' as const,
      targetId: target.target_id,
      targetIndex: targetIndex.get(target.target_id),
      growth,
    })),
    ...(showsContext(view)
      ? [{ key: CONTEXT, label: 'Actual trade, other publishers (context)', role: 'context' as const }]
      : []),
    { key: ARTICLE, label: 'Actual trade, as the article reports it', role: 'article' },
    ...dataset.targets.map((target) => ({
      key: `target:${target.target_id}`,
      label: target.label,
      role: 'target' as const,
      targetId: target.target_id,
      targetIndex: targetIndex.get(target.target_id),
    })),
  ];

  return {
    firstYear,
    lastYear,
    rows,
    series,
    figures: shown.sort((a, b) => a.year - b.year),
    events: dataset.events.filter((e) => e.highlight && eventYear(e) >= firstYear && eventYear(e) <= lastYear),
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
