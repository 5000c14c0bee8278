import type { ValidationIssue } from '../csv/issues';
import type { UserFigure } from './user-data';

export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
export const MAX_REPORTED_ISSUES = 1000;

/** What reading a reader's file gives the page: counts, the first issues, and the yearly figures accepted. */
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

/** A file refused before any row is read: one issue, nothing accepted. */
export function refusedReport(fileName: string, issue: ValidationIssue): UploadReport {
  return {
    fileName,
    rowCount: 0,
    acceptedRowCount: 0,
    rejectedRowCount: 0,
    issueCount: 1,
    issues: [issue],
    figures: [],
    ignoredColumns: [],
    skippedBlankRows: 0,
  };
}
