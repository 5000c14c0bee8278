import type { ValidationIssue } from './issues';

/** One issue as a line of text: `file:line:column column name [code] message`. */
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
