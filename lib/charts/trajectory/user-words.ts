import { formatCount } from '../../format';
import type { UserDataset } from '../../upload/user-data';
import type { TrajectoryModel } from './model';

/*
 * What the trajectory says of the reader's data, in the browser once it is drawn:
 * kept apart from words.ts so that the live chart loads only this.
 */

export const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** Years between the first and last published figures that have none: drawn as gaps, never interpolated. */
export function gapYears(model: TrajectoryModel): number[] {
  const years = new Set(model.figures.map((f) => f.year));
  const first = Math.min(...years);
  const last = Math.max(...years);
  return model.rows.map((r) => r.year).filter((y) => !years.has(y) && y > first && y < last);
}

/**
 * What the chart adds once the reader's data is drawn, for its summary and its
 * accessible name: their series, their years, and the published gaps they fill.
 */
export function userDataSentence(user: UserDataset, gaps: readonly number[]): string {
  const years = user.figures.map((f) => f.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const span = first === last ? String(first) : `${first}–${last}`;
  const filled = gaps.filter((year) => years.includes(year));
  const fills =
    filled.length > 0
      ? `, including ${listFormat.format(filled.map(String))}, which the published figures leave empty`
      : '';
  return `Also drawn, your data from ${user.fileName} (not verified by us): ${formatCount(user.figures.length, 'yearly figure', 'yearly figures')}, ${span}${fills}.`;
}
