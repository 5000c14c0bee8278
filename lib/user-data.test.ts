import { describe, it, expect } from 'vitest';
import type { Located } from './table-schema';
import type { UploadRow } from './upload-schema';
import { isPartialYear } from './partial-year';
import { aggregateUserRows, type UserFigure } from './user-data';

let nextLine = 2;
/** A validated upload row, as the row validator gives it, on the next line. */
function row(period: string, value_usd: number, publisher: string, extra: { source?: string; note?: string; line?: number } = {}): Located<UploadRow> {
  const [year = '0', month] = period.split('-');
  const line = extra.line ?? nextLine;
  nextLine = line + 1;
  return {
    line,
    value: { year: { period, year: Number(year), month: month === undefined ? null : Number(month) }, value_usd, publisher, source: extra.source, note: extra.note },
  };
}

const figure = (f: Partial<UserFigure> & Pick<UserFigure, 'year' | 'value_usd' | 'publisher' | 'months'>): UserFigure => ({ source: undefined, note: undefined, ...f });

describe('aggregateUserRows', () => {
  it('keeps yearly totals as they are, with months = 0', () => {
    nextLine = 2;
    const result = aggregateUserRows('u.csv', [row('2019', 47900000, 'ITC', { source: 'https://example.org/a', note: 'n' }), row('2020', 42740000, 'Customs')]);
    expect(result).toEqual({
      figures: [
        figure({ year: 2019, value_usd: 47900000, publisher: 'ITC', months: 0, source: 'https://example.org/a', note: 'n' }),
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
      figure({ year: 2019, value_usd: 15750000, publisher: 'Customs', months: 5, source: 'https://example.org/jan; https://example.org/apr', note: undefined }),
      figure({ year: 2019, value_usd: 7, publisher: 'Other', months: 1 }),
      figure({ year: 2020, value_usd: 8, publisher: 'Customs', months: 1 }),
    ]);
    expect(figures.map(isPartialYear)).toEqual([true, true, true]);
  });

  it('refuses months after a yearly total of the same year and publisher, and a yearly total after months', () => {
    nextLine = 2;
    const rows = [row('2019', 100, 'A'), row('2019-01', 5, 'A'), row('2020-01', 1, 'B'), row('2020-02', 2, 'B'), row('2020', 50, 'B'), row('2019-01', 9, 'B')];
    const { figures, issues, rejectedLines } = aggregateUserRows('u.csv', rows);
    expect(rejectedLines).toEqual([3, 6]);
    expect(issues).toEqual([
      {
        file: 'u.csv', line: 3, column: 'year', columnNumber: null, value: '2019-01', code: 'constraint-error',
        message: 'A has both a yearly total and monthly figures for 2019 (first on line 2): keep one or the other.',
      },
      {
        file: 'u.csv', line: 6, column: 'year', columnNumber: null, value: '2020', code: 'constraint-error',
        message: 'B has both a yearly total and monthly figures for 2020 (first on line 4): keep one or the other.',
      },
    ]);
    expect(figures).toEqual([
      figure({ year: 2019, value_usd: 100, publisher: 'A', months: 0 }),
      figure({ year: 2019, value_usd: 9, publisher: 'B', months: 1 }),
      figure({ year: 2020, value_usd: 3, publisher: 'B', months: 2 }),
    ]);
  });

  it('sorts figures by year, then publisher', () => {
    nextLine = 2;
    const { figures } = aggregateUserRows('u.csv', [row('2021', 1, 'b'), row('2019', 1, 'z'), row('2021', 1, 'a'), row('2019', 1, 'a')]);
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

describe('isPartialYear', () => {
  it('is true for 1 to 11 months, false for a yearly total or 12 months', () => {
    const base = { year: 2019, value_usd: 1, publisher: 'A' };
    expect(isPartialYear({ ...base, months: 0 })).toBe(false);
    expect(isPartialYear({ ...base, months: 1 })).toBe(true);
    expect(isPartialYear({ ...base, months: 11 })).toBe(true);
    expect(isPartialYear({ ...base, months: 12 })).toBe(false);
  });
});
