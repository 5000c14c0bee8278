import { columnInFile, type Header } from './header';
import { isIssueCode, type IssueCode, type ValidationIssue } from './issues';
import type { TableSchema } from './table-schema';
import type { z } from './zod';

/** The Frictionless code a rule declared in its params (lib/csv/cells.ts), or the nearest for zod's own checks. */
function codeOf(issue: z.core.$ZodIssue): IssueCode {
  const declared = (issue as { params?: { code?: unknown } }).params?.code;
  if (isIssueCode(declared)) return declared;
  return issue.code === 'invalid_type' || issue.code === 'invalid_format' ? 'type-error' : 'constraint-error';
}

/**
 * An amount written with thousands separators in a comma file (84,000,000,
 * unquoted) splits into extra cells. Said plainly rather than as "extra cells".
 */
function splitAmount(
  file: string,
  line: number,
  cells: readonly string[],
  labels: readonly string[],
): ValidationIssue | null {
  const extra = cells.length - labels.length;
  for (let start = 0; start + extra < cells.length; start += 1) {
    const joined = cells.slice(start, start + extra + 1).join(',');
    if (!/^\d{1,3}(,\d{3})+$/.test(joined)) continue;
    return {
      file,
      line,
      column: labels[start] ?? '',
      columnNumber: start + 1,
      value: joined,
      code: 'type-error',
      message: `'${joined}' has thousands separators, which split it into ${extra + 1} cells: write digits only (e.g. ${joined.replaceAll(',', '')}).`,
    };
  }
  return null;
}

/** A row whose cell count differs from the header's: which cell is extra or missing. */
function shapeIssue(
  file: string,
  line: number,
  cells: readonly string[],
  labels: readonly string[],
): ValidationIssue | null {
  if (cells.length > labels.length) {
    return (
      splitAmount(file, line, cells, labels) ?? {
        file,
        line,
        column: '',
        columnNumber: labels.length + 1,
        value: cells[labels.length] ?? null,
        code: 'extra-cell',
        message: `This row has ${cells.length} cells but the header has ${labels.length}: remove the extra cells, or quote a value that contains the delimiter.`,
      }
    );
  }
  if (cells.length < labels.length) {
    const column = labels[cells.length] ?? '';
    return {
      file,
      line,
      column,
      columnNumber: cells.length + 1,
      value: null,
      code: 'missing-cell',
      message: `This row has ${cells.length} cells but the header has ${labels.length}: add the missing '${column}' cell (leave it empty if the value is unknown).`,
    };
  }
  return null;
}

/** The row as zod reads it: each schema column's cell by its label ('' when the column is absent). */
function cellsByColumn(cells: readonly string[], columns: readonly string[], header: Header): Record<string, string> {
  const input: Record<string, string> = {};
  columns.forEach((column, i) => {
    const position = header.positions[i] ?? -1;
    input[column] = position >= 0 ? (cells[position] ?? '') : '';
  });
  return input;
}

/**
 * Checks one data record against the schema: its shape, then its cells. Gives
 * the typed row, or null with the row's issues added to `issues`. A plainly
 * valid row may take the schema's fastRow, which gives zod's own output; any
 * other goes through zod, which decides and words every issue.
 */
export function checkRow<Row extends z.ZodObject>(
  file: string,
  line: number,
  cells: readonly string[],
  schema: TableSchema<Row>,
  header: Header,
  issues: ValidationIssue[],
): z.output<Row> | null {
  const shape = shapeIssue(file, line, cells, header.labels);
  if (shape) {
    issues.push(shape);
    return null;
  }
  const fast = schema.fastRow?.(cells, header.positions) ?? null;
  if (fast !== null) return fast;
  const input = cellsByColumn(cells, schema.columns, header);
  const result = schema.row.safeParse(input);
  if (result.success) return result.data;
  for (const zodIssue of result.error.issues) {
    const column = String(zodIssue.path[0] ?? '');
    issues.push({
      file,
      line,
      ...columnInFile(header, schema, column),
      value: input[column] ?? null,
      code: codeOf(zodIssue),
      message: zodIssue.message,
    });
  }
  return null;
}
