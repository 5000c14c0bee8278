import { YEAR_RANGE } from '../../csv/cells';
import type { IssueCode } from '../../csv/issues';
import { LATEST_YEAR } from '../schema';

/*
 * The period of a row in a file whose columns the reader mapped: a year, a month
 * or a date, written as spreadsheets and statistics offices write them. A date
 * counts for its month (months are what the totals add up). Day-first and
 * month-first dates with slashes (03/04/2019) cannot be told apart, so they are
 * refused with a way to write them.
 */

export type Period = { period: string; year: number; month: number | null };
export type PeriodRead = { ok: true; value: Period } | { ok: false; code: IssueCode; message: string };

type Form = { pattern: RegExp; year: number; month?: number };
const FORMS: Form[] = [
  { pattern: /^(\d{4})$/, year: 1 },
  // Russian tables write the year as "2019 г." or "2019 год".
  { pattern: /^(\d{4})\s*(?:г\.?|год)$/iu, year: 1 },
  { pattern: /^(\d{4})[-/.](\d{1,2})$/, year: 1, month: 2 },
  // UN Comtrade's period for a month.
  { pattern: /^(\d{4})(\d{2})$/, year: 1, month: 2 },
  { pattern: /^(\d{4})-(\d{1,2})-\d{1,2}(?:[T ][\d:.]+Z?)?$/, year: 1, month: 2 },
  { pattern: /^(\d{1,2})[./](\d{4})$/, year: 2, month: 1 },
  // 31.03.2019, as Russian and German spreadsheets write a date.
  { pattern: /^\d{1,2}\.(\d{1,2})\.(\d{4})$/, year: 2, month: 1 },
];

const refuse = (code: IssueCode, message: string): PeriodRead => ({ ok: false, code, message });

export function readPeriod(cell: string): PeriodRead {
  const text = cell.trim();
  if (text === '')
    return refuse('constraint-error', 'is empty: this column needs a year (2019), a month (2019-03) or a date.');
  for (const form of FORMS) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    const year = Number(match[form.year]);
    const month = form.month === undefined ? null : Number(match[form.month]);
    if (month !== null && (month < 1 || month > 12))
      return refuse('type-error', `'${cell}' has no month ${month}: months are 1 to 12.`);
    if (year < YEAR_RANGE.min || year > LATEST_YEAR)
      return refuse(
        'constraint-error',
        `'${cell}' is outside the plausible range ${YEAR_RANGE.min}–${LATEST_YEAR}: check the year.`,
      );
    return {
      ok: true,
      value: { period: month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`, year, month },
    };
  }
  const slashed = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text);
  return refuse(
    'type-error',
    slashed
      ? `'${cell}' could be day/month or month/day: write the date as 2019-03-31, or the month as 2019-03.`
      : `'${cell}' is not a year, month or date: write 2019 for a year, 2019-03 for a month, or a date as 2019-03-31.`,
  );
}
