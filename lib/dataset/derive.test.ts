import { describe, it, expect } from 'vitest';
import { buildDataset } from './build';
import { dataFileNames, type DataFileName } from './tables';
import { assessTargets, attainment, requiredAnnualGrowth, requiredPath, shortfall } from './derive';
import { readDataFile, readDataset } from './load';

/* Derived figures computed from the real files in data/ (vitest runs from the project root). */

function assessmentOf(targetId: string) {
  const { dataset, issues } = readDataset();
  expect(issues).toEqual([]);
  const found = assessTargets(dataset).find((a) => a.target.target_id === targetId);
  if (!found) throw new Error(`no assessment for target ${targetId} in data/targets.csv`);
  return found;
}

describe('assessTargets on data/', () => {
  it('judges both targets against the article figure for 2015, US$84 m', () => {
    const { dataset } = readDataset();
    const assessed = assessTargets(dataset);
    expect(
      assessed.map((a) => [
        a.target.target_id,
        a.target.value_usd,
        a.actual.year,
        a.actual.value_usd,
        a.actual.producer,
        a.yearsLeft,
      ]),
    ).toEqual([
      ['original-2014', 1000000000, 2015, 84000000, 'KOTRA', 5],
      ['revised-2015', 500000000, 2015, 84000000, 'KOTRA', 5],
    ]);
  });

  it('gives attainment 84/500 = 0.168 of the revised target and 84/1000 = 0.084 of the original', () => {
    expect(assessmentOf('revised-2015').attainment).toBe(0.168);
    expect(assessmentOf('original-2014').attainment).toBe(0.084);
  });

  it('gives a shortfall of US$416 m against the revised target and US$916 m against the original', () => {
    expect(assessmentOf('revised-2015').shortfall).toBe(416000000);
    expect(assessmentOf('original-2014').shortfall).toBe(916000000);
  });

  it('gives the required annual growth from 2015 to 2020: about 42.87 % and 64.11 %', () => {
    expect(assessmentOf('revised-2015').requiredGrowth).toBeCloseTo(0.4287, 4);
    expect(assessmentOf('original-2014').requiredGrowth).toBeCloseTo(0.6411, 4);
  });

  it('confirms the article: 2015 trade was less than one-third of the revised target', () => {
    expect(assessmentOf('revised-2015').attainment).toBeLessThan(1 / 3);
  });

  it('gives the context figure for 2020, US$42.74 m, as the outcome', () => {
    const revised = assessmentOf('revised-2015');
    expect(revised.outcome?.year).toBe(2020);
    expect(revised.outcome?.value_usd).toBe(42740000);
    expect(revised.outcome?.basis).toBe('context');
    expect(revised.outcomeAttainment).toBeCloseTo(0.08548, 5);
  });

  it('changes when the CSV changes: 85,000,000 in trade.csv gives attainment 0.17', () => {
    const texts = Object.fromEntries(dataFileNames.map((name) => [name, readDataFile(name)])) as Record<
      DataFileName,
      string
    >;
    expect(texts['trade.csv']).toContain('2015,84000000,article');
    const edited = {
      ...texts,
      'trade.csv': texts['trade.csv'].replace('2015,84000000,article', '2015,85000000,article'),
    };
    const { dataset, issues } = buildDataset(edited);
    expect(issues).toEqual([]);
    const revised = assessTargets(dataset).find((a) => a.target.target_id === 'revised-2015');
    expect(revised?.attainment).toBe(0.17);
    expect(revised?.shortfall).toBe(415000000);
  });
});

describe('requiredPath', () => {
  it('starts at the actual value and ends exactly at the target, one point a year 2015..2020', () => {
    const path = requiredPath(2015, 84000000, 2020, 500000000);
    expect(path.map((p) => p.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    expect(path[0]?.value).toBe(84000000);
    expect(path[5]?.value).toBe(500000000);
  });

  it('grows by the same rate each year', () => {
    const path = requiredPath(2015, 84000000, 2020, 1000000000);
    const growth = requiredAnnualGrowth(84000000, 1000000000, 5);
    for (let i = 1; i < path.length; i += 1) {
      expect((path[i]?.value ?? NaN) / (path[i - 1]?.value ?? NaN) - 1).toBeCloseTo(growth, 10);
    }
  });
});

describe('attainment, shortfall, requiredAnnualGrowth', () => {
  it('compute from any pair of figures', () => {
    expect(attainment(84000000, 500000000)).toBe(0.168);
    expect(shortfall(84000000, 1000000000)).toBe(916000000);
    expect(requiredAnnualGrowth(100, 121, 2)).toBeCloseTo(0.1, 12);
  });
});
