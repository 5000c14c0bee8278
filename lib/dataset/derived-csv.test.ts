import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { figuresWithDerivedCsv } from './derived-csv';
import { readDataset } from './load';

/* figures-with-derived.csv: the article's headline figures and what follows from them. */

describe('figuresWithDerivedCsv', () => {
  const rows = () =>
    Papa.parse<Record<string, string>>(figuresWithDerivedCsv(readDataset().dataset).trim(), { header: true }).data;

  it('holds the article’s two targets only, not the goals other reports state', () => {
    const targets = rows().filter((r) => r.figure?.includes('target for'));
    expect(targets.map((r) => [r.figure, r.value])).toEqual([
      ['Original target for 2020 (set in 2014)', '1000000000'],
      ['Revised target for 2020 (set in 2015)', '500000000'],
    ]);
    expect(rows().some((r) => r.figure?.startsWith('Goal for'))).toBe(false);
  });

  it('judges the targets by the article’s 2015 figure and the customs figure for 2020', () => {
    const byFigure = new Map(rows().map((r) => [r.figure, r]));
    expect(byFigure.get('Attainment of the revised target in 2015')?.value).toBe('0.168');
    expect(byFigure.get('Attainment of the revised target in 2020 (context: Russian customs service)')?.value).toBe(
      '0.0855',
    );
  });
});
