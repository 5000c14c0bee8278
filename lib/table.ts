import type { z } from 'zod';
import { parseCsv, type RawRecord } from './csv-parse';
import { issueCodeSchema, type IssueCode, type ValidationIssue } from './issues';

/** How one CSV file is read: its row schema (keys = header, in order) and unique key. */
export type TableSchema<Row extends z.ZodObject> = {
  row: Row;
  columns: readonly string[];
  primaryKey: readonly (keyof z.output<Row> & string)[];
};

export function tableSchema<Row extends z.ZodObject>(
  row: Row,
  primaryKey: readonly (keyof z.output<Row> & string)[],
): TableSchema<Row> {
  return { row, columns: Object.keys(row.shape), primaryKey };
}

/** A typed row with the editor line it came from, for cross-file messages. */
export type Located<T> = { line: number; value: T };

export type TableResult<T> = { rows: Located<T>[]; issues: ValidationIssue[] };

function codeOf(issue: z.core.$ZodIssue): IssueCode {
  const declared = issueCodeSchema.safeParse((issue as { params?: { code?: unknown } }).params?.code);
  if (declared.success) return declared.data;
  return issue.code === 'invalid_type' || issue.code === 'invalid_format' ? 'type-error' : 'constraint-error';
}

function checkHeader(file: string, header: RawRecord, columns: readonly string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  header.cells.forEach((label, index) => {
    const at = { file, line: header.line, column: label, columnNumber: index + 1, value: label };
    if (seen.has(label)) {
      issues.push({ ...at, code: 'duplicate-label', message: `'${label}' appears more than once in the header: keep one column of that name.` });
    } else if (!columns.includes(label)) {
      issues.push({ ...at, code: 'extra-label', message: `'${label}' is not a column of this file: remove it, or rename it to one of ${columns.join(', ')}.` });
    }
    seen.add(label);
  });
  for (const column of columns) {
    if (!seen.has(column)) {
      issues.push({
        file, line: header.line, column, columnNumber: null, value: null, code: 'missing-label',
        message: `The header has no '${column}' column: add it. The header should be ${columns.join(',')}.`,
      });
    }
  }
  return issues;
}

function checkShape(file: string, record: RawRecord, header: readonly string[]): ValidationIssue | null {
  const { line, cells } = record;
  if (cells.every((cell) => cell.trim() === '')) {
    return { file, line, column: '', columnNumber: null, value: null, code: 'blank-row', message: 'This row is blank: delete it.' };
  }
  if (cells.length > header.length) {
    return {
      file, line, column: '', columnNumber: header.length + 1, value: cells[header.length] ?? null, code: 'extra-cell',
      message: `This row has ${cells.length} cells but the header has ${header.length}: remove the extra cells, or quote a value that contains a comma.`,
    };
  }
  if (cells.length < header.length) {
    const column = header[cells.length] ?? '';
    return {
      file, line, column, columnNumber: cells.length + 1, value: null, code: 'missing-cell',
      message: `This row has ${cells.length} cells but the header has ${header.length}: add the missing '${column}' cell (leave it empty if the value is unknown).`,
    };
  }
  return null;
}

/**
 * Reads one CSV file against its schema. Problems come back as values (never
 * thrown) so that a caller can print them all at once, and only rows that pass
 * every check are returned.
 */
export function validateTable<Row extends z.ZodObject>(
  file: string,
  text: string,
  schema: TableSchema<Row>,
): TableResult<z.output<Row>> {
  const parsed = parseCsv(text);
  const issues: ValidationIssue[] = parsed.formatErrors.map(({ line, message }) => ({
    file, line, column: '', columnNumber: null, value: null, code: 'format-error',
    message: `The CSV cannot be read from here: ${message}. Check that every opening quote has a closing quote.`,
  }));
  // A file holding only a newline (or blanks) has no header either.
  if (!parsed.header || parsed.header.cells.every((cell) => cell.trim() === '')) {
    issues.push({
      file, line: 1, column: '', columnNumber: null, value: null, code: 'missing-label',
      message: `The file is empty: its first line must be the header ${schema.columns.join(',')}.`,
    });
    return { rows: [], issues };
  }
  const header = parsed.header.cells;
  const headerIssues = checkHeader(file, parsed.header, schema.columns);
  issues.push(...headerIssues);
  // Without every label exactly once, cells cannot be matched to columns.
  if (headerIssues.some((issue) => issue.code !== 'extra-label')) return { rows: [], issues };

  const rows: Located<z.output<Row>>[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const record of parsed.records) {
    const shapeIssue = checkShape(file, record, header);
    if (shapeIssue) {
      issues.push(shapeIssue);
      continue;
    }
    const cells = Object.fromEntries(header.map((label, index) => [label, record.cells[index] ?? '']));
    const result = schema.row.safeParse(cells);
    if (!result.success) {
      for (const zodIssue of result.error.issues) {
        const column = String(zodIssue.path[0] ?? '');
        const index = header.indexOf(column);
        issues.push({
          file, line: record.line, column, columnNumber: index >= 0 ? index + 1 : null,
          value: cells[column] ?? null, code: codeOf(zodIssue), message: zodIssue.message,
        });
      }
      continue;
    }
    const key = JSON.stringify(schema.primaryKey.map((column) => cells[column]));
    const firstLine = firstLineOfKey.get(key);
    if (firstLine !== undefined) {
      const column = schema.primaryKey[0] ?? '';
      const described = schema.primaryKey.map((c) => `${c} '${cells[c]}'`).join(' and ');
      issues.push({
        file, line: record.line, column, columnNumber: header.indexOf(column) + 1, value: cells[column] ?? null,
        code: 'unique-error', message: `${described} already appear on line ${firstLine}: each row needs a different ${schema.primaryKey.join(' and ')}.`,
      });
      continue;
    }
    firstLineOfKey.set(key, record.line);
    rows.push({ line: record.line, value: result.data });
  }
  return { rows, issues };
}
