import type { UserFigure } from './user-data';

/** True when a yearly value is really a part of the year: a reader must be told. */
export function isPartialYear(figure: Pick<UserFigure, 'months'>): boolean {
  return figure.months > 0 && figure.months < 12;
}
