import { describe, it, expect } from 'vitest';
import { formatReport } from '../csv/issues';
import { readDataset } from './load';

/* The real files in data/, checked against their schemas (their quotes: quotes.test.ts). */

describe('data/', () => {
  it('validates with zero issues', () => {
    const { issues } = readDataset();
    expect(issues, formatReport(issues)).toEqual([]);
  });

  it('keeps all three 2015 totals: KOTRA’s (the article’s), the ITC’s (derived) and Russian customs’', () => {
    const figures2015 = readDataset().dataset.trade.filter((figure) => figure.year === 2015);
    expect(figures2015.map(({ producer, value_usd, basis, kind }) => ({ producer, value_usd, basis, kind }))).toEqual([
      { producer: 'KOTRA', value_usd: 84000000, basis: 'article', kind: 'reported' },
      { producer: 'International Trade Centre', value_usd: 83220000, basis: 'context', kind: 'derived' },
      { producer: 'Russian customs service', value_usd: 80040371, basis: 'context', kind: 'reported' },
    ]);
  });

  it('covers 2011–2021, 2023 and 2024, with no total for 2022: a gap stays a gap', () => {
    const years = new Set(readDataset().dataset.trade.map((figure) => figure.year));
    expect([...years].sort()).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2023, 2024]);
  });

  it('has three producers for each of 2013, 2014 and 2015', () => {
    const { trade } = readDataset().dataset;
    for (const year of [2013, 2014, 2015]) {
      const producers = new Set(trade.filter((f) => f.year === year).map((f) => f.producer));
      expect(producers.size, String(year)).toBe(3);
    }
  });
});
