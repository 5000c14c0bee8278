import type { ValidationIssue } from './issues';
import type { Located } from './table-schema';
import type { UploadRow } from './upload-schema';
import type { UserFigure } from './user-data';
import { YEAR_RANGE } from './cells';

/*
 * Adds an upload's rows up per year and publisher as they stream in. It runs
 * once per row of files of up to a million rows, so it keeps its figures in
 * typed arrays, one slot per (publisher, year) "group", rather than an object
 * per group: on a 1M-row file the objects (and the garbage collector tracing
 * them) cost about as much as reading the CSV. The objects are built once, at
 * the end, in figures().
 */

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
/** Month slots per group: index 1–12 (0 unused, so a month is its own index). */
const MONTH_SLOTS = 13;
/** Years a publisher's slot table covers directly; others (never in an upload) go to a Map. */
const YEAR_SLOTS = YEAR_RANGE.max - YEAR_RANGE.min + 1;

/** The order of String.prototype.localeCompare, without building a collator per comparison. */
const byPublisher = new Intl.Collator().compare;

const KIND_YEAR = 1;
const KIND_MONTHS = 2;

/**
 * Detached copies, one per distinct text: files repeat the same few sources,
 * notes and publishers on every row, and a 1M-row file kept hundreds of
 * thousands of equal copies alive until the end. Bounded: past `max` distinct
 * texts, each is simply copied.
 */
function createInterner(max: number) {
  const copies = new Map<string, string>();
  // Consecutive rows mostly repeat the same text: compared first, it spares hashing the cell.
  let lastText: string | null = null;
  let lastCopy = '';
  return (text: string): string => {
    if (text === lastText) return lastCopy;
    let copy = copies.get(text);
    if (copy === undefined) {
      copy = detached(text);
      if (copies.size < max) copies.set(copy, copy);
    }
    lastText = copy;
    lastCopy = copy;
    return copy;
  };
}

/**
 * Group numbers in the order of figures(): by year, then publisher as
 * localeCompare orders them, then first seen. The distinct publishers are
 * ranked once and groups are sorted on numbers: comparing names for every
 * pair of groups took longer than adding up a million rows.
 */
function sortedGroups(count: number, years: Int32Array, publishers: readonly string[]): number[] {
  const names = [...new Set(publishers)].sort(byPublisher);
  const rankOf = new Map<string, number>();
  let rank = -1;
  names.forEach((name, i) => {
    // Names the collator holds equal (é and e + accent) share a rank, so first-seen order decides, as in a stable sort.
    if (i === 0 || byPublisher(names[i - 1] ?? '', name) !== 0) rank += 1;
    rankOf.set(name, rank);
  });
  const ranks = rank + 1;
  const keys = new Float64Array(count);
  for (let group = 0; group < count; group += 1)
    keys[group] = (years[group] ?? 0) * ranks + (rankOf.get(publishers[group] ?? '') ?? 0);
  return Array.from({ length: count }, (_, group) => group).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
}

/** A publisher's groups by year: `slots[year - YEAR_RANGE.min]` is the group's index + 1, 0 when none. */
type PublisherYears = { slots: Int32Array; others: Map<number, number> | null };

function groupOf(years: PublisherYears, year: number): number {
  const slot = year - YEAR_RANGE.min;
  if (slot >= 0 && slot < YEAR_SLOTS) return (years.slots[slot] ?? 0) - 1;
  return (years.others?.get(year) ?? 0) - 1;
}

function setGroup(years: PublisherYears, year: number, group: number) {
  const slot = year - YEAR_RANGE.min;
  if (slot >= 0 && slot < YEAR_SLOTS) years.slots[slot] = group + 1;
  else (years.others ??= new Map()).set(year, group + 1);
}

/** A typed array twice as long, with the old contents. */
function grown<T extends Float64Array | Int32Array | Uint8Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

function refusal(
  file: string,
  line: number,
  row: UploadRow,
  code: ValidationIssue['code'],
  message: string,
): ValidationIssue {
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
  // Groups are numbered in first-seen order, on which the stable sort of figures() relies for ties.
  let capacity = 256;
  let count = 0;
  let years = new Int32Array(capacity);
  let kinds = new Uint8Array(capacity);
  let values = new Float64Array(capacity);
  let monthCounts = new Uint8Array(capacity);
  /** The line of the group's first row. */
  let lines = new Int32Array(capacity);
  /** `monthLines[group * MONTH_SLOTS + m]`: the line of month m, 0 until seen (for repeated-month messages). */
  let monthLines = new Int32Array(capacity * MONTH_SLOTS);
  let sourceCounts = new Uint8Array(capacity);
  /** `sources[group * MAX_SOURCES + k]`: the distinct sources, in order. */
  const sources: (string | undefined)[] = [];
  /** The first spelling of the publisher (trimmed), as shown. */
  const publishers: string[] = [];
  /** The group's note while every row agrees on it; undefined otherwise. */
  const notes: (string | undefined)[] = [];

  const internSource = createInterner(MAX_INTERNED);
  const internNote = createInterner(MAX_INTERNED);
  const internPublisher = createInterner(MAX_INTERNED);
  // "ITC" and "itc " are one publisher: the first spelling is the one shown.
  const byPublisherKey = new Map<string, PublisherYears>();
  const publisherKeys = new Map<string, string>();
  const yearsOf = (publisher: string): PublisherYears => {
    let key = publisherKeys.get(publisher);
    if (key === undefined) {
      key = detached(publisher.trim().toLowerCase());
      // Bounded, in case every row spells its publisher differently.
      if (publisherKeys.size < MAX_CACHED_SPELLINGS) publisherKeys.set(detached(publisher), key);
    }
    let found = byPublisherKey.get(key);
    if (found === undefined) {
      found = { slots: new Int32Array(YEAR_SLOTS), others: null };
      byPublisherKey.set(key, found);
    }
    return found;
  };

  // Rows of one publisher usually come together: the last one's years, and its
  // spelling as shown, are kept at hand, which spares map look-ups (and hashing
  // the cell) per row.
  let lastPublisher: string | null = null;
  let lastYears: PublisherYears | null = null;
  let lastShown = '';

  function create(line: number, row: UploadRow, kind: number): number {
    if (count === capacity) {
      capacity *= 2;
      years = grown(years);
      kinds = grown(kinds);
      values = grown(values);
      monthCounts = grown(monthCounts);
      lines = grown(lines);
      monthLines = grown(monthLines);
      sourceCounts = grown(sourceCounts);
    }
    const group = count;
    count += 1;
    years[group] = row.year.year;
    kinds[group] = kind;
    values[group] = row.value_usd;
    monthCounts[group] = kind === KIND_YEAR ? 0 : 1;
    lines[group] = line;
    if (row.year.month !== null) monthLines[group * MONTH_SLOTS + row.year.month] = line;
    publishers.push(lastShown);
    notes.push(row.note === undefined ? undefined : internNote(row.note));
    sources.push(row.source ? internSource(row.source) : undefined, undefined, undefined, undefined, undefined);
    sourceCounts[group] = row.source ? 1 : 0;
    return group;
  }

  return {
    add({ line, value }: Located<UploadRow>): ValidationIssue | null {
      let publisherYears = lastYears;
      if (publisherYears === null || value.publisher !== lastPublisher) {
        publisherYears = yearsOf(value.publisher);
        // A copy: the cell may be a slice of papaparse's whole chunk.
        lastPublisher = detached(value.publisher);
        lastYears = publisherYears;
        lastShown = internPublisher(value.publisher.trim());
      }
      const month = value.year.month;
      const kind = month === null ? KIND_YEAR : KIND_MONTHS;
      const group = groupOf(publisherYears, value.year.year);
      if (group < 0) {
        setGroup(publisherYears, value.year.year, create(line, value, kind));
        return null;
      }
      if (kinds[group] !== kind) {
        return refusal(
          file,
          line,
          value,
          'constraint-error',
          `${value.publisher} has both a yearly total and monthly figures for ${value.year.year} (first on line ${lines[group]}): keep one or the other.`,
        );
      }
      const repeated = month === null ? lines[group] : monthLines[group * MONTH_SLOTS + month];
      if (repeated) {
        // Say so when the first row spelled the publisher otherwise: 'itc ' clashing with 'ITC' is not obvious.
        const shown = publishers[group] ?? '';
        const spelling =
          value.publisher.trim() === shown
            ? ''
            : ` (as '${shown}': publishers match whatever their case and surrounding spaces)`;
        return refusal(
          file,
          line,
          value,
          'unique-error',
          `year '${value.year.period}' and publisher '${value.publisher}' already appear on line ${repeated}${spelling}: each row needs a different year and publisher.`,
        );
      }
      if (month !== null) monthLines[group * MONTH_SLOTS + month] = line;
      values[group] = (values[group] ?? 0) + value.value_usd;
      monthCounts[group] = (monthCounts[group] ?? 0) + 1;
      const source = value.source;
      const named = sourceCounts[group] ?? 0;
      // The cheap test first: once a figure names MAX_SOURCES sources, later ones are not even compared.
      if (source && named < MAX_SOURCES) {
        const first = group * MAX_SOURCES;
        let known = false;
        for (let k = first; k < first + named; k += 1) {
          if (sources[k] === source) {
            known = true;
            break;
          }
        }
        if (!known) {
          // Kept as copies (interned): a cell can be a slice that keeps papaparse's whole chunk alive.
          sources[first + named] = internSource(source);
          sourceCounts[group] = named + 1;
        }
      }
      // A note belongs to its month: on a total of several months, it would mislead.
      if (notes[group] !== undefined && value.note !== notes[group]) notes[group] = undefined;
      return null;
    },
    figures(): UserFigure[] {
      return sortedGroups(count, years, publishers).map((group) => {
        const first = group * MAX_SOURCES;
        const named = sources.slice(first, first + (sourceCounts[group] ?? 0));
        return {
          year: years[group] ?? 0,
          value_usd: values[group] ?? 0,
          publisher: publishers[group] ?? '',
          months: monthCounts[group] ?? 0,
          // Joined once here rather than on each new source (garbage per row otherwise).
          source: named.length > 0 ? named.join('; ') : undefined,
          note: notes[group],
        };
      });
    },
  };
}

/** The aggregator over rows already read (tests, small inputs). */
export function aggregateUserRows(
  file: string,
  rows: readonly Located<UploadRow>[],
): { figures: UserFigure[]; issues: ValidationIssue[]; rejectedLines: number[] } {
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
