import { describe, expect, it } from 'vitest';
import { LATEST_YEAR } from '../schema';
import { readPeriod } from './period';

const read = (cell: string) => {
  const result = readPeriod(cell);
  return result.ok ? [result.value.year, result.value.month] : result.message;
};

describe('readPeriod', () => {
  it('reads years, months and dates as spreadsheets and statistics offices write them', () => {
    expect(
      [
        '2019',
        ' 2019 ',
        '2019 г.',
        '2019 год',
        '2019-03',
        '2019/3',
        '2019.03',
        '201903',
        '2019-03-31',
        '2019-03-31T00:00:00',
        '03.2019',
        '3/2019',
        '31.03.2019',
      ].map(read),
    ).toEqual([
      [2019, null],
      [2019, null],
      [2019, null],
      [2019, null],
      [2019, 3],
      [2019, 3],
      [2019, 3],
      [2019, 3],
      [2019, 3],
      [2019, 3],
      [2019, 3],
      [2019, 3],
      [2019, 3],
    ]);
  });

  it('says what is wrong and how to write it', () => {
    expect(read('')).toBe('is empty: this column needs a year (2019), a month (2019-03) or a date.');
    expect(read('2019-13')).toBe("'2019-13' has no month 13: months are 1 to 12.");
    expect(read('03/04/2019')).toBe(
      "'03/04/2019' could be day/month or month/day: write the date as 2019-03-31, or the month as 2019-03.",
    );
    expect(read('Q1 2019')).toBe(
      "'Q1 2019' is not a year, month or date: write 2019 for a year, 2019-03 for a month, or a date as 2019-03-31.",
    );
    expect(read('1949')).toBe(`'1949' is outside the plausible range 1950–${LATEST_YEAR}: check the year.`);
    expect(read(String(LATEST_YEAR + 1))).toContain('outside the plausible range');
  });
});
