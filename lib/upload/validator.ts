import { lineIssue } from '../csv/issues';
import { createLineCounter } from '../csv/line-counter';
import { createRowValidator } from '../csv/row-validator';
import { createUserAggregator } from './aggregator';
import { MAX_REPORTED_ISSUES, type UploadReport } from './report';
import { uploadTable } from './upload-table';

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
  const lineOf = createLineCounter(newline);
  const aggregator = createUserAggregator(fileName);
  const validator = createRowValidator(fileName, uploadTable, aggregator.add, maxIssues);
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
