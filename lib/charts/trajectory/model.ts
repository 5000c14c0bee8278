import type { Dataset } from '../../dataset/build';
import { assessTargets, requiredPath } from '../../dataset/derive';
import type { TradeEvent, TradeFigure } from '../../dataset/schema';
import type { ViewOptions } from '../view';

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

export type TrajectoryModel = {
  firstYear: number;
  lastYear: number;
  years: number[];
  rows: TrajectoryRow[];
  series: TrajectorySeries[];
  /** Every figure drawn, for the tooltip and the CSV. */
  figures: TradeFigure[];
  events: TradeEvent[];
  maxValue: number;
};

const ARTICLE = 'article';
const CONTEXT = 'context';

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

export function trajectoryModel(dataset: Dataset, options: ViewOptions): TrajectoryModel {
  const assessments = assessTargets(dataset);
  const article = firstPerYear(dataset.trade.filter((f) => f.basis === 'article'));
  const context = firstPerYear(options.context ? dataset.trade.filter((f) => f.basis === 'context') : []);
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
    ...(options.context
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
    years,
    rows,
    series,
    figures: shown.sort((a, b) => a.year - b.year),
    events: dataset.events.filter(
      (e) => e.highlight && Number(e.date.slice(0, 4)) >= firstYear && Number(e.date.slice(0, 4)) <= lastYear,
    ),
    maxValue: Math.max(
      ...rows.flatMap((row) =>
        Object.entries(row)
          .filter(([k]) => k !== 'year')
          .map(([, v]) => v ?? 0),
      ),
    ),
  };
}
