import type { ValidationIssue } from './issues';
import type { Located } from './table-schema';
import type { UploadRow } from './upload-schema';

/** One year of a user's figures from one publisher: a yearly total, or the sum of its months. */
export type UserFigure = {
  year: number;
  value_usd: number;
  publisher: string;
  /** 0 for a yearly total; otherwise how many months were added up (1–12). */
  months: number;
  source?: string;
  note?: string;
};

/** What is kept of an upload (in IndexedDB): only accepted figures, never the raw file. */
export type UserDataset = { fileName: string; loadedAt: string; rowCount: number; figures: UserFigure[] };

/** True when a yearly value is really a part of the year: a reader must be told. */
export function isPartialYear(figure: UserFigure): boolean {
  return figure.months > 0 && figure.months < 12;
}

/**
 * Adds monthly rows up per year and publisher, keeping the count of months, so
 * that five months are never passed off as a year. A yearly total and months of
 * the same year from the same publisher contradict each other: the later row is
 * refused with an issue.
 */
export function aggregateUserRows(file: string, rows: readonly Located<UploadRow>[]): { figures: UserFigure[]; issues: ValidationIssue[]; rejectedLines: number[] } {
  const groups = new Map<string, { figure: UserFigure; kind: 'year' | 'months'; line: number; sources: Set<string> }>();
  const issues: ValidationIssue[] = [];
  const rejectedLines: number[] = [];
  for (const { line, value } of rows) {
    const key = `${value.year.year}\u0000${value.publisher}`;
    const kind = value.year.month === null ? 'year' : 'months';
    const group = groups.get(key);
    if (group && group.kind !== kind) {
      rejectedLines.push(line);
      issues.push({
        file, line, column: 'year', columnNumber: null, value: value.year.period, code: 'constraint-error',
        message: `${value.publisher} has both a yearly total and monthly figures for ${value.year.year} (first on line ${group.line}): keep one or the other.`,
      });
      continue;
    }
    if (!group) {
      groups.set(key, {
        figure: { year: value.year.year, value_usd: value.value_usd, publisher: value.publisher, months: kind === 'year' ? 0 : 1, source: value.source, note: value.note },
        kind, line, sources: new Set(value.source ? [value.source] : []),
      });
      continue;
    }
    group.figure.value_usd += value.value_usd;
    group.figure.months += 1;
    if (value.source) group.sources.add(value.source);
    group.figure.source = [...group.sources].join('; ') || undefined;
  }
  const figures = [...groups.values()].map((g) => g.figure).sort((a, b) => a.year - b.year || a.publisher.localeCompare(b.publisher));
  return { figures, issues, rejectedLines };
}
