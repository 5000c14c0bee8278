import { lineIssue } from '../csv/issues';
import { createLineCounter } from '../csv/line-counter';
import { createRowValidator, type HeaderReader } from '../csv/row-validator';
import type { TableSchema } from '../csv/table-schema';
import { createUserAggregator } from './aggregator';
import { MAX_REPORTED_ISSUES, type UploadReport } from './report';
import type { z } from '../csv/zod';
import type { UploadRow } from './schema';
import { uploadTable } from './upload-table';

/** A row schema whose rows the totals add up. */
type UploadRowSchema = z.ZodObject & z.ZodType<UploadRow>;
/** How the rows are read: our template's header and schema, or the columns a reader mapped (lib/upload/mapping/). */
export type UploadTable<Row extends UploadRowSchema> = { table: TableSchema<Row>; headerReader?: HeaderReader };

/**
 * Validates an upload record by record as papaparse streams it: line numbers,
 * the row schema, then months added up per year. Keeps only the yearly totals
 * and the first MAX_REPORTED_ISSUES issues, so memory stays bounded.
 */
export function createUploadValidator(
  fileName: string,
  newline: '\n' | '\r\n' | '\r' = '\n',
  maxIssues = MAX_REPORTED_ISSUES,
) {
  return createTableValidator(fileName, newline, maxIssues, { table: uploadTable });
}

/** createUploadValidator for any table whose rows are upload rows: the template's, or a mapped file's. */
export function createTableValidator<Row extends UploadRowSchema>(
  fileName: string,
  newline: '\n' | '\r\n' | '\r',
  maxIssues: number,
  { table, headerReader }: UploadTable<Row>,
) {
  const lineOf = createLineCounter(newline);
  const aggregator = createUserAggregator(fileName);
  const validator = createRowValidator(fileName, table, aggregator.add, maxIssues, headerReader);
  return {
    push(cells: string[]): void {
      validator.push(lineOf(cells), cells);
    },
    /**
     * A record papaparse could not read cleanly (an unterminated quote swallows
     * the lines after it): refused with a format-error, never loaded.
     */
    pushMalformed(cells: string[], message: string): void {
      validator.pushMalformed(lineOf(cells), message);
    },
    finish(): UploadReport {
      const summary = validator.finish();
      const headerOnly = summary.rowCount === 0 && summary.issueCount === 0;
      const issues = headerOnly
        ? [
            lineIssue(
              fileName,
              2,
              'format-error',
              'The file has a header but no rows: add your figures under the header, one per line.',
            ),
          ]
        : summary.issues;
      return {
        fileName,
        rowCount: summary.rowCount,
        acceptedRowCount: summary.acceptedCount,
        rejectedRowCount: summary.rejectedRowCount,
        issueCount: summary.issueCount + (headerOnly ? 1 : 0),
        issues,
        figures: aggregator.figures(),
        ignoredColumns: summary.ignoredColumns,
        skippedBlankRows: summary.skippedBlankRows,
      };
    },
  };
}
