import type { z } from './zod';

/** How one CSV file is read: its row schema (keys = header, in order) and unique key. */
export type TableSchema<Row extends z.ZodObject> = {
  row: Row;
  columns: readonly string[];
  /** Columns whose values together may appear on one row only ([] when another rule decides). */
  primaryKey: readonly (keyof z.output<Row> & string)[];
  /** Columns a file may leave out altogether (their cells read as empty). */
  optionalColumns: readonly string[];
  /**
   * 'exact' for our own data files; 'relaxed' for files users bring: labels match
   * whatever their case and surrounding spaces, and unknown columns are ignored.
   */
  labels: 'exact' | 'relaxed';
  /**
   * 'issue' for our own data files (a blank row is a blank-row issue); 'skip' for
   * files users bring, where spreadsheets leave blank lines and rows of bare
   * delimiters (;;;;) behind: they are counted and left out, never a reason to refuse.
   */
  blankRows: 'issue' | 'skip';
  /**
   * Optional shortcut for plainly valid rows: the exact output of `row` for these
   * cells, or null to let `row` (zod) check them. `positions[i]` is where the
   * i-th of `columns` stands in the file (-1 when absent: an empty cell). It may
   * lend one object, filled anew on every call (lib/upload/fast-row.ts says why):
   * a row sink keeps the row's values, never the object.
   */
  fastRow?: (cells: readonly string[], positions: readonly number[]) => z.output<Row> | null;
};

export function tableSchema<Row extends z.ZodObject>(
  row: Row,
  primaryKey: TableSchema<Row>['primaryKey'],
  options: Partial<Pick<TableSchema<Row>, 'optionalColumns' | 'labels' | 'blankRows' | 'fastRow'>> = {},
): TableSchema<Row> {
  return {
    row,
    columns: Object.keys(row.shape),
    primaryKey,
    optionalColumns: options.optionalColumns ?? [],
    labels: options.labels ?? 'exact',
    blankRows: options.blankRows ?? 'issue',
    fastRow: options.fastRow,
  };
}

/** A typed row with the editor line it came from, for messages that point back at the file. */
export type Located<T> = { line: number; value: T };
