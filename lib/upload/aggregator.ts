import type { ValidationIssue } from '../csv/issues';
import type { UploadRow } from './schema';
import type { UserFigure } from './user-data';

/*
 * Adds an upload's rows up per year and publisher as they stream in: a yearly
 * total is kept as it is, months are added up and counted. Only the totals are
 * kept, so a file of a million monthly rows ends as some thousands of figures.
 */

/** Sources named on one figure at most. */
const MAX_SOURCES = 5;

type Group = {
  year: number;
  /** The first spelling of the publisher, trimmed: "ITC" and "itc " are one publisher, shown as first written. */
  publisher: string;
  kind: 'year' | 'months';
  value: number;
  months: number;
  /** The line of the group's first row, for messages about a repeat. */
  line: number;
  /** `monthLines[m]`: the line of month m (1–12), once seen. */
  monthLines: number[];
  sources: string[];
  /** The group's note while every row agrees on it; undefined otherwise (a note belongs to its month). */
  note: string | undefined;
  /** First-seen order, which decides between publishers the collator holds equal. */
  order: number;
};

/** Distinct texts (sources, notes) kept as one shared copy each; past this many, each is copied. */
const MAX_SHARED = 10_000;

/**
 * One copy of each distinct text the totals keep (publishers, sources, notes),
 * that does not point into papaparse's 1 MB chunk. V8 gives a substring as a view
 * of its parent, so a kept cell kept its whole chunk alive: on a 56 MB file the
 * totals held some 56 MB of chunks after the last row. Joining to a new string
 * and slicing it back makes V8 write out a fresh one; the Map shares it, since a
 * file repeats the same few sources and notes on row after row.
 */
function createTextCopies() {
  const copies = new Map<string, string>();
  return (text: string): string => {
    const known = copies.get(text);
    if (known !== undefined) return known;
    const copy = ` ${text}`.slice(1);
    if (copies.size < MAX_SHARED) copies.set(copy, copy);
    return copy;
  };
}

/** The order of String.prototype.localeCompare, without building a collator per comparison. */
const byPublisher = new Intl.Collator().compare;

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
 * Figures in the order readers see them: by year, then publisher as localeCompare
 * orders them, then first seen. Publishers are ranked once (there are few) and the
 * groups sorted on numbers: comparing names for every pair of some 80,000 groups
 * took longer than adding up a million rows.
 */
function inReadingOrder(groups: readonly Group[]): Group[] {
  const names = [...new Set(groups.map((group) => group.publisher))].sort(byPublisher);
  const rank = new Map<string, number>();
  names.forEach((name, i) => {
    const previous = names[i - 1];
    // Names the collator holds equal (é and e + accent) share a rank.
    rank.set(name, previous !== undefined && byPublisher(previous, name) === 0 ? (rank.get(previous) ?? i) : i);
  });
  const ranked = groups.map((group) => ({ group, rank: rank.get(group.publisher) ?? 0 }));
  ranked.sort((a, b) => a.group.year - b.group.year || a.rank - b.rank || a.group.order - b.group.order);
  return ranked.map(({ group }) => group);
}

export function createUserAggregator(file: string) {
  const copyOf = createTextCopies();
  /** Groups by normalised publisher, then year. */
  const byPublisherKey = new Map<string, Map<number, Group>>();
  const all: Group[] = [];

  function create(line: number, row: UploadRow, years: Map<number, Group>) {
    const group: Group = {
      year: row.year.year,
      publisher: copyOf(row.publisher.trim()),
      kind: row.year.month === null ? 'year' : 'months',
      value: row.value_usd,
      months: row.year.month === null ? 0 : 1,
      line,
      monthLines: [],
      sources: row.source ? [copyOf(row.source)] : [],
      note: row.note === undefined ? undefined : copyOf(row.note),
      order: all.length,
    };
    if (row.year.month !== null) group.monthLines[row.year.month] = line;
    years.set(group.year, group);
    all.push(group);
  }

  // Rows of one publisher usually come together: the last one's years are kept at hand.
  let lastPublisher: string | null = null;
  let lastYears = new Map<number, Group>();
  function yearsOf(publisher: string): Map<number, Group> {
    if (publisher === lastPublisher) return lastYears;
    const key = publisher.trim().toLowerCase();
    let years = byPublisherKey.get(key);
    if (!years) {
      years = new Map();
      byPublisherKey.set(key, years);
    }
    lastPublisher = publisher;
    lastYears = years;
    return years;
  }

  return {
    /** Adds one valid row, or refuses it: a repeated month or year, or a year given both ways. */
    add(value: UploadRow, line: number): ValidationIssue | null {
      const years = yearsOf(value.publisher);
      const group = years.get(value.year.year);
      if (!group) {
        create(line, value, years);
        return null;
      }
      const month = value.year.month;
      if (group.kind !== (month === null ? 'year' : 'months')) {
        return refusal(
          file,
          line,
          value,
          'constraint-error',
          `${value.publisher} has both a yearly total and monthly figures for ${value.year.year} (first on line ${group.line}): keep one or the other.`,
        );
      }
      const repeated = month === null ? group.line : group.monthLines[month];
      if (repeated !== undefined) {
        // Say so when the first row spelled the publisher otherwise: 'itc ' clashing with 'ITC' is not obvious.
        const spelling =
          value.publisher.trim() === group.publisher
            ? ''
            : ` (as '${group.publisher}': publishers match whatever their case and surrounding spaces)`;
        return refusal(
          file,
          line,
          value,
          'unique-error',
          `year '${value.year.period}' and publisher '${value.publisher}' already appear on line ${repeated}${spelling}: each row needs a different year and publisher.`,
        );
      }
      if (month !== null) group.monthLines[month] = line;
      group.value += value.value_usd;
      group.months += 1;
      if (value.source && group.sources.length < MAX_SOURCES && !group.sources.includes(value.source)) {
        group.sources.push(copyOf(value.source));
      }
      if (group.note !== undefined && value.note !== group.note) group.note = undefined;
      return null;
    },
    figures(): UserFigure[] {
      return inReadingOrder(all).map((group) => ({
        year: group.year,
        value_usd: group.value,
        publisher: group.publisher,
        months: group.months,
        source: group.sources.length > 0 ? group.sources.join('; ') : undefined,
        note: group.note,
      }));
    },
  };
}
