import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { attainmentCsv } from './attainment/csv';
import { targetActualCsv } from './target-actual/csv';
import { trajectoryCsv } from './trajectory/csv';
import { buildDataset } from '../dataset/build';
import { SMALL_DATASET_FILES } from '../dataset/fixtures/small-dataset';
import { chartCsvWithUserData } from './user-csv';
import type { UserDataset } from '../upload/user-data';

/* Which quote and note each chart CSV row carries: provenance must belong to the figure on that row. */

// The small dataset, with a note on the article's figure.
const FILES = {
  ...SMALL_DATASET_FILES,
  'trade.csv': SMALL_DATASET_FILES['trade.csv'].replace('just 84 million,', 'just 84 million,Cited by the article'),
};

function dataset() {
  const { dataset, issues } = buildDataset(FILES);
  if (!dataset) throw new Error(JSON.stringify(issues));
  return dataset;
}

const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;

describe('chart CSVs carry the provenance of the figure on each row', () => {
  it('the attainment CSV gives each target its own quote, beside the actual figure’s', () => {
    const rows = rowsOf(attainmentCsv(dataset(), 'article'));
    expect(
      rows.map((r) => [r.target, r.target_quote, r.target_source_url, r.actual_quote, r.actual_source_url]),
    ).toEqual([
      ['Original target', 'one billion', 'https://news.cgtn.com/x', 'just 84 million', 'https://news.cgtn.com/x'],
      ['Revised target', 'half a billion', 'https://news.cgtn.com/x', 'just 84 million', 'https://news.cgtn.com/x'],
    ]);
    // No unprefixed quote left whose figure a reader would have to guess.
    expect(Object.keys(rows[0] ?? {})).not.toContain('quote');
  });

  it('the bars and trajectory CSVs give a figure’s note in its own column', () => {
    const bars = rowsOf(targetActualCsv(dataset(), 'article'));
    expect(bars.map((r) => [r.bar, r.quote, r.note])).toEqual([
      ['Original target', 'one billion', ''],
      ['Revised target', 'half a billion', ''],
      ['Actual 2015', 'just 84 million', 'Cited by the article'],
    ]);
    const trajectory = rowsOf(trajectoryCsv(dataset(), 'article'));
    expect(trajectory.find((r) => r.year === '2015' && r.basis === 'article')?.note).toBe('Cited by the article');
  });

  it('a note from the reader’s file goes to note, never to quote', () => {
    const user: UserDataset = {
      fileName: 'mine.csv',
      loadedAt: '2026-11-29T00:00:00.000Z',
      rowCount: 1,
      figures: [
        {
          year: 2020,
          value_usd: 3000000,
          publisher: 'ITC',
          months: 0,
          source: 'https://example.org/itc',
          note: 'my own estimate',
        },
      ],
    };
    const rows = rowsOf(chartCsvWithUserData('trajectory', trajectoryCsv(dataset(), 'article'), user));
    const mine = rows.find((r) => r.basis === 'user');
    expect([mine?.quote, mine?.note, mine?.source_url]).toEqual(['', 'my own estimate', 'https://example.org/itc']);
  });
});
