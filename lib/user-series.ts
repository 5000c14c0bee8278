import { formatUsd } from './format';
import type { TargetActualBar } from './target-actual-view';
import type { TrajectoryModel, TrajectoryRow } from './trajectory-view';
import { isPartialYear, type UserDataset, type UserFigure } from './user-data';

/*
 * The user's figures merged into the chart models, as their own series: one per
 * publisher, named after the file. Partial years carry their month count.
 */

export function userSeriesKey(publisher: string): string {
  return `user:${publisher}`;
}

export function monthsNote(figure: UserFigure): string {
  return isPartialYear(figure) ? `${figure.months} of 12 months` : figure.months === 12 ? '12 months' : 'yearly total';
}

export function userFigureLabel(figure: UserFigure): string {
  return `${formatUsd(figure.value_usd)}${isPartialYear(figure) ? ` (${figure.months} mo)` : ''}`;
}

export function withUserTrajectory(model: TrajectoryModel, user: UserDataset | null): TrajectoryModel {
  if (!user || user.figures.length === 0) return model;
  const publishers = [...new Set(user.figures.map((f) => f.publisher))];
  const firstYear = Math.min(model.firstYear, ...user.figures.map((f) => f.year - 1));
  const lastYear = Math.max(model.lastYear, ...user.figures.map((f) => f.year));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const existing = new Map(model.rows.map((row) => [row.year, row]));
  const rows = years.map((year) => {
    const row: TrajectoryRow = { ...(existing.get(year) ?? { year }) };
    for (const figure of user.figures.filter((f) => f.year === year)) row[userSeriesKey(figure.publisher)] = figure.value_usd;
    return row;
  });
  return {
    ...model,
    firstYear,
    lastYear,
    years,
    rows,
    series: [
      ...model.series,
      ...publishers.map((publisher) => ({
        key: userSeriesKey(publisher),
        label: `Your data: ${user.fileName}${publishers.length > 1 ? ` (${publisher})` : ''}`,
        role: 'user' as const,
      })),
    ],
    maxValue: Math.max(model.maxValue, ...user.figures.map((f) => f.value_usd)),
  };
}

/** Bars for the user's figures in each target year, after the built-in ones. */
export function withUserBars(bars: TargetActualBar[], user: UserDataset | null): TargetActualBar[] {
  if (!user) return bars;
  const targetYears = new Set(bars.filter((b) => b.kind === 'target').map((b) => b.year));
  const extra = user.figures
    .filter((figure) => targetYears.has(figure.year))
    .map<TargetActualBar>((figure) => ({
      key: `user-${figure.year}-${figure.publisher}`,
      kind: 'actual',
      basis: 'user',
      label: `Your data ${figure.year}`,
      sublabel: `${figure.publisher}${isPartialYear(figure) ? ` · ${figure.months} months` : ''}`,
      year: figure.year,
      value: figure.value_usd,
      publisher: figure.publisher,
      sourceId: '',
      quote: figure.note ?? '',
    }));
  return [...bars, ...extra];
}
