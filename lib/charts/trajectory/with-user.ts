import { isPartialYear } from '../../upload/partial-year';
import type { UserDataset } from '../../upload/user-data';
import { chartedPublishers, userSeriesLabel } from '../user-series';
import type { TrajectoryDrawing, TrajectoryRow } from './model';

/*
 * The reader's figures merged into the trajectory, as series of their own: one per
 * publisher, named after the file. A partial year goes under a key of its own, so
 * that it is drawn as a point and never joined by the series' line: a line from a
 * full year down to two months' worth reads as trade collapsing.
 */

const PARTIAL_SUFFIX = ':partial';

export const userSeriesKey = (publisher: string) => `user:${publisher}`;
export const userPartialKey = (seriesKey: string) => `${seriesKey}${PARTIAL_SUFFIX}`;

/** The series a data key belongs to: itself, or the series whose partial years it holds. */
export function userSeriesOfKey(dataKey: string): string {
  return dataKey.endsWith(PARTIAL_SUFFIX) ? dataKey.slice(0, -PARTIAL_SUFFIX.length) : dataKey;
}

export function withUserTrajectory(model: TrajectoryDrawing, user: UserDataset | null): TrajectoryDrawing {
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
  const userSeries = publishers.map((publisher, shape) => ({
    key: userSeriesKey(publisher),
    publisher,
    shape,
    figures: new Map(figures.filter((f) => f.publisher === publisher).map((f) => [f.year, f])),
  }));
  return {
    ...model,
    firstYear,
    lastYear,
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
    user: userSeries,
  };
}
