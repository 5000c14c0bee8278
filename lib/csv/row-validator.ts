import { emptyFileIssue, readHeader, columnInFile, type Header, type HeaderResult } from './header';
import { createIssueLog } from './issue-log';
import { lineIssue, type ValidationIssue } from './issues';
import { checkRow } from './row';
import type { TableSchema } from './table-schema';
import type { z } from './zod';

export type ValidationSummary = {
  /** The first `maxIssues` issues, in file order. */
  issues: ValidationIssue[];
  /** Every issue found, including those past the cap. */
  issueCount: number;
  /** Data rows read (not counting the header, blank rows left out, or the newline that ends the file). */
  rowCount: number;
  acceptedCount: number;
  /** Rows that had at least one issue. */
  rejectedRowCount: number;
  /** Columns in the file that the schema does not use (relaxed schemas only). */
  ignoredColumns: string[];
  /** Blank rows left out (schema.blankRows 'skip'). */
  skippedBlankRows: number;
};

/**
 * Takes each valid row, and may still refuse it with an issue: a rule across rows,
 * such as a repeated key. The data check keeps rows; the upload adds them up.
 */
export type RowSink<T> = (value: T, line: number) => ValidationIssue | null;

/** Every cell empty or spaces. */
const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
/** What papaparse gives for the newline that ends a file: one record of one empty cell, after the last row. */
const isFinalNewline = (cells: readonly string[]) => cells.length === 1 && cells[0] === '';

/** How the first record becomes a header: by the schema's labels, or by a choice made elsewhere (an upload's column mapping). */
export type HeaderReader = (file: string, line: number, cells: readonly string[]) => HeaderResult;

/**
 * Validates a CSV one record at a time, so that a file of any size can stream
 * through it: the header first (lib/csv/header.ts), then each row (lib/csv/row.ts),
 * each valid row handed to `sink`. Keeps only counts and the first `maxIssues`
 * issues. Used by the data check (lib/csv/validate-table.ts) and the upload.
 */
export function createRowValidator<Row extends z.ZodObject>(
  file: string,
  schema: TableSchema<Row>,
  sink: RowSink<z.output<Row>>,
  maxIssues = Number.POSITIVE_INFINITY,
  headerReader: HeaderReader = (file, line, cells) => readHeader(file, line, cells, schema),
) {
  const log = createIssueLog(maxIssues);
  let header: Header | null = null;
  let headerRead = false;
  let ignoredColumns: string[] = [];
  let rowCount = 0;
  let acceptedCount = 0;
  let rejectedRowCount = 0;
  let skippedBlankRows = 0;
  // A blank record waits for the next one: the last record of a file is often only its final newline.
  let heldBlank: { line: number; cells: readonly string[] } | null = null;

  const reject = (issues: readonly ValidationIssue[]) => {
    rejectedRowCount += 1;
    issues.forEach(log.add);
  };

  function settleBlank() {
    if (heldBlank === null) return;
    if (schema.blankRows === 'skip') skippedBlankRows += 1;
    else {
      rowCount += 1;
      reject([lineIssue(file, heldBlank.line, 'blank-row', 'This row is blank: delete it.')]);
    }
    heldBlank = null;
  }

  function readRow(line: number, cells: readonly string[], current: Header) {
    rowCount += 1;
    const issues: ValidationIssue[] = [];
    const value = checkRow(file, line, cells, schema, current, issues);
    if (value === null) return reject(issues);
    const refused = sink(value, line);
    if (!refused) {
      acceptedCount += 1;
      return;
    }
    // Point at the column as the file names it and where it stands.
    reject([refused.column ? { ...refused, ...columnInFile(current, schema, refused.column) } : refused]);
  }

  function formatError(line: number, message: string) {
    log.add(
      lineIssue(
        file,
        line,
        'format-error',
        `The CSV cannot be read from here: ${message}. Check that every opening quote has a closing quote.`,
      ),
    );
  }

  return {
    /** The header first, then each record in file order. */
    push(line: number, cells: readonly string[]): void {
      if (!headerRead) {
        headerRead = true;
        const result = headerReader(file, line, cells);
        header = result.header;
        ignoredColumns = result.ignoredColumns;
        result.issues.forEach(log.add);
        return;
      }
      if (header === null) return;
      settleBlank();
      if (isBlank(cells)) heldBlank = { line, cells };
      else readRow(line, cells, header);
    },
    /**
     * A record papaparse could not read cleanly (an unterminated quote swallows the
     * lines after it): a rejected row with a format-error, never accepted.
     */
    pushMalformed(line: number, message: string): void {
      if (header !== null) {
        settleBlank();
        rowCount += 1;
        rejectedRowCount += 1;
      }
      formatError(line, message);
    },
    /** A tokenising problem found apart from any record, at the line where it starts. */
    formatError,
    /** The header once read, or null (not yet read, or refused): where each column stands. */
    get header(): Header | null {
      return header;
    },
    finish(): ValidationSummary {
      if (heldBlank !== null && !isFinalNewline(heldBlank.cells)) settleBlank();
      if (!headerRead) log.add(emptyFileIssue(file, 1, schema.columns));
      return {
        issues: log.issues,
        issueCount: log.count,
        rowCount,
        acceptedCount,
        rejectedRowCount,
        ignoredColumns,
        skippedBlankRows,
      };
    },
  };
}
