import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;
export type CsvRow = Record<string, CsvCell>;
/** A table as we hand it out, before it is written as CSV or as a spreadsheet. */
export type CsvTable = { columns: readonly string[]; rows: readonly CsvRow[] };

/**
 * A spreadsheet treats a text cell that starts with one of these as a formula
 * (tab and carriage return because some strip them first). papaparse prefixes a
 * matching text cell with an apostrophe, as OWASP advises, and leaves numbers
 * alone. Its built-in pattern ends in `.*$`, which misses a multi-line cell such
 * as "=1\n2", so we pass our own. Text that is nothing but a signed number
 * ("-5000000", the value a validation report quotes) cannot run anything, and
 * an apostrophe would change the value a reader compares with their file.
 */
export const FORMULA_TRIGGER = /^(?![+-]\d+(?:\.\d+)?$)[=+\-@\t\r]/;

/**
 * The one CSV writer of the app: every CSV a user downloads from us comes
 * through here, so quoting (RFC 4180, CRLF) and formula neutralisation are the
 * same everywhere. Missing values are written as empty cells, never as 0.
 */
export function writeCsv(columns: readonly string[], rows: readonly CsvRow[]): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? null));
  const body = Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', escapeFormulae: FORMULA_TRIGGER });
  // papaparse ends a header-only table with a newline already; data rows it does not.
  return body.endsWith('\r\n') ? body : `${body}\r\n`;
}

export function writeCsvTable(table: CsvTable): string {
  return writeCsv(table.columns, table.rows);
}
