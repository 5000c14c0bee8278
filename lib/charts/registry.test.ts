import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { chartDataset } from './fixtures/chart-dataset';
import { chartCsvName, chartImageName, slideImageName } from './files';
import { chartCsv, chartIds, chartRegistry, chartWords } from './registry';
import { VIEWS } from './view';

describe('the chart registry', () => {
  it('gives every chart its words in both views, from the data', () => {
    const dataset = chartDataset();
    for (const id of chartIds) {
      for (const view of VIEWS) {
        const words = chartWords(id, dataset, view);
        for (const text of [words.title, words.subtitle, words.keyedSubtitle, words.summary, words.label]) {
          expect(text.length, `${id} ${view}`).toBeGreaterThan(10);
        }
        expect(words.credits.length, `${id} ${view}`).toBeGreaterThan(0);
      }
    }
    expect(chartWords('trajectory', dataset, 'context').summary).toContain(
      'Figures from 4 producers, 2014–2023, each a series of its own: KOTRA, the article’s source, 2015; Russian customs service 2014–2015 and 2018–2021; ITC 2014–2015 and 2018–2019 (2014 and 2015 derived from exports and imports); Kremlin 2023 (a statement).',
    );
    expect(chartWords('trajectory', dataset, 'article').summary).not.toContain('producers');
  });

  it('names each chart’s files once per view', () => {
    const names = chartIds.flatMap((id) => VIEWS.map((view) => chartCsvName(id, view)));
    expect(new Set(names).size).toBe(chartIds.length * VIEWS.length);
    expect(chartImageName('trajectory', 'context')).toBe('russia-dprk-trajectory-with-context');
    expect(slideImageName(6, 'trajectory', 'context')).toBe('russia-dprk-slide-6-trajectory-with-context');
  });

  it('builds each chart’s table with a row per figure it draws', () => {
    const dataset = chartDataset();
    const rows = (csv: string) => Papa.parse(csv.trim(), { header: true }).data.length;
    expect(rows(chartCsv('target-vs-actual', dataset, 'article'))).toBe(3);
    expect(rows(chartCsv('target-vs-actual', dataset, 'context'))).toBe(4);
    expect(rows(chartCsv('attainment', dataset, 'article'))).toBe(2);
    expect(chartRegistry.attainment.drawsUserData).toBe(false);
  });
});
