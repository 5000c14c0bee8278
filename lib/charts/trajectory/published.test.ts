import { describe, expect, it } from 'vitest';
import { readDataset } from '../../dataset/load';
import { chartDataset } from '../fixtures/chart-dataset';
import { trajectoryModel } from './model';

/* The trajectory's published series: one per producer, a line only within one producer's consecutive years. */

const context = () => trajectoryModel(chartDataset(), 'context');

/** Each line's points as (producer, year), read back from the rows the chart is drawn from. */
function linePoints(model: ReturnType<typeof context>) {
  const producerOf = new Map(model.points.map((p) => [`${p.year}:${p.value}:${p.key.split(':')[1]}`, p.producer]));
  return model.series
    .filter((s) => s.role === 'line')
    .map((line) => ({
      dashed: line.dashed ?? false,
      points: model.rows.flatMap((row) => {
        const value = row[line.key];
        return value === undefined
          ? []
          : [{ year: row.year, producer: producerOf.get(`${row.year}:${value}:${line.style}`) }];
      }),
    }));
}

describe('the trajectory’s published series', () => {
  it('never joins two producers: every line holds one producer’s figures', () => {
    for (const line of linePoints(context())) {
      expect(new Set(line.points.map((p) => p.producer)).size).toBe(1);
      expect(line.points.every((p) => p.producer !== undefined)).toBe(true);
    }
  });

  it('keeps gaps as gaps: a line runs through consecutive years only', () => {
    const lines = linePoints(context());
    for (const line of lines) {
      const years = line.points.map((p) => p.year);
      expect(years).toEqual(years.map((_, i) => (years[0] ?? 0) + i));
    }
    // Customs 2014–2015 and 2018–2021 are two lines, not one across 2016–2017.
    const customs = lines.filter((l) => l.points[0]?.producer === 'Russian customs service');
    expect(customs.map((l) => l.points.map((p) => p.year))).toEqual([
      [2014, 2015],
      [2018, 2019, 2020, 2021],
    ]);
  });

  it('dashes a line to a derived figure, and draws one producer a colour and shape of its own', () => {
    const model = context();
    const itc = linePoints(model).filter((l) => l.points[0]?.producer === 'ITC');
    expect(itc.map((l) => [l.points.map((p) => p.year), l.dashed])).toEqual([
      [[2014, 2015], true],
      [[2018, 2019], false],
    ]);
    const styles = model.series
      .filter((s) => s.role === 'article' || s.role === 'publisher')
      .map((s) => [s.label, s.style]);
    expect(styles).toEqual([
      ['Russian customs service', 1],
      ['ITC', 2],
      ['Kremlin', 3],
      ['KOTRA (the article’s source)', 0],
    ]);
  });

  it('draws only the article’s figure in the article view, as the article reports it', () => {
    const model = trajectoryModel(chartDataset(), 'article');
    expect(model.points.map((p) => [p.year, p.value, p.producer, p.article])).toEqual([
      [2015, 84000000, 'KOTRA', true],
    ]);
    expect(model.series.filter((s) => s.role === 'line' || s.role === 'publisher' || s.role === 'goal')).toEqual([]);
    expect(model.series.find((s) => s.role === 'article')?.label).toBe('Actual trade, as the article reports it');
  });

  it('in data/, runs the customs series 2013–2021 and ends at 2024, with 2022 empty', () => {
    const model = trajectoryModel(readDataset().dataset, 'context');
    const customs = model.points.filter((p) => p.producer === 'Russian customs service').map((p) => p.year);
    expect(customs).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    expect(model.lastYear).toBe(2024);
    expect(model.points.some((p) => p.year === 2022)).toBe(false);
    expect(model.targetYear).toBe(2020);
  });
});
