import { z } from './zod';
import type { ValidationIssue } from './issues';
import type { Located } from './table-schema';
import type { UploadRow } from './upload-schema';

/** One year of a user's figures from one publisher: a yearly total, or the sum of its months. */
export const userFigureSchema = z.object({
  year: z.number().int(),
  value_usd: z.number().nonnegative(),
  publisher: z.string().min(1),
  /** 0 for a yearly total; otherwise how many months were added up (1–12). */
  months: z.number().int().min(0).max(12),
  source: z.string().optional(),
  note: z.string().optional(),
});
export type UserFigure = z.infer<typeof userFigureSchema>;

/**
 * What is kept of an upload (in IndexedDB): only accepted figures, never the raw
 * file. Checked again when read back, so a stale or damaged record is dropped
 * rather than breaking the charts.
 */
export const userDatasetSchema = z.object({
  fileName: z.string(),
  loadedAt: z.string(),
  rowCount: z.number().int().nonnegative(),
  figures: z.array(userFigureSchema),
});
export type UserDataset = z.infer<typeof userDatasetSchema>;

/** True when a yearly value is really a part of the year: a reader must be told. */
export function isPartialYear(figure: UserFigure): boolean {
  return figure.months > 0 && figure.months < 12;
}

/**
 * A copy of a string that does not point into papaparse's chunk: V8 keeps a
 * whole 1 MB chunk alive for the sake of a short substring otherwise.
 */
function detached(text: string | undefined): string | undefined {
  // Slicing a concatenation makes V8 write out a fresh, flat string.
  return text === undefined ? undefined : (` ${text}`).slice(1);
}

/** `monthLines[m]` is the line of month m (1–12), for repeated-month messages. */
type Group = { figure: UserFigure; kind: 'year' | 'months'; line: number; monthLines: number[]; sources: Set<string> };

function refusal(file: string, line: number, row: UploadRow, code: ValidationIssue['code'], message: string): ValidationIssue {
  return { file, line, column: 'year', columnNumber: null, value: row.year.period, code, message };
}

/**
 * Adds rows up per year and publisher as they stream in, keeping the count of
 * months so that five months are never passed off as a year. Memory grows with
 * the number of (year, publisher) pairs, not with the rows. Refuses, with an
 * issue: a second yearly total or a repeated month for the same publisher
 * (unique-error), and a yearly total mixed with months (constraint-error).
 */
export function createUserAggregator(file: string) {
  const groups = new Map<string, Group>();
  return {
    add({ line, value }: Located<UploadRow>): ValidationIssue | null {
      // "ITC" and "itc " are one publisher: the first spelling is the one shown.
      const key = `${value.year.year}\u0000${value.publisher.trim().toLowerCase()}`;
      const kind = value.year.month === null ? 'year' : 'months';
      const group = groups.get(key);
      if (!group) {
        const monthLines: number[] = [];
        if (value.year.month !== null) monthLines[value.year.month] = line;
        groups.set(key, {
          figure: {
            year: value.year.year, value_usd: value.value_usd, publisher: detached(value.publisher.trim()) ?? '', months: kind === 'year' ? 0 : 1,
            source: detached(value.source), note: detached(value.note),
          },
          kind, line, monthLines, sources: new Set(value.source ? [value.source] : []),
        });
        return null;
      }
      if (group.kind !== kind) {
        return refusal(file, line, value, 'constraint-error', `${value.publisher} has both a yearly total and monthly figures for ${value.year.year} (first on line ${group.line}): keep one or the other.`);
      }
      const repeated = kind === 'year' ? group.line : group.monthLines[value.year.month ?? 0];
      if (repeated !== undefined) {
        return refusal(file, line, value, 'unique-error', `year '${value.year.period}' and publisher '${value.publisher}' already appear on line ${repeated}: each row needs a different year and publisher.`);
      }
      group.monthLines[value.year.month ?? 0] = line;
      group.figure.value_usd += value.value_usd;
      group.figure.months += 1;
      if (value.source && !group.sources.has(value.source) && group.sources.size < 5) {
        group.sources.add(value.source);
        group.figure.source = detached([...group.sources].join('; '));
      }
      // A note belongs to its month: on a total of several months, it would mislead.
      if (group.figure.note !== undefined && value.note !== group.figure.note) group.figure.note = undefined;
      return null;
    },
    figures(): UserFigure[] {
      return [...groups.values()].map((g) => g.figure).sort((a, b) => a.year - b.year || a.publisher.localeCompare(b.publisher));
    },
  };
}

/** The aggregator over rows already read (tests, small inputs). */
export function aggregateUserRows(file: string, rows: readonly Located<UploadRow>[]): { figures: UserFigure[]; issues: ValidationIssue[]; rejectedLines: number[] } {
  const aggregator = createUserAggregator(file);
  const issues: ValidationIssue[] = [];
  const rejectedLines: number[] = [];
  for (const row of rows) {
    const issue = aggregator.add(row);
    if (issue) {
      issues.push(issue);
      rejectedLines.push(row.line);
    }
  }
  return { figures: aggregator.figures(), issues, rejectedLines };
}
