import type { ValidationIssue } from './issues';
import { createLineCounter, createRowValidator } from './row-validator';
import { uploadTable } from './upload-schema';
import type { UserFigure } from './user-data';
import { createUserAggregator } from './user-aggregator';

export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
export const MAX_REPORTED_ISSUES = 1000;
/** How many bytes of the file are looked at before parsing, to refuse binaries early. */
export const SNIFF_BYTES = 64 * 1024;

export type UploadReport = {
  fileName: string;
  rowCount: number;
  acceptedRowCount: number;
  rejectedRowCount: number;
  issueCount: number;
  /** The first MAX_REPORTED_ISSUES issues. */
  issues: ValidationIssue[];
  /** Figures from the accepted rows, months added up per year. */
  figures: UserFigure[];
  ignoredColumns: string[];
  /** Blank lines and rows of bare delimiters, left out. */
  skippedBlankRows: number;
};

const formatIssue = (file: string, line: number, message: string): ValidationIssue => ({
  file,
  line,
  column: '',
  columnNumber: null,
  value: null,
  code: 'format-error',
  message,
});

function megabytes(bytes: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
}

/**
 * Checks made before a byte is parsed: size, emptiness, and whether the start of
 * the file looks like text (no NUL bytes, valid UTF-8). `head` is the first
 * SNIFF_BYTES of the file.
 */
export function precheckUpload(fileName: string, size: number, head: Uint8Array): ValidationIssue | null {
  if (size > MAX_UPLOAD_BYTES) {
    return formatIssue(
      fileName,
      1,
      `The file is ${megabytes(size)} MB; the limit is ${megabytes(MAX_UPLOAD_BYTES)} MB. Split it by year, or leave out columns you do not need.`,
    );
  }
  if (size === 0)
    return {
      ...formatIssue(
        fileName,
        1,
        'The file is empty: its first line must be the header year,value_usd,publisher,source,note.',
      ),
      code: 'missing-label',
    };
  if (head.includes(0))
    return formatIssue(
      fileName,
      1,
      'This is not a text file (it holds binary data): export your table as CSV (UTF-8) and try again.',
    );
  try {
    // When the head is only the start of the file, a character cut at its end is not an error: stream mode waits for the rest.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: size > head.length });
  } catch {
    return formatIssue(fileName, 1, 'The file is not UTF-8 text: save it as "CSV UTF-8" and try again.');
  }
  return null;
}

/**
 * Validates an upload record by record as papaparse streams it: line numbers,
 * the row schema, then months added up per year. Keeps only accepted figures and
 * the first MAX_REPORTED_ISSUES issues, so memory stays bounded.
 */
export function createUploadValidator(
  fileName: string,
  maxIssues = MAX_REPORTED_ISSUES,
  newline: '\n' | '\r\n' | '\r' = '\n',
) {
  const lineOf = createLineCounter(newline);
  // Rows are added up as they pass; only the totals per year and publisher are kept.
  const aggregator = createUserAggregator(fileName);
  const validator = createRowValidator(fileName, uploadTable, maxIssues, (row) => aggregator.add(row));
  let lastLine = 1;
  return {
    /** The line the record will be given: for papaparse errors in the same chunk. */
    push(cells: string[]): number {
      lastLine = lineOf(cells);
      validator.pushCells(lastLine, cells);
      return lastLine;
    },
    /**
     * A record papaparse could not read cleanly (an unterminated quote swallows
     * the lines after it): refused with a format-error, never loaded.
     */
    pushMalformed(cells: string[], message: string): number {
      lastLine = lineOf(cells);
      validator.rejectRecord(lastLine, message);
      return lastLine;
    },
    formatError(line: number, message: string) {
      validator.formatError(line, message);
    },
    finish(): UploadReport {
      const summary = validator.finish({ dropTrailingBlank: true });
      const issues = [...summary.issues];
      const headerOnly = summary.rowCount === 0 && summary.issueCount === 0;
      if (headerOnly) {
        issues.push(
          formatIssue(
            fileName,
            2,
            'The file has a header but no rows: add your figures under the header, one per line.',
          ),
        );
      }
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
    get line() {
      return lastLine;
    },
  };
}
