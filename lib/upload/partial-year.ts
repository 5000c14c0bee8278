import type { UserFigure } from './user-data';

/** True when a yearly value is really a part of the year: a reader must be told. */
export function isPartialYear(figure: Pick<UserFigure, 'months'>): boolean {
  return figure.months > 0 && figure.months < 12;
}

/** What a figure covers, in words: "yearly total", "12 months", "2 of 12 months". */
export function monthsNote(figure: Pick<UserFigure, 'months'>): string {
  if (isPartialYear(figure)) return `${figure.months} of 12 months`;
  return figure.months === 12 ? '12 months' : 'yearly total';
}
