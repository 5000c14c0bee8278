import type { UploadRow } from './schema';

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

// `positions[i]` is where the i-th column of uploadRowSchema stands in the file:
// year, value_usd, publisher, source, note (fast-row.test.ts holds the schema to that order).

const ZERO = 48;
const NINE = 57;
const HYPHEN = 45;
/** 15 digits are below 2^53, so any such amount is a safe integer; longer ones go to zod. */
const MAX_FAST_DIGITS = 15;

const cellAt = (cells: readonly string[], position: number | undefined): string =>
  position !== undefined && position >= 0 ? (cells[position] ?? '') : '';

const isDigit = (code: number) => code >= ZERO && code <= NINE;

/** A month (1–12), 0 for a plain year, or -1 when the text is not 2019 or 2019-03 (/^(\d{4})(?:-(0[1-9]|1[0-2]))?$/). */
function fastMonth(text: string): number {
  if (text.length !== 4 && text.length !== 7) return -1;
  for (let i = 0; i < 4; i += 1) if (!isDigit(text.charCodeAt(i))) return -1;
  if (text.length === 4) return 0;
  const tens = text.charCodeAt(5);
  const units = text.charCodeAt(6);
  if (text.charCodeAt(4) !== HYPHEN || !isDigit(tens) || !isDigit(units)) return -1;
  const month = (tens - ZERO) * 10 + (units - ZERO);
  return month >= 1 && month <= 12 ? month : -1;
}

/** The year of a text fastMonth accepted: its first four digits, as Number() reads them. */
function yearOf(text: string): number {
  let year = 0;
  for (let i = 0; i < 4; i += 1) year = year * 10 + (text.charCodeAt(i) - ZERO);
  return year;
}

/** wholeUsdCell for 1 to 15 plain digits (no sign, space or separator); otherwise -1. */
function fastAmount(text: string): number {
  if (text.length === 0 || text.length > MAX_FAST_DIGITS) return -1;
  // Read as it is checked: exact, since 15 digits stay below 2^53.
  let amount = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    amount = amount * 10 + (code - ZERO);
  }
  return amount;
}

/**
 * The row uploadRowSchema would output for these cells, or null to let zod
 * decide. `years` is the range periodCell accepts (YEAR_RANGE.min to LATEST_YEAR).
 *
 * The row is lent, not given: the same object comes back, filled anew, from the
 * next call. A new object per row (two, with its period) made the collector run
 * so often, while each 1 MB chunk of parsed cells was still alive, that it took
 * a third of the reading time of a 1,000,000-row file (npm run bench: 3.1× the
 * time of papaparse alone, against 2.4× lent). Whoever takes the row keeps its
 * numbers and strings, never the object (lib/upload/aggregator.ts does).
 */
export function makeFastUploadRow(years: { min: number; max: number }) {
  const lent: UploadRow = {
    year: { period: '', year: 0, month: null },
    value_usd: 0,
    publisher: '',
    source: undefined,
    note: undefined,
  };
  return (cells: readonly string[], positions: readonly number[]): UploadRow | null => {
    const period = cellAt(cells, positions[0]);
    const month = fastMonth(period);
    if (month < 0) return null;
    const year = yearOf(period);
    if (year < years.min || year > years.max) return null;
    const value = fastAmount(cellAt(cells, positions[1]));
    if (value < 0) return null;
    const publisher = cellAt(cells, positions[2]);
    // textCell's own rule, as written there.
    if (publisher.trim() === '') return null;
    // optionalTextCell: an empty cell is undefined; the key is present either way, as in zod's output.
    const source = cellAt(cells, positions[3]) || undefined;
    const note = cellAt(cells, positions[4]) || undefined;
    lent.year.period = period;
    lent.year.year = year;
    lent.year.month = month === 0 ? null : month;
    lent.value_usd = value;
    lent.publisher = publisher;
    lent.source = source;
    lent.note = note;
    return lent;
  };
}
