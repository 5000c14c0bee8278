import { describe, expect, it } from 'vitest';
import { readDataset } from '../../dataset/load';
import { trajectoryModel } from './model';
import { figureTooltipLines, spreadLine } from './tooltip-words';

/* What the trajectory's tooltip says of a year's published figures, in data/. */

const pointsOf = (year: number) =>
  trajectoryModel(readDataset().dataset, 'context')
    .points.filter((p) => p.year === year)
    .sort((a, b) => b.value - a.value);

describe('the trajectory tooltip', () => {
  it('gives each 2015 figure its producer, its kind and who reported it, and how far apart they are', () => {
    const points = pointsOf(2015);
    expect(points.map(figureTooltipLines)).toEqual([
      ['KOTRA: US$84\u00A0m', 'the article’s figure · reported total · via CGTN'],
      [
        'International Trade Centre: US$83.22\u00A0m',
        'derived by us: exports US$5.72\u00A0m + imports US$77.5\u00A0m · via KBS World',
      ],
      ['Russian customs service: US$80.04\u00A0m', 'reported total · via Radio Free Asia'],
    ]);
    expect(spreadLine(points)).toBe('They differ: the highest is 4.9\u00A0% above the lowest.');
  });

  it('names an estimate and a statement as such, and a report that disagrees', () => {
    expect(pointsOf(2024).map(figureTooltipLines)).toEqual([
      ['Russian Association of Exporters and Importers: US$34\u00A0m', 'estimate · via KBS World, Newspic, NK News'],
    ]);
    expect(pointsOf(2023).map((p) => figureTooltipLines(p)[1])).toEqual([
      'official’s statement · via TASS, RIA Novosti',
    ]);
    expect(pointsOf(2021).map(figureTooltipLines)).toEqual([
      [
        'Russian customs service: US$40,469',
        'reported total · via onecorea.com, Newspim',
        'another report gives US$40,569',
      ],
    ]);
    expect(spreadLine(pointsOf(2021))).toBeNull();
  });
});
