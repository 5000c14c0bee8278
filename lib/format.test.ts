import { describe, it, expect } from 'vitest';
import {
  formatMillions,
  formatMillionsValue,
  formatCount,
  formatPartialDate,
  formatPercent,
  formatUsd,
  formatUsdExact,
  parenthesised,
} from './format';

const NBSP = '\u00A0';

describe('formatUsd', () => {
  it.each([
    [84e6, `US$84${NBSP}m`],
    [1e9, `US$1${NBSP}bn`],
    [500e6, `US$500${NBSP}m`],
    [42.74e6, `US$42.74${NBSP}m`],
    [83.22e6, `US$83.22${NBSP}m`],
    [416e6, `US$416${NBSP}m`],
    [950e3, `US$950${NBSP}k`],
  ])('formats %d as %j', (value, text) => {
    expect(formatUsd(value)).toBe(text);
  });

  it('joins the number to its unit with a no-break space', () => {
    expect(formatUsd(84e6)).not.toContain(' ');
  });

  it('writes a value that rounds up to 1,000 million in billions', () => {
    expect(formatUsd(999_999_999)).toBe(`US$1${NBSP}bn`);
  });
});

describe('formatPercent', () => {
  it.each([
    [0.168, `16.8${NBSP}%`],
    [0.084, `8.4${NBSP}%`],
    [0.5, `50.0${NBSP}%`],
    [(500 / 84) ** (1 / 5) - 1, `42.9${NBSP}%`],
    [(1000 / 84) ** (1 / 5) - 1, `64.1${NBSP}%`],
  ])('formats %d as %j', (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });
});

describe('formatMillions and formatUsdExact', () => {
  it('formats axis ticks in millions and exact amounts with separators', () => {
    expect(formatMillions(1e9)).toBe('1,000');
    expect(formatMillions(42.74e6)).toBe('43');
    expect(formatUsdExact(83220000)).toBe('US$83,220,000');
  });
});

describe('formatMillionsValue', () => {
  it('gives millions to two decimals, as formatUsd does, without the unit', () => {
    expect([92.34e6, 84e6, 47.9e6, 42.74e6, 1e9, 83_224_999].map(formatMillionsValue)).toEqual([
      '92.34',
      '84',
      '47.9',
      '42.74',
      '1,000',
      '83.22',
    ]);
  });
});

describe('formatPartialDate', () => {
  it.each([
    ['2014', '2014'],
    ['2017-09', 'September 2017'],
    ['2018-03-22', '22 March 2018'],
    ['2019-02-28', '28 February 2019'],
  ])('formats %s as %j, no more precise than the source', (date, text) => {
    expect(formatPartialDate(date)).toBe(text);
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0 rows'],
    [1, '1 row'],
    [2, '2 rows'],
    [1000, '1,000 rows'],
  ])('says %d as %j', (count, text) => {
    expect(formatCount(count, 'row', 'rows')).toBe(text);
  });
});

describe('parenthesised', () => {
  it('wraps text in parentheses, turning its own into commas', () => {
    expect(parenthesised('KOTRA')).toBe('(KOTRA)');
    expect(parenthesised('Kremlin (presidential aide Yuri Ushakov)')).toBe('(Kremlin, presidential aide Yuri Ushakov)');
    expect(parenthesised('Kremlin (presidential aide Yuri Ushakov), context')).toBe(
      '(Kremlin, presidential aide Yuri Ushakov, context)',
    );
    expect(parenthesised('odd ( one')).toBe('(odd one)');
  });
});
