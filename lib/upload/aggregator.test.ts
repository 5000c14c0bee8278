import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Located } from '../csv/table-schema';
import type { UploadRow } from './schema';
import type { UserFigure } from './user-data';
import type { ValidationIssue } from '../csv/issues';
import { createUserAggregator } from './aggregator';
import { isPartialYear } from './partial-year';

/** Rows through the aggregator as the row validator hands them over: figures, and the refused lines with their issues. */
function aggregateUserRows(file: string, rows: readonly Located<UploadRow>[]) {
  const aggregator = createUserAggregator(file);
  const issues: ValidationIssue[] = [];
  const rejectedLines: number[] = [];
  for (const row of rows) {
    const issue = aggregator.add(row.value, row.line);
    if (issue) {
      issues.push(issue);
      rejectedLines.push(row.line);
    }
  }
  return { figures: aggregator.figures(), issues, rejectedLines };
}

let nextLine = 2;
/** A validated upload row, as the row validator gives it, on the next line. */
function row(
  period: string,
  value_usd: number,
  publisher: string,
  extra: { source?: string; note?: string; line?: number } = {},
): Located<UploadRow> {
  const [year = '0', month] = period.split('-');
  const line = extra.line ?? nextLine;
  nextLine = line + 1;
  return {
    line,
    value: {
      year: { period, year: Number(year), month: month === undefined ? null : Number(month) },
      value_usd,
      publisher,
      source: extra.source,
      note: extra.note,
    },
  };
}

const figure = (
  f: Partial<UserFigure> & Pick<UserFigure, 'year' | 'value_usd' | 'publisher' | 'months'>,
): UserFigure => ({ source: undefined, note: undefined, ...f });

describe('createUserAggregator', () => {
  it('keeps yearly totals as they are, with months = 0', () => {
    nextLine = 2;
    const result = aggregateUserRows('u.csv', [
      row('2019', 47900000, 'ITC', { source: 'https://example.org/a', note: 'n' }),
      row('2020', 42740000, 'Customs'),
    ]);
    expect(result).toEqual({
      figures: [
        figure({
          year: 2019,
          value_usd: 47900000,
          publisher: 'ITC',
          months: 0,
          source: 'https://example.org/a',
          note: 'n',
        }),
        figure({ year: 2020, value_usd: 42740000, publisher: 'Customs', months: 0 }),
      ],
      issues: [],
      rejectedLines: [],
    });
  });

  it('adds months up per year and publisher and counts them', () => {
    nextLine = 2;
    const rows = [
      row('2019-01', 1000000, 'Customs', { source: 'https://example.org/jan', note: 'first month' }),
      row('2019-02', 2000000, 'Customs'),
      row('2019-03', 3500000, 'Customs', { source: 'https://example.org/jan' }),
      row('2019-04', 4000000, 'Customs', { source: 'https://example.org/apr' }),
      row('2019-05', 5250000, 'Customs'),
      row('2019-01', 7, 'Other'),
      row('2020-01', 8, 'Customs'),
    ];
    const { figures, issues, rejectedLines } = aggregateUserRows('u.csv', rows);
    expect(issues).toEqual([]);
    expect(rejectedLines).toEqual([]);
    expect(figures).toEqual([
      figure({
        year: 2019,
        value_usd: 15750000,
        publisher: 'Customs',
        months: 5,
        source: 'https://example.org/jan; https://example.org/apr',
        note: undefined,
      }),
      figure({ year: 2019, value_usd: 7, publisher: 'Other', months: 1 }),
      figure({ year: 2020, value_usd: 8, publisher: 'Customs', months: 1 }),
    ]);
    expect(figures.map(isPartialYear)).toEqual([true, true, true]);
  });

  it('refuses months after a yearly total of the same year and publisher, and a yearly total after months', () => {
    nextLine = 2;
    const rows = [
      row('2019', 100, 'A'),
      row('2019-01', 5, 'A'),
      row('2020-01', 1, 'B'),
      row('2020-02', 2, 'B'),
      row('2020', 50, 'B'),
      row('2019-01', 9, 'B'),
    ];
    const { figures, issues, rejectedLines } = aggregateUserRows('u.csv', rows);
    expect(rejectedLines).toEqual([3, 6]);
    expect(issues).toEqual([
      {
        file: 'u.csv',
        line: 3,
        column: 'year',
        columnNumber: null,
        value: '2019-01',
        code: 'constraint-error',
        message: 'A has both a yearly total and monthly figures for 2019 (first on line 2): keep one or the other.',
      },
      {
        file: 'u.csv',
        line: 6,
        column: 'year',
        columnNumber: null,
        value: '2020',
        code: 'constraint-error',
        message: 'B has both a yearly total and monthly figures for 2020 (first on line 4): keep one or the other.',
      },
    ]);
    expect(figures).toEqual([
      figure({ year: 2019, value_usd: 100, publisher: 'A', months: 0 }),
      figure({ year: 2019, value_usd: 9, publisher: 'B', months: 1 }),
      figure({ year: 2020, value_usd: 3, publisher: 'B', months: 2 }),
    ]);
  });

  it('names the first spelling when a repeated publisher is written otherwise', () => {
    nextLine = 2;
    const { issues } = aggregateUserRows('u.csv', [row('2016', 1000000, 'ITC'), row('2016', 2000000, 'itc ')]);
    expect(issues.map((i) => i.message)).toEqual([
      "year '2016' and publisher 'itc ' already appear on line 2 (as 'ITC': publishers match whatever their case and surrounding spaces): each row needs a different year and publisher.",
    ]);
  });

  it('sorts figures by year, then publisher', () => {
    nextLine = 2;
    const { figures } = aggregateUserRows('u.csv', [
      row('2021', 1, 'b'),
      row('2019', 1, 'z'),
      row('2021', 1, 'a'),
      row('2019', 1, 'a'),
    ]);
    expect(figures.map((f) => `${f.year} ${f.publisher}`)).toEqual(['2019 a', '2019 z', '2021 a', '2021 b']);
  });

  it('gives nothing for no rows', () => {
    expect(aggregateUserRows('u.csv', [])).toEqual({ figures: [], issues: [], rejectedLines: [] });
  });

  it('keeps publisher text verbatim, markup included', () => {
    nextLine = 2;
    const { figures } = aggregateUserRows('u.csv', [row('2019', 1, '<script>alert(1)</script>')]);
    expect(figures[0]?.publisher).toBe('<script>alert(1)</script>');
  });
});

/**
 * The aggregator keeps its groups in typed arrays and sorts on ranks, for speed.
 * This is what it must give, written the plain way: a map keyed by year and
 * normalised publisher, and a stable sort with localeCompare.
 */
function referenceAggregate(rows: readonly Located<UploadRow>[]) {
  type Group = UserFigure & {
    kind: 'year' | 'months';
    line: number;
    monthLines: Map<number, number>;
    sourceList: string[];
  };
  const groups = new Map<string, Group>();
  const rejectedLines: number[] = [];
  for (const { line, value } of rows) {
    const key = `${value.year.year}|${value.publisher.trim().toLowerCase()}`;
    const kind = value.year.month === null ? 'year' : 'months';
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        year: value.year.year,
        value_usd: value.value_usd,
        publisher: value.publisher.trim(),
        months: kind === 'year' ? 0 : 1,
        source: undefined,
        note: value.note,
        kind,
        line,
        monthLines: new Map(value.year.month === null ? [] : [[value.year.month, line]]),
        sourceList: value.source ? [value.source] : [],
      });
      continue;
    }
    const repeated = value.year.month === null ? group.line : group.monthLines.get(value.year.month);
    if (group.kind !== kind || repeated !== undefined) {
      rejectedLines.push(line);
      continue;
    }
    if (value.year.month !== null) group.monthLines.set(value.year.month, line);
    group.value_usd += value.value_usd;
    group.months += 1;
    if (value.source && group.sourceList.length < 5 && !group.sourceList.includes(value.source))
      group.sourceList.push(value.source);
    if (group.note !== undefined && value.note !== group.note) group.note = undefined;
  }
  const figures = [...groups.values()]
    .map((g): UserFigure => ({
      year: g.year,
      value_usd: g.value_usd,
      publisher: g.publisher,
      months: g.months,
      source: g.sourceList.length > 0 ? g.sourceList.join('; ') : undefined,
      note: g.note,
    }))
    .sort((a, b) => a.year - b.year || a.publisher.localeCompare(b.publisher));
  return { figures, rejectedLines };
}

describe('createUserAggregator against a plain model', () => {
  // Publishers that differ in case, spaces, accents written two ways (equal to the collator), and sort order.
  const publisher = fc.constantFrom('A', 'a', ' a', 'b', 'B ', 'é', 'e\u0301', 'Z', 'ä', 'KOTRA');
  // Years past the slot table too (1900, 2200), though uploads never have them.
  const year = fc.constantFrom(1900, 1950, 2014, 2015, 2019, 2100, 2200);
  const uploadRow = fc.record({
    year,
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
    value: fc.integer({ min: 0, max: 1e12 }),
    publisher,
    source: fc.option(fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6', 's7'), { nil: undefined }),
    note: fc.option(fc.constantFrom('n1', 'n2'), { nil: undefined }),
  });

  it('gives the same figures, in the same order, and refuses the same lines', () => {
    fc.assert(
      fc.property(fc.array(uploadRow, { maxLength: 300 }), (generated) => {
        const rows: Located<UploadRow>[] = generated.map((r, i) => ({
          line: i + 2,
          value: {
            year: {
              period: r.month === null ? String(r.year) : `${r.year}-${String(r.month).padStart(2, '0')}`,
              year: r.year,
              month: r.month,
            },
            value_usd: r.value,
            publisher: r.publisher,
            source: r.source,
            note: r.note,
          },
        }));
        const actual = aggregateUserRows('u.csv', rows);
        const expected = referenceAggregate(rows);
        expect(actual.figures).toEqual(expected.figures);
        expect(actual.rejectedLines).toEqual(expected.rejectedLines);
      }),
      { numRuns: 500 },
    );
  });
});
