import { formatCount, formatUsd } from '../format';
import type { TargetActualBar } from './target-actual/model';
import type { TrajectoryModel, TrajectoryRow } from './trajectory/model';
import { isPartialYear } from '../upload/partial-year';
import type { UserDataset, UserFigure } from '../upload/user-data';

/*
 * The user's figures merged into the chart models, as their own series: one per
 * publisher, named after the file. Partial years carry their month count.
 */

/** How a chart credits the reader's own data, on the page and in its exports. */
export function userDataCredit(fileName: string): string {
  return `Your data: ${fileName} (not verified by us)`;
}

/** A user series' name, in the chart and its legend: the publisher is named when the file has several. */
export function userSeriesLabel(fileName: string, publisher: string, several: boolean): string {
  return `Your data: ${fileName}${several ? ` (${publisher})` : ''}`;
}

export function userSeriesKey(publisher: string): string {
  return `user:${publisher}`;
}

/**
 * Where a series' partial years go in the chart rows: drawn as points, never
 * joined by its line, since a line from a full year down to two months' worth
 * reads as trade collapsing.
 */
const PARTIAL_SUFFIX = ':partial';

export function userPartialKey(seriesKey: string): string {
  return `${seriesKey}${PARTIAL_SUFFIX}`;
}

/** The series a data key belongs to: itself, or the series whose partial years it holds. */
export function userSeriesOfKey(dataKey: string): string {
  return dataKey.endsWith(PARTIAL_SUFFIX) ? dataKey.slice(0, -PARTIAL_SUFFIX.length) : dataKey;
}

export function monthsNote(figure: UserFigure): string {
  return isPartialYear(figure) ? `${figure.months} of 12 months` : figure.months === 12 ? '12 months' : 'yearly total';
}

export function userFigureLabel(figure: UserFigure): string {
  return `${formatUsd(figure.value_usd)}${isPartialYear(figure) ? ` (${figure.months} mo)` : ''}`;
}

/** A chart stays readable with a few series; the rest of a user's publishers are in the table. */
export const MAX_USER_SERIES = 6;

/** The publishers drawn: those with the most years, at most MAX_USER_SERIES. */
export function chartedPublishers(user: UserDataset): string[] {
  const counts = new Map<string, number>();
  for (const f of user.figures) counts.set(f.publisher, (counts.get(f.publisher) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_USER_SERIES)
    .map(([publisher]) => publisher);
}

export function withUserTrajectory(model: TrajectoryModel, user: UserDataset | null): TrajectoryModel {
  if (!user || user.figures.length === 0) return model;
  const publishers = chartedPublishers(user);
  const charted = new Set(publishers);
  const figures = user.figures.filter((f) => charted.has(f.publisher));
  const firstYear = Math.min(model.firstYear, ...figures.map((f) => f.year - 1));
  const lastYear = Math.max(model.lastYear, ...figures.map((f) => f.year));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const existing = new Map(model.rows.map((row) => [row.year, row]));
  const rows = years.map((year) => ({ ...(existing.get(year) ?? { year }) }) as TrajectoryRow);
  const rowOf = new Map(rows.map((row) => [row.year, row]));
  for (const figure of figures) {
    const row = rowOf.get(figure.year);
    const key = userSeriesKey(figure.publisher);
    if (row) row[isPartialYear(figure) ? userPartialKey(key) : key] = figure.value_usd;
  }
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
        label: userSeriesLabel(user.fileName, publisher, publishers.length > 1),
        role: 'user' as const,
      })),
    ],
    maxValue: Math.max(model.maxValue, ...figures.map((f) => f.value_usd)),
  };
}

/** Bars for the user's figures in each target year, after the built-in ones. */
export function withUserBars(bars: TargetActualBar[], user: UserDataset | null): TargetActualBar[] {
  if (!user) return bars;
  const targetYears = new Set(bars.filter((b) => b.kind === 'target').map((b) => b.year));
  const charted = new Set(chartedPublishers(user));
  const extra = user.figures
    .filter((figure) => targetYears.has(figure.year) && charted.has(figure.publisher))
    .map<TargetActualBar>((figure) => ({
      key: `user-${figure.year}-${figure.publisher}`,
      kind: 'actual',
      basis: 'user',
      label: `Your data ${figure.year}`,
      sublabel: `${figure.publisher}${isPartialYear(figure) ? ` · ${formatCount(figure.months, 'month', 'months')}` : ''}`,
      year: figure.year,
      value: figure.value_usd,
      publisher: figure.publisher,
      sourceId: '',
      quote: '',
      note: figure.note ?? '',
    }));
  return [...bars, ...extra];
}
