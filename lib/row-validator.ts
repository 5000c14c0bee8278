import type { z } from './zod';
import { issueCodeSchema, type IssueCode, type ValidationIssue } from './issues';
import type { Located, TableSchema } from './table-schema';

/** A record as it stands in the file, with the editor line it starts on. */
export type RawRecord = { line: number; cells: string[] };

export type ValidationSummary<T> = {
  /** Accepted rows, unless an `onRow` callback took them as they came. */
  rows: Located<T>[];
  acceptedCount: number;
  /** The first `maxIssues` issues, in file order. */
  issues: ValidationIssue[];
  /** Every issue found, including those past the cap. */
  issueCount: number;
  /** Data rows read (not counting the header or the newline that ends the file). */
  rowCount: number;
  /** Lines of rows that had at least one issue. */
  rejectedRowCount: number;
  /** Columns in the file that the schema does not use (relaxed mode only). */
  ignoredColumns: string[];
  /** Blank rows left out (schema.blankRows 'skip'); not counted in rowCount. */
  skippedBlankRows: number;
};

function codeOf(issue: z.core.$ZodIssue): IssueCode {
  const declared = issueCodeSchema.safeParse((issue as { params?: { code?: unknown } }).params?.code);
  if (declared.success) return declared.data;
  return issue.code === 'invalid_type' || issue.code === 'invalid_format' ? 'type-error' : 'constraint-error';
}

/** Every cell empty or spaces. A loop, not every(): it runs once per record. */
function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/**
 * An amount written with thousands separators in a comma file (84,000,000,
 * unquoted) splits into extra cells. Said plainly rather than as "extra cells".
 */
function splitAmount(cells: readonly string[], labels: readonly string[]) {
  const extra = cells.length - labels.length;
  for (let start = 0; start + extra < cells.length; start += 1) {
    const joined = cells.slice(start, start + extra + 1).join(',');
    if (/^\d{1,3}(,\d{3})+$/.test(joined)) {
      return {
        column: labels[start] ?? '',
        columnNumber: start + 1,
        value: joined,
        code: 'type-error' as const,
        message: `'${joined}' has thousands separators, which split it into ${extra + 1} cells: write digits only (e.g. ${joined.replaceAll(',', '')}).`,
      };
    }
  }
  return null;
}

/**
 * What to rename, for a missing column: a label that differs only
 * in spaces, case and punctuation ('Value USD' for value_usd), or else, when it is
 * the only unknown label and only one column is missing, that one.
 */
function renameFor(column: string, unknown: readonly string[], onlyMissing: boolean): string | null {
  const bare = (text: string) => text.replace(/[^a-z0-9]/gi, '').toLowerCase();
  const near = unknown.find((label) => bare(label) === bare(column));
  if (near !== undefined) return `rename '${near}' to ${column}`;
  const only = unknown[0];
  return onlyMissing && unknown.length === 1 && only !== undefined
    ? `rename '${only}' to ${column} if it holds the ${column} figures`
    : null;
}

/**
 * Validates a CSV one record at a time, so that a file of any size can stream
 * through it: only accepted, typed rows and the first `maxIssues` issues are
 * kept. Issues are values, never thrown. The first record pushed is the header.
 */
export function createRowValidator<Row extends z.ZodObject>(
  file: string,
  schema: TableSchema<Row>,
  maxIssues = Number.POSITIVE_INFINITY,
  /**
   * Streaming use: each accepted row goes here instead of being kept, and may
   * still be refused with an issue (a cross-row rule such as a repeated key).
   * The row is lent for the call only (the object may be reused for the next
   * row, to spare the collector one object per row): copy what you keep.
   */
  onRow?: (row: Located<z.output<Row>>) => ValidationIssue | null,
) {
  type Output = z.output<Row>;
  const issues: ValidationIssue[] = [];
  const rows: Located<Output>[] = [];
  const firstLineOfKey = new Map<string, number>();
  const ignoredColumns: string[] = [];
  let issueCount = 0;
  let rowCount = 0;
  let rejectedRowCount = 0;
  let acceptedCount = 0;
  let skippedBlankRows = 0;
  let header: string[] | null = null;
  /** Position in the file of each schema column (-1 when an optional column is absent). */
  let positions: number[] = [];
  let stopped = false;
  /** Line of a blank record held back (see pushCells), or null. */
  let pendingBlankLine: number | null = null;
  /** Streaming only: the row lent to onRow and the fast output reused for the next row. */
  let lent: Located<Output> | null = null;
  let scratch: Output | null = null;

  const report = (issue: ValidationIssue) => {
    issueCount += 1;
    if (issues.length < maxIssues) issues.push(issue);
  };
  const normalise = (label: string) => (schema.labels === 'relaxed' ? label.trim().toLowerCase() : label);

  function readHeader(line: number, cells: string[]) {
    if (isBlank(cells)) {
      stopped = true;
      report({
        file,
        line,
        column: '',
        columnNumber: null,
        value: null,
        code: 'missing-label',
        message: `The file is empty: its first line must be the header ${schema.columns.join(',')}.`,
      });
      return;
    }
    header = cells;
    const seen = new Map<string, number>();
    let blocking = false;
    cells.forEach((label, index) => {
      const key = normalise(label);
      const at = { file, line, column: label, columnNumber: index + 1, value: label };
      if (seen.has(key)) {
        blocking = true;
        report({
          ...at,
          code: 'duplicate-label',
          message: `'${label}' appears more than once in the header (columns ${(seen.get(key) ?? 0) + 1} and ${index + 1}): keep one column of that name.`,
        });
      } else if (!schema.columns.includes(key)) {
        if (schema.labels === 'relaxed') ignoredColumns.push(label);
        else
          report({
            ...at,
            code: 'extra-label',
            message: `'${label}' is not a column of this file: remove it, or rename it to one of ${schema.columns.join(', ')}.`,
          });
      }
      if (!seen.has(key)) seen.set(key, index);
    });
    const missing = schema.columns.filter((column) => !seen.has(column) && !schema.optionalColumns.includes(column));
    const unknown = cells.filter((label) => !schema.columns.includes(normalise(label)));
    for (const column of missing) {
      blocking = true;
      const rename = renameFor(column, unknown, missing.length === 1);
      report({
        file,
        line,
        column,
        columnNumber: null,
        value: null,
        code: 'missing-label',
        message: `The header has no '${column}' column: ${rename ?? `add it. The header should be ${schema.columns.join(',')}`}.`,
      });
    }
    positions = schema.columns.map((column) => seen.get(column) ?? -1);
    // Without every required label exactly once, cells cannot be matched to columns.
    if (blocking) stopped = true;
  }

  /** The row as zod reads it: each schema column's cell by its label ('' when the column is absent). */
  function inputOf(cells: readonly string[]): Record<string, string> {
    const input: Record<string, string> = {};
    schema.columns.forEach((column, i) => {
      const position = positions[i] ?? -1;
      input[column] = position >= 0 ? (cells[position] ?? '') : '';
    });
    return input;
  }

  function reject(issue: ValidationIssue) {
    rejectedRowCount += 1;
    report(issue);
  }

  function readRow(line: number, cells: string[]) {
    const labels = header ?? [];
    rowCount += 1;
    if (cells.length > labels.length) {
      const split = splitAmount(cells, labels);
      if (split) return reject({ file, line, ...split });
      return reject({
        file,
        line,
        column: '',
        columnNumber: labels.length + 1,
        value: cells[labels.length] ?? null,
        code: 'extra-cell',
        message: `This row has ${cells.length} cells but the header has ${labels.length}: remove the extra cells, or quote a value that contains the delimiter.`,
      });
    }
    if (cells.length < labels.length) {
      const column = labels[cells.length] ?? '';
      return reject({
        file,
        line,
        column,
        columnNumber: cells.length + 1,
        value: null,
        code: 'missing-cell',
        message: `This row has ${cells.length} cells but the header has ${labels.length}: add the missing '${column}' cell (leave it empty if the value is unknown).`,
      });
    }
    // A plainly valid row may skip zod (the schema's fastRow gives zod's own output); any other goes through zod.
    let value: Output | null = schema.fastRow ? schema.fastRow(cells, positions, onRow ? scratch : null) : null;
    if (onRow && value !== null) scratch = value;
    // Built only when zod reads the row or a key must be compared, and then once.
    let input: Record<string, string> | null = null;
    if (value === null) {
      input = inputOf(cells);
      const result = schema.row.safeParse(input);
      if (!result.success) {
        rejectedRowCount += 1;
        for (const zodIssue of result.error.issues) {
          const column = String(zodIssue.path[0] ?? '');
          const position = positions[schema.columns.indexOf(column)] ?? -1;
          report({
            file,
            line,
            column: position >= 0 ? (labels[position] ?? column) : column,
            columnNumber: position >= 0 ? position + 1 : null,
            value: input[column] ?? null,
            code: codeOf(zodIssue),
            message: zodIssue.message,
          });
        }
        return;
      }
      value = result.data;
    }
    if (onRow) {
      if (lent === null) lent = { line, value };
      else {
        lent.line = line;
        lent.value = value;
      }
      const refused = onRow(lent);
      if (refused) {
        // Point at the column as the file names it and where it stands.
        const position = positions[schema.columns.indexOf(refused.column)] ?? -1;
        reject(
          position >= 0
            ? { ...refused, column: labels[position] ?? refused.column, columnNumber: position + 1 }
            : refused,
        );
      } else acceptedCount += 1;
      return;
    }
    const cellsByColumn = input ?? inputOf(cells);
    const key = JSON.stringify(schema.primaryKey.map((column) => cellsByColumn[column]));
    const firstLine = firstLineOfKey.get(key);
    if (firstLine !== undefined) {
      const column = schema.primaryKey[0] ?? '';
      const position = positions[schema.columns.indexOf(column)] ?? -1;
      const described = schema.primaryKey.map((c) => `${c} '${cellsByColumn[c]}'`).join(' and ');
      return reject({
        file,
        line,
        column,
        columnNumber: position >= 0 ? position + 1 : null,
        value: cellsByColumn[column] ?? null,
        code: 'unique-error',
        message: `${described} already appear on line ${firstLine}: each row needs a different ${schema.primaryKey.join(' and ')}.`,
      });
    }
    firstLineOfKey.set(key, line);
    acceptedCount += 1;
    rows.push({ line, value });
  }

  function flushBlank() {
    if (pendingBlankLine === null) return;
    if (schema.blankRows === 'skip') {
      skippedBlankRows += 1;
      pendingBlankLine = null;
      return;
    }
    rowCount += 1;
    rejectedRowCount += 1;
    report({
      file,
      line: pendingBlankLine,
      column: '',
      columnNumber: null,
      value: null,
      code: 'blank-row',
      message: 'This row is blank: delete it.',
    });
    pendingBlankLine = null;
  }

  return {
    /** The header first, then each data record in file order. */
    push(record: RawRecord): void {
      this.pushCells(record.line, record.cells);
    },
    /** push() without a record object, for streaming (one object fewer per row). */
    pushCells(line: number, cells: string[]): void {
      if (stopped) return;
      if (header === null) return readHeader(line, cells);
      // A blank record is held back: when streaming, the very last one is only the newline that ends the file.
      if (isBlank(cells)) {
        flushBlank();
        pendingBlankLine = line;
        return;
      }
      flushBlank();
      readRow(line, cells);
    },
    /** A data record that could not be tokenised: counted as a rejected row, with a format-error. */
    rejectRecord(line: number, message: string): void {
      if (stopped || header === null) return this.formatError(line, message);
      flushBlank();
      rowCount += 1;
      rejectedRowCount += 1;
      this.formatError(line, message);
    },
    /** A tokenising problem (an unterminated quote), at the line where it starts. */
    formatError(line: number, message: string): void {
      report({
        file,
        line,
        column: '',
        columnNumber: null,
        value: null,
        code: 'format-error',
        message: `The CSV cannot be read from here: ${message}. Check that every opening quote has a closing quote.`,
      });
    },
    /**
     * `dropTrailingBlank`: the input was streamed, so a final blank record is the
     * newline that ends the file rather than a blank row (parseCsv drops it itself).
     */
    finish({ dropTrailingBlank = false } = {}): ValidationSummary<Output> {
      if (!dropTrailingBlank) flushBlank();
      if (header === null && !stopped) {
        report({
          file,
          line: 1,
          column: '',
          columnNumber: null,
          value: null,
          code: 'missing-label',
          message: `The file is empty: its first line must be the header ${schema.columns.join(',')}.`,
        });
      }
      pendingBlankLine = null;
      return { rows, acceptedCount, issues, issueCount, rowCount, rejectedRowCount, ignoredColumns, skippedBlankRows };
    },
  };
}

/**
 * Editor line numbers for a stream of records: each record starts on the line
 * after the previous one ended, and a record ends one line after its last
 * newline inside quotes. Works chunk by chunk, without keeping the text.
 */
export function createLineCounter(newline: '\n' | '\r\n' | '\r' = '\n') {
  // Files with lone CR line ends (old Mac) break lines on CR; all others on LF.
  const breakChar = newline === '\r' ? '\r' : '\n';
  let next = 1;
  return (cells: readonly string[]): number => {
    const line = next;
    let inside = 0;
    for (const cell of cells) {
      // indexOf (native) rather than a loop over every character: most cells hold no line break.
      for (let i = cell.indexOf(breakChar); i !== -1; i = cell.indexOf(breakChar, i + 1)) inside += 1;
    }
    next += 1 + inside;
    return line;
  };
}
