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

/**
 * A copy of a string that does not point into papaparse's chunk: V8 keeps a
 * whole 1 MB chunk alive for the sake of a short substring otherwise.
 */
function detached(text: string): string {
  // Slicing a concatenation makes V8 write out a fresh, flat string.
  return ` ${text}`.slice(1);
}

/** Distinct publisher spellings whose normalised key is remembered. */
const MAX_CACHED_SPELLINGS = 10_000;
/** Distinct texts shared rather than copied (see createInterner). */
const MAX_INTERNED = 10_000;

/** Sources named on one figure at most. */
const MAX_SOURCES = 5;

/**
 * `monthLines[m]` is the line of month m (1–12), 0 until seen, for repeated-month
 * messages (null for a yearly total). `sources` are the distinct sources, in order.
 */
type Group = { figure: UserFigure; kind: 'year' | 'months'; line: number; monthLines: number[] | null; sources: string[] | null };

/**
 * Detached copies, one per distinct text: files repeat the same few sources,
 * notes and publishers on every row, and a 1M-row file kept hundreds of
 * thousands of equal copies alive until the end. Bounded: past `max` distinct
 * texts, each is simply copied.
 */
function createInterner(max: number) {
  const copies = new Map<string, string>();
  return (text: string): string => {
    let copy = copies.get(text);
    if (copy === undefined) {
      copy = detached(text);
      if (copies.size < max) copies.set(copy, copy);
    }
    return copy;
  };
}

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
  // Publisher, then year: no key string is built per row (on a 1M-row file those
  // strings were a large share of the garbage). `inOrder` keeps first-seen order,
  // on which the stable sort of figures() relies for ties.
  const groups = new Map<string, Map<number, Group>>();
  const inOrder: Group[] = [];
  const intern = createInterner(MAX_INTERNED);
  // "ITC" and "itc " are one publisher: the first spelling is the one shown.
  const publisherKeys = new Map<string, string>();
  const publisherKey = (publisher: string): string => {
    let key = publisherKeys.get(publisher);
    if (key === undefined) {
      key = publisher.trim().toLowerCase();
      // Bounded, in case every row spells its publisher differently.
      if (publisherKeys.size < MAX_CACHED_SPELLINGS) publisherKeys.set(detached(publisher), key);
    }
    return key;
  };
  /** The years of a publisher, by its key. */
  const yearsOf = (publisher: string): Map<number, Group> => {
    const key = publisherKey(publisher);
    let years = groups.get(key);
    if (years === undefined) {
      years = new Map();
      groups.set(detached(key), years);
    }
    return years;
  };
  // Rows of one publisher usually come together: the last one's years are kept
  // at hand, which spares two map look-ups (and hashing the cell) per row.
  let lastPublisher: string | null = null;
  let lastYears: Map<number, Group> | null = null;
  return {
    add({ line, value }: Located<UploadRow>): ValidationIssue | null {
      let years = lastYears;
      if (years === null || value.publisher !== lastPublisher) {
        years = yearsOf(value.publisher);
        // A copy: the cell may be a slice of papaparse's whole chunk.
        lastPublisher = detached(value.publisher);
        lastYears = years;
      }
      const kind = value.year.month === null ? 'year' : 'months';
      const group = years.get(value.year.year);
      if (!group) {
        const source = value.source === undefined ? undefined : intern(value.source);
        const created: Group = {
          figure: {
            year: value.year.year, value_usd: value.value_usd, publisher: intern(value.publisher.trim()), months: kind === 'year' ? 0 : 1,
            source, note: value.note === undefined ? undefined : intern(value.note),
          },
          kind, line, monthLines: null, sources: source ? [source] : null,
        };
        if (value.year.month !== null) {
          // Sized once: growing an array month by month left old copies behind in the old generation.
          created.monthLines = new Array<number>(13).fill(0);
          created.monthLines[value.year.month] = line;
        }
        years.set(value.year.year, created);
        inOrder.push(created);
        return null;
      }
      if (group.kind !== kind) {
        return refusal(file, line, value, 'constraint-error', `${value.publisher} has both a yearly total and monthly figures for ${value.year.year} (first on line ${group.line}): keep one or the other.`);
      }
      const repeated = group.monthLines === null ? group.line : group.monthLines[value.year.month ?? 0];
      if (repeated) {
        return refusal(file, line, value, 'unique-error', `year '${value.year.period}' and publisher '${value.publisher}' already appear on line ${repeated}: each row needs a different year and publisher.`);
      }
      if (group.monthLines !== null) group.monthLines[value.year.month ?? 0] = line;
      group.figure.value_usd += value.value_usd;
      group.figure.months += 1;
      // The cheap test first: once a figure names MAX_SOURCES sources, later ones are not even compared.
      if (value.source && (group.sources?.length ?? 0) < MAX_SOURCES && !group.sources?.includes(value.source)) {
        // Kept as copies (interned): a cell can be a slice that keeps papaparse's whole chunk alive.
        const source = intern(value.source);
        if (group.sources) group.sources.push(source);
        else group.sources = [source];
      }
      // A note belongs to its month: on a total of several months, it would mislead.
      if (group.figure.note !== undefined && value.note !== group.figure.note) group.figure.note = undefined;
      return null;
    },
    figures(): UserFigure[] {
      // Sources are joined once here rather than on each new one (garbage per row otherwise).
      return inOrder.map((g) => (g.sources ? Object.assign(g.figure, { source: g.sources.join('; ') }) : g.figure)).sort((a, b) => a.year - b.year || a.publisher.localeCompare(b.publisher));
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
