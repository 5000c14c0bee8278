import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { attainmentCsv, targetActualCsv, trajectoryCsv } from './chart-csv';
import { buildDataset, type DataFileName } from './dataset';
import { chartCsvWithUserData } from './user-csv';
import type { UserDataset } from './user-data';

/* Which quote and note each chart CSV row carries: provenance must belong to the figure on that row. */

const FILES: Record<DataFileName, string> = {
  'sources.csv': [
    'source_id,title,publisher,author,published,url,note',
    'cgtn-2019-04-23,What Kim wants from his meeting with Putin,CGTN (Opinions),Cheng Xiaohe,2019-04-23,https://news.cgtn.com/x,',
    'tass-2021-02-19,[TASS report],TASS,,2021-02-19,https://tass.com/economy/1258635,',
  ].join('\n'),
  'targets.csv': [
    'target_id,label,set_in,target_year,value_usd,supersedes,source_id,quote',
    'original-2014,Original target,2014,2020,1000000000,,cgtn-2019-04-23,one billion',
    'revised-2015,Revised target,2015,2020,500000000,original-2014,cgtn-2019-04-23,half a billion',
  ].join('\n'),
  'trade.csv': [
    'year,value_usd,basis,publisher,source_id,quote,note',
    '2015,84000000,article,KOTRA,cgtn-2019-04-23,just 84 million,Cited by the article',
    '2020,42740000,context,Russian customs service,tass-2021-02-19,$42.74 mln,',
  ].join('\n'),
  'events.csv': 'date,precision,title,category,highlight,source_id,quote\n',
};

function dataset() {
  const { dataset, issues } = buildDataset(FILES);
  if (!dataset) throw new Error(JSON.stringify(issues));
  return dataset;
}

const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;

describe('chart CSVs carry the provenance of the figure on each row', () => {
  it('the attainment CSV gives each target its own quote, beside the actual figure’s', () => {
    const rows = rowsOf(attainmentCsv(dataset(), { context: false }));
    expect(rows.map((r) => [r.target, r.target_quote, r.target_source_url, r.actual_quote, r.actual_source_url])).toEqual([
      ['Original target', 'one billion', 'https://news.cgtn.com/x', 'just 84 million', 'https://news.cgtn.com/x'],
      ['Revised target', 'half a billion', 'https://news.cgtn.com/x', 'just 84 million', 'https://news.cgtn.com/x'],
    ]);
    // No unprefixed quote left whose figure a reader would have to guess.
    expect(Object.keys(rows[0] ?? {})).not.toContain('quote');
  });

  it('the bars and trajectory CSVs give a figure’s note in its own column', () => {
    const bars = rowsOf(targetActualCsv(dataset(), { context: false }));
    expect(bars.map((r) => [r.bar, r.quote, r.note])).toEqual([
      ['Original target', 'one billion', ''],
      ['Revised target', 'half a billion', ''],
      ['Actual 2015', 'just 84 million', 'Cited by the article'],
    ]);
    const trajectory = rowsOf(trajectoryCsv(dataset(), { context: false }));
    expect(trajectory.find((r) => r.year === '2015' && r.basis === 'article')?.note).toBe('Cited by the article');
  });

  it('a note from the reader’s file goes to note, never to quote', () => {
    const user: UserDataset = {
      fileName: 'mine.csv', loadedAt: '2026-11-29T00:00:00.000Z', rowCount: 1,
      figures: [{ year: 2020, value_usd: 3000000, publisher: 'ITC', months: 0, source: 'https://example.org/itc', note: 'my own estimate' }],
    };
    const rows = rowsOf(chartCsvWithUserData('chart-trajectory.csv', trajectoryCsv(dataset(), { context: false }), user));
    const mine = rows.find((r) => r.basis === 'user');
    expect([mine?.quote, mine?.note, mine?.source_url]).toEqual(['', 'my own estimate', 'https://example.org/itc']);
  });
});
