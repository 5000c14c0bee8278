import { lineIssue, type ValidationIssue } from './issues';
import type { TableSchema } from './table-schema';
import type { z } from './zod';

/** A header that names every required column once: how to find each column's cell in a row. */
export type Header = {
  /** The labels as the file writes them, in file order. */
  labels: readonly string[];
  /** Where each of the schema's columns stands in the file; -1 when an optional column is absent. */
  positions: readonly number[];
};

export type HeaderResult = {
  /** null when rows cannot be matched to columns: a required label missing or repeated, or no header at all. */
  header: Header | null;
  issues: ValidationIssue[];
  /** Labels the schema does not use (relaxed schemas only; exact ones report them). */
  ignoredColumns: string[];
};

/**
 * A label with case, spaces, punctuation and underscores left out, as a person
 * would read it: 'Value USD', 'value (USD)' and 'value_usd' are one label.
 * Letters of any script are kept ('Год' stays 'год').
 */
export const bareLabel = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
const bare = bareLabel;

/**
 * What to rename, for a missing column: a label that differs only in spaces, case
 * and punctuation ('Value USD' for value_usd), or else, when it is the only
 * unknown label and only one column is missing, that one.
 */
function renameFor(column: string, unknown: readonly string[], onlyMissing: boolean): string | null {
  const near = unknown.find((label) => bare(label) === bare(column));
  if (near !== undefined) return `rename '${near}' to ${column}`;
  const [only] = unknown;
  return onlyMissing && unknown.length === 1 && only !== undefined
    ? `rename '${only}' to ${column} if it holds the ${column} figures`
    : null;
}

export function emptyFileIssue(file: string, line: number, columns: readonly string[]): ValidationIssue {
  return lineIssue(
    file,
    line,
    'missing-label',
    `The file is empty: its first line must be the header ${columns.join(',')}.`,
  );
}

/** Reads the first record of a file against its schema. */
export function readHeader<Row extends z.ZodObject>(
  file: string,
  line: number,
  cells: readonly string[],
  schema: TableSchema<Row>,
): HeaderResult {
  // Relaxed schemas match labels as bareLabel reads them; exact ones as written.
  const normalise = (label: string) => (schema.labels === 'relaxed' ? bare(label) : label);
  const columnOf = new Map(schema.columns.map((column) => [normalise(column), column]));
  if (cells.every((cell) => cell.trim() === '')) {
    return { header: null, issues: [emptyFileIssue(file, line, schema.columns)], ignoredColumns: [] };
  }
  const issues: ValidationIssue[] = [];
  const ignoredColumns: string[] = [];
  const seen = new Map<string, number>();
  let blocking = false;
  cells.forEach((label, index) => {
    const key = columnOf.get(normalise(label)) ?? normalise(label);
    const at = { file, line, column: label, columnNumber: index + 1, value: label };
    const first = seen.get(key);
    if (first !== undefined) {
      blocking = true;
      issues.push({
        ...at,
        code: 'duplicate-label',
        message: `'${label}' appears more than once in the header (columns ${first + 1} and ${index + 1}): keep one column of that name.`,
      });
      return;
    }
    seen.set(key, index);
    if (schema.columns.includes(key)) return;
    if (schema.labels === 'relaxed') ignoredColumns.push(label);
    else {
      issues.push({
        ...at,
        code: 'extra-label',
        message: `'${label}' is not a column of this file: remove it, or rename it to one of ${schema.columns.join(', ')}.`,
      });
    }
  });
  const missing = schema.columns.filter((column) => !seen.has(column) && !schema.optionalColumns.includes(column));
  const unknown = cells.filter((label) => !columnOf.has(normalise(label)));
  for (const column of missing) {
    blocking = true;
    const rename = renameFor(column, unknown, missing.length === 1);
    issues.push({
      file,
      line,
      column,
      columnNumber: null,
      value: null,
      code: 'missing-label',
      message: `The header has no '${column}' column: ${rename ?? `add it. The header should be ${schema.columns.join(',')}`}.`,
    });
  }
  const positions = schema.columns.map((column) => seen.get(column) ?? -1);
  return { header: blocking ? null : { labels: cells, positions }, issues, ignoredColumns };
}

/** Where a schema column stands in the file, named as the file names it: for issues that point at a cell. */
export function columnInFile<Row extends z.ZodObject>(
  header: Header,
  schema: TableSchema<Row>,
  column: string,
): { column: string; columnNumber: number | null } {
  const position = header.positions[schema.columns.indexOf(column)] ?? -1;
  return position >= 0
    ? { column: header.labels[position] ?? column, columnNumber: position + 1 }
    : { column, columnNumber: null };
}
