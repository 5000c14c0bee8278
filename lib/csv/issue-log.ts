import type { ValidationIssue } from './issues';

/**
 * The issues of one file as they are found: every one counted, the first `max`
 * kept, so that a file with a million bad rows keeps memory bounded.
 */
export function createIssueLog(max = Number.POSITIVE_INFINITY) {
  const kept: ValidationIssue[] = [];
  let count = 0;
  return {
    add(issue: ValidationIssue): void {
      count += 1;
      if (kept.length < max) kept.push(issue);
    },
    get issues(): ValidationIssue[] {
      return kept;
    },
    get count(): number {
      return count;
    },
  };
}
