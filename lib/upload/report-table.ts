import type { CsvTable } from '../csv/write';
import type { Citation } from '../spreadsheet/citations';
import type { UploadReport } from './report';

/** A validation report as a table, for its CSV and its workbook: one row per issue, as the page lists them. */
export function reportTable(report: UploadReport): CsvTable {
  return {
    columns: ['line', 'column', 'column_number', 'code', 'value', 'message'],
    rows: report.issues.map((issue) => ({
      line: issue.line,
      column: issue.column,
      column_number: issue.columnNumber,
      code: issue.code,
      value: issue.value,
      message: issue.message,
    })),
  };
}

/** In a report's workbook, `value` is the text the file held ("-5000000" included), never a number. */
export const REPORT_OVERRIDES = { value: { header: 'Value in the file', kind: 'text' } } as const;

/** The Sources sheet of a report: the file that was checked. */
export function reportCitations(report: UploadReport): Citation[] {
  return [
    {
      sourceId: '',
      publisher: '',
      title: `${report.fileName} (checked in your browser; not uploaded)`,
      published: '',
      url: '',
      quote: '',
    },
  ];
}

/** "trade-2021.csv" → "trade-2021-validation-report" (the extension is the format's). */
export const reportFileBase = (report: UploadReport) => `${report.fileName.replace(/\.[^.]+$/, '')}-validation-report`;
