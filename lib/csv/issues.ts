/**
 * Issue codes follow the Frictionless Data error taxonomy, so that a report from
 * this app reads like one from `frictionless validate`. `format-error` covers CSV
 * that cannot be tokenised at all (an unterminated quote).
 */
export const ISSUE_CODES = [
  'format-error',
  'missing-label',
  'duplicate-label',
  'extra-label',
  'blank-row',
  'missing-cell',
  'extra-cell',
  'type-error',
  'constraint-error',
  'unique-error',
  'foreign-key',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export function isIssueCode(value: unknown): value is IssueCode {
  return (ISSUE_CODES as readonly unknown[]).includes(value);
}

/** One problem in a file, as a value: never thrown. */
export type ValidationIssue = {
  file: string;
  /** Line as a text editor shows it: the header is line 1. */
  line: number;
  /** Column name from the header, or '' when the issue is about a whole row. */
  column: string;
  /** 1-based field position, or null when the issue is about a whole row. */
  columnNumber: number | null;
  code: IssueCode;
  /** The offending cell as written, when there is one. */
  value: string | null;
  message: string;
};

/** An issue about a whole line rather than one cell. */
export function lineIssue(file: string, line: number, code: IssueCode, message: string): ValidationIssue {
  return { file, line, column: '', columnNumber: null, value: null, code, message };
}

/** One line a person can act on: `trade.csv:4:2 column value_usd [type-error] '84m' is …`. */
export function formatIssue(issue: ValidationIssue): string {
  const where =
    issue.columnNumber === null ? `${issue.file}:${issue.line}` : `${issue.file}:${issue.line}:${issue.columnNumber}`;
  const column = issue.column ? ` column ${issue.column}` : '';
  return `${where}${column} [${issue.code}] ${issue.message}`;
}

export function formatReport(issues: readonly ValidationIssue[]): string {
  const noun = issues.length === 1 ? 'issue' : 'issues';
  return [`${issues.length} ${noun} found:`, ...issues.map((issue) => `  ${formatIssue(issue)}`)].join('\n');
}
