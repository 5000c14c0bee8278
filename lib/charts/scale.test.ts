import { describe, expect, it } from 'vitest';
import { niceTicks, yearTicks } from './scale';

describe('niceTicks', () => {
  it('gives round steps of 250 million up to a 1 bn target', () => {
    expect(niceTicks(1e9, 5)).toEqual([0, 250e6, 500e6, 750e6, 1e9]);
  });
  it('gives fewer, wider steps for a narrow chart', () => {
    expect(niceTicks(1e9, 3)).toEqual([0, 500e6, 1e9]);
  });
  it('always reaches past the largest value', () => {
    const ticks = niceTicks(92.34e6, 5);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(92.34e6);
    expect(ticks).toEqual([0, 25e6, 50e6, 75e6, 100e6]);
  });
  it('copes with nothing to show', () => {
    expect(niceTicks(0, 5)).toEqual([0]);
  });
});

describe('yearTicks', () => {
  it('labels every year when they fit: the article range keeps all eight', () => {
    expect(yearTicks(2013, 2020, 8)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
  });

  it('steps by 2, 5, 10 … on round years when a range is long', () => {
    expect(yearTicks(2013, 2020, 6)).toEqual([2014, 2016, 2018, 2020]);
    expect(yearTicks(1949, 2026, 14)).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
    expect(yearTicks(1949, 2026, 6)).toEqual([1960, 1980, 2000, 2020]);
  });

  it('never gives more than asked, and nothing for an empty range', () => {
    for (let max = 2; max <= 20; max += 1) expect(yearTicks(1900, 2026, max).length).toBeLessThanOrEqual(max);
    expect(yearTicks(2020, 2019, 8)).toEqual([]);
  });
});
