import { parseCsv } from './parse';
import type { ValidationIssue } from './issues';
import { createRowValidator } from './row-validator';
import type { Located, TableSchema } from './table-schema';
import { createKeyIndex } from './unique-keys';
import type { z } from './zod';

export type TableResult<T> = { rows: Located<T>[]; issues: ValidationIssue[] };

/**
 * Reads one whole CSV text against its schema (our data files, small): the same
 * row validator as the streaming upload, fed from one papaparse pass, keeping
 * the rows whose key is new. Problems come back as values so that a caller can
 * print them all at once.
 */
export function validateTable<Row extends z.ZodObject>(
  file: string,
  text: string,
  schema: TableSchema<Row>,
): TableResult<z.output<Row>> {
  const { records, formatErrors } = parseCsv(text);
  const rows: Located<z.output<Row>>[] = [];
  const repeatedKey = createKeyIndex<z.output<Row>>(file, schema.primaryKey);
  const validator = createRowValidator(file, schema, (value, line) => {
    const issue = repeatedKey(value, line);
    if (!issue) rows.push({ line, value });
    return issue;
  });
  for (const { line, message } of formatErrors) validator.formatError(line, message);
  for (const { line, cells } of records) validator.push(line, cells);
  return { rows, issues: validator.finish().issues };
}
