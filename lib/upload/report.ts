import type { ValidationIssue } from '../csv/issues';
import type { EncodingUsed } from './encoding/names';
import type { Unit } from './mapping/numbers';
import type { UserFigure } from './user-data';

export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
export const MAX_REPORTED_ISSUES = 1000;

/** How a file was read: the reader used, the encoding, and what was done with its rows, in sentences. */
export type Reading = {
  layout: 'template' | 'comtrade' | 'mapped';
  encoding: EncodingUsed;
  /** Sentences for the report: how figures were made, and each kind of row left out with its count. */
  notes: string[];
  /** Rows left out by rule (another partner, a re-export, …): neither loaded nor refused. */
  leftOutRowCount: number;
  /** The unit of the values, for a mapped file. */
  unit?: Unit;
};

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
  /** How the file was read (lib/upload/read-upload.ts); absent when parseUpload read the text alone. */
  reading?: Reading;
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
