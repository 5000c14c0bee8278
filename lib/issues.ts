import { z } from './zod';

/**
 * Issue codes follow the Frictionless Data error taxonomy, so that a report from
 * this app reads like one from `frictionless validate`. `format-error` covers CSV
 * that cannot be tokenised at all (an unterminated quote).
 */
export const issueCodeSchema = z.enum([
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
]);
export type IssueCode = z.infer<typeof issueCodeSchema>;

export const validationIssueSchema = z.object({
  file: z.string(),
  /** Line as a text editor shows it: the header is line 1. */
  line: z.number().int().positive(),
  /** Column name from the header, or '' when the issue is about a whole row. */
  column: z.string(),
  /** 1-based field position, or null when the issue is about a whole row. */
  columnNumber: z.number().int().positive().nullable(),
  code: issueCodeSchema,
  /** The offending cell as written, when there is one. */
  value: z.string().nullable(),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

/** One line a person can act on: `trade.csv:4:2 value_usd [type-error] '84m' is …`. */
// In their own module so the upload report can word issues without loading zod.
export { formatIssue, formatReport } from './issue-text';
