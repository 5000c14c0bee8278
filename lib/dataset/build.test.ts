import { describe, it, expect } from 'vitest';
import { buildDataset } from './build';
import type { DataFileName } from './tables';
import { SMALL_DATASET_FILES } from './fixtures/small-dataset';

/* Links between the four files: source_id and supersedes. */

const CLEAN = SMALL_DATASET_FILES;

function withFile(file: DataFileName, text: string): Record<DataFileName, string> {
  return { ...CLEAN, [file]: text };
}

function located(texts: Record<DataFileName, string>) {
  return buildDataset(texts).issues.map(({ file, code, line, column, columnNumber, value }) => ({
    file,
    code,
    line,
    column,
    columnNumber,
    value,
  }));
}

describe('buildDataset', () => {
  it('gives no issues and every row for a clean set of files', () => {
    const { dataset, issues } = buildDataset(CLEAN);
    expect(issues).toEqual([]);
    expect(dataset.sources.map((s) => s.source_id)).toEqual(['cgtn-2019-04-23', 'tass-2021-02-19']);
    expect(dataset.targets.map((t) => [t.target_id, t.supersedes])).toEqual([
      ['original-2014', undefined],
      ['revised-2015', 'original-2014'],
    ]);
    expect(dataset.trade.map((t) => t.value_usd)).toEqual([84000000, 42740000]);
    expect(dataset.events.map((e) => e.date)).toEqual(['2014']);
  });

  it('reports an unknown source_id in targets.csv as foreign-key at its line and column', () => {
    const targets = `${CLEAN['targets.csv']}\nthird-2016,Third target,article,reported,,2016,2020,300000000,,rt-2016,q,`;
    const { issues } = buildDataset(withFile('targets.csv', targets));
    expect(issues).toEqual([
      {
        file: 'targets.csv',
        line: 4,
        column: 'source_id',
        columnNumber: 10,
        value: 'rt-2016',
        code: 'foreign-key',
        message: "'rt-2016' is not a source_id in sources.csv: add that source there, or correct the id.",
      },
    ]);
  });

  it('reports an unknown source_id in trade.csv as foreign-key', () => {
    const trade = CLEAN['trade.csv'].replace('tass-2021-02-19', 'tass-2021-02-20');
    expect(located(withFile('trade.csv', trade))).toEqual([
      {
        file: 'trade.csv',
        code: 'foreign-key',
        line: 3,
        column: 'source_id',
        columnNumber: 7,
        value: 'tass-2021-02-20',
      },
    ]);
  });

  it('reports an unknown source_id in events.csv as foreign-key', () => {
    const events = `${CLEAN['events.csv']}\n2018-05,month,Lavrov visits,diplomacy,article,false,text,cgtn-2019-04-24,last May`;
    expect(located(withFile('events.csv', events))).toEqual([
      {
        file: 'events.csv',
        code: 'foreign-key',
        line: 3,
        column: 'source_id',
        columnNumber: 8,
        value: 'cgtn-2019-04-24',
      },
    ]);
  });

  it('reports a source removed from sources.csv in every file that cites it', () => {
    const sources = CLEAN['sources.csv']
      .split('\n')
      .filter((line) => !line.startsWith('cgtn-'))
      .join('\n');
    expect(located(withFile('sources.csv', sources))).toEqual([
      {
        file: 'targets.csv',
        code: 'foreign-key',
        line: 2,
        column: 'source_id',
        columnNumber: 10,
        value: 'cgtn-2019-04-23',
      },
      {
        file: 'targets.csv',
        code: 'foreign-key',
        line: 3,
        column: 'source_id',
        columnNumber: 10,
        value: 'cgtn-2019-04-23',
      },
      {
        file: 'trade.csv',
        code: 'foreign-key',
        line: 2,
        column: 'source_id',
        columnNumber: 7,
        value: 'cgtn-2019-04-23',
      },
      {
        file: 'events.csv',
        code: 'foreign-key',
        line: 2,
        column: 'source_id',
        columnNumber: 8,
        value: 'cgtn-2019-04-23',
      },
    ]);
  });

  it('reports supersedes naming an unknown target as foreign-key on supersedes', () => {
    const targets = CLEAN['targets.csv'].replace(',original-2014,cgtn', ',original-2013,cgtn');
    const { issues } = buildDataset(withFile('targets.csv', targets));
    expect(issues).toEqual([
      {
        file: 'targets.csv',
        line: 3,
        column: 'supersedes',
        columnNumber: 9,
        value: 'original-2013',
        code: 'foreign-key',
        message:
          "'original-2013' is not a target_id in targets.csv: name the target this one replaces, or leave the cell empty.",
      },
    ]);
  });

  it('keeps the issues of each file with that file name', () => {
    const trade = `${CLEAN['trade.csv']}\n2019,47.9m,context,reported,ITC,,tass-2021-02-19,q,`;
    expect(located(withFile('trade.csv', trade))).toEqual([
      { file: 'trade.csv', code: 'type-error', line: 4, column: 'value_usd', columnNumber: 2, value: '47.9m' },
    ]);
  });
});
