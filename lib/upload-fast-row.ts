import type { UploadRow } from './upload-schema';

/*
 * A shortcut for the common, valid upload row. zod (uploadRowSchema) stays the
 * validator of the data rules: this only recognises cells that are plainly
 * valid, with character tests and no allocation beyond the output, and gives
 * exactly what uploadRowSchema would give for them. Anything else — an empty
 * or odd cell, a year out of range, 16 digits or more — gives null, and the row
 * goes through zod, which decides and words any issue. It exists because on a
 * 1,000,000-row file running zod on every valid row cost more than reading the
 * CSV (garbage from each parse kept the collector busy). upload-fast-row.test.ts
 * checks, on generated valid and near-valid cells, that whenever this gives a
 * row, zod accepts the same cells and outputs an equal row.
 */

/** The schema's columns, in its order: `positions[i]` is where column i stands in the file. */
export const FAST_ROW_COLUMNS = ['year', 'value_usd', 'publisher', 'source', 'note'] as const;

const ZERO = 48;
const NINE = 57;
const HYPHEN = 45;
/** 15 digits are below 2^53, so any such amount is a safe integer; longer ones go to zod. */
const MAX_FAST_DIGITS = 15;

const cellAt = (cells: readonly string[], position: number | undefined): string => (position !== undefined && position >= 0 ? (cells[position] ?? '') : '');

const isDigit = (code: number) => code >= ZERO && code <= NINE;

/** periodCell for 2019 or 2019-03 (/^(\d{4})(?:-(0[1-9]|1[0-2]))?$/) with the year in range; otherwise null. */
function fastPeriod(text: string, minYear: number, maxYear: number): UploadRow['year'] | null {
  if (text.length !== 4 && text.length !== 7) return null;
  let year = 0;
  for (let i = 0; i < 4; i += 1) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return null;
    year = year * 10 + (code - ZERO);
  }
  if (year < minYear || year > maxYear) return null;
  if (text.length === 4) return { period: text, year, month: null };
  const tens = text.charCodeAt(5);
  const units = text.charCodeAt(6);
  if (text.charCodeAt(4) !== HYPHEN || !isDigit(tens) || !isDigit(units)) return null;
  const month = (tens - ZERO) * 10 + (units - ZERO);
  return month >= 1 && month <= 12 ? { period: text, year, month } : null;
}

/** wholeUsdCell for 1 to 15 plain digits (no sign, space or separator); otherwise null. */
function fastAmount(text: string): number | null {
  if (text.length === 0 || text.length > MAX_FAST_DIGITS) return null;
  for (let i = 0; i < text.length; i += 1) if (!isDigit(text.charCodeAt(i))) return null;
  return Number(text);
}

/**
 * The row uploadRowSchema would output for these cells, or null to let zod
 * decide. `years` is the range periodCell accepts (YEAR_RANGE.min to LATEST_YEAR).
 */
export function makeFastUploadRow(years: { min: number; max: number }) {
  return (cells: readonly string[], positions: readonly number[]): UploadRow | null => {
    const year = fastPeriod(cellAt(cells, positions[0]), years.min, years.max);
    if (year === null) return null;
    const value = fastAmount(cellAt(cells, positions[1]));
    if (value === null) return null;
    const publisher = cellAt(cells, positions[2]);
    // textCell's own rule, as written there.
    if (publisher.trim() === '') return null;
    const source = cellAt(cells, positions[3]);
    const note = cellAt(cells, positions[4]);
    // optionalTextCell: an empty cell is undefined; the key is present either way, as in zod's output.
    return { year, value_usd: value, publisher, source: source === '' ? undefined : source, note: note === '' ? undefined : note };
  };
}
