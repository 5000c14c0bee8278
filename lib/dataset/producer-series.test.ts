import { describe, expect, it } from 'vitest';
import { buildDataset } from './build';
import { SMALL_DATASET_FILES, DATA_HEADERS } from './fixtures/small-dataset';
import { consecutiveRuns, otherFiguresOfYear, producerSeries } from './producer-series';

/* Each producer a series of its own: which report is drawn, and what a year's figures are compared with. */

function trade(...rows: string[]) {
  const { dataset, issues } = buildDataset({
    ...SMALL_DATASET_FILES,
    'trade.csv': [DATA_HEADERS['trade.csv'], ...rows].join('\n'),
  });
  expect(issues).toEqual([]);
  return dataset.trade;
}

const row = (year: number, value: number, producer: string, kind = 'reported', source = 'tass-2021-02-19') =>
  `${year},${value},context,${kind},${producer},,${source},q,`;

describe('producerSeries', () => {
  it('keeps each producer apart, in the order of the file, oldest year first', () => {
    const series = producerSeries(
      trade(row(2015, 80040371, 'Customs'), row(2014, 92340000, 'KOTRA'), row(2014, 92180000, 'Customs')),
    );
    expect(series.map((s) => [s.producer, s.figures.map((f) => f.year)])).toEqual([
      ['Customs', [2014, 2015]],
      ['KOTRA', [2014]],
    ]);
  });

  it('draws the most precise of several reports of one figure, and keeps them all', () => {
    const [kotra] = producerSeries(
      trade(row(2012, 76000000, 'KOTRA', 'reported', 'cgtn-2019-04-23'), row(2012, 75930000, 'KOTRA')),
    );
    expect(kotra?.figures[0]?.value_usd).toBe(75930000);
    expect(kotra?.figures[0]?.reports.map((r) => r.value_usd)).toEqual([75930000, 76000000]);
  });

  it('draws an estimate as an estimate, even where an outlet repeats it as a plain statement', () => {
    const [official] = producerSeries(
      trade(
        row(2024, 34000000, 'Association', 'statement', 'cgtn-2019-04-23'),
        row(2024, 34000000, 'Association', 'estimate'),
      ),
    );
    expect(official?.figures[0]?.kind).toBe('estimate');
  });

  it('draws the article’s own figure over any other report of its producer', () => {
    const figures = trade(
      row(2015, 84120000, 'KOTRA'),
      '2015,84000000,article,reported,KOTRA,,cgtn-2019-04-23,just 84 million,',
    );
    const [kotra] = producerSeries(figures);
    expect(kotra?.figures[0]).toMatchObject({ value_usd: 84000000, article: true });
  });
});

describe('consecutiveRuns', () => {
  it('ends a run at a missing year, so that no line crosses a gap', () => {
    const runs = consecutiveRuns([2013, 2014, 2015, 2018, 2019, 2021].map((year) => ({ year })));
    expect(runs.map((run) => run.map((f) => f.year))).toEqual([[2013, 2014, 2015], [2018, 2019], [2021]]);
  });
});

describe('otherFiguresOfYear', () => {
  it('compares a figure with each other producer’s and with its own producer’s differing reports', () => {
    const figures = trade(
      row(2021, 40469, 'Customs'),
      row(2021, 40569, 'Customs', 'reported', 'cgtn-2019-04-23'),
      row(2021, 50000, 'ITC', 'derived').replace(',,tass', ',exports 20000 + imports 30000,tass'),
    );
    const comparisons = otherFiguresOfYear(figures[0]!, figures);
    expect(comparisons.map(({ producer, value_usd, kind }) => [producer, value_usd, kind])).toEqual([
      ['Customs', 40569, 'reported'],
      ['ITC', 50000, 'derived'],
    ]);
    expect(comparisons[1]?.difference).toBeCloseTo((40469 - 50000) / 50000);
  });
});
