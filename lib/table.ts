import type { z } from './zod';
import { parseCsv } from './csv-parse';
import type { ValidationIssue } from './issues';
import { createRowValidator } from './row-validator';
import type { Located, TableSchema } from './table-schema';

export { tableSchema, type Located, type TableSchema } from './table-schema';

export type TableResult<T> = { rows: Located<T>[]; issues: ValidationIssue[] };

/**
 * Reads one whole CSV text against its schema (our data files, small): the same
 * row validator as the streaming upload, fed from one papaparse pass. Problems
 * come back as values so a caller can print them all at once.
 */
export function validateTable<Row extends z.ZodObject>(
  file: string,
  text: string,
  schema: TableSchema<Row>,
): TableResult<z.output<Row>> {
  const parsed = parseCsv(text);
  const validator = createRowValidator(file, schema);
  for (const { line, message } of parsed.formatErrors) validator.formatError(line, message);
  if (parsed.header) {
    validator.push(parsed.header);
    for (const record of parsed.records) validator.push(record);
  }
  const { rows, issues } = validator.finish();
  return { rows, issues };
}
