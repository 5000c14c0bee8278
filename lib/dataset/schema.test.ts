import { describe, it, expect } from 'vitest';
import type { z } from '../csv/zod';
import { dataTables, type DataFileName } from './tables';
import type { TableSchema } from '../csv/table-schema';
import { validateTable } from '../csv/validate-table';

/*
 * Cell rules of each data file, seen as a user sees them: one issue with its
 * code, line, column and the value as written.
 */

const HEADERS: Record<DataFileName, string> = {
  'sources.csv': 'source_id,title,publisher,author,published,url,note',
  'targets.csv': 'target_id,label,set_in,target_year,value_usd,supersedes,source_id,quote',
  'trade.csv': 'year,value_usd,basis,publisher,source_id,quote,note',
  'events.csv': 'date,precision,title,category,highlight,source_id,quote',
};

/** Only the issues are read here, so the four schemas can share one type. */
const SCHEMAS: Record<DataFileName, TableSchema<z.ZodObject>> = dataTables;

function issuesFor(file: DataFileName, row: string) {
  return validateTable(file, `${HEADERS[file]}\n${row}\n`, SCHEMAS[file]).issues;
}

function located(file: DataFileName, row: string) {
  return issuesFor(file, row).map(({ code, line, column, columnNumber, value }) => ({
    code,
    line,
    column,
    columnNumber,
    value,
  }));
}

const valueUsd = (value: string) => ({ code: 'type-error', line: 2, column: 'value_usd', columnNumber: 2, value });

describe('trade.csv value_usd: whole US dollars as digits only', () => {
  it.each([
    ['84m', "'84m' uses a unit: write the full amount in whole US dollars (e.g. 84000000 for US$84 million)."],
    ['84,000,000', "'84,000,000' has thousands separators: write digits only (e.g. 84000000)."],
    ['$84', "'$84' includes a currency: write digits only, in whole US dollars (e.g. 84000000)."],
    [
      '84.5',
      "'84.5' is not a whole number of US dollars: round to whole dollars (e.g. 84500000 if you mean US$84.5 million).",
    ],
    ['84000000.50', "'84000000.50' is not a whole number of US dollars: round to whole dollars (e.g. 84000001)."],
  ])('rejects %s as a type-error with a message saying how to write it', (written, message) => {
    const quoted = written.includes(',') ? `"${written}"` : written;
    const issues = issuesFor('trade.csv', `2015,${quoted},article,KOTRA,cgtn-2019-04-23,q,`);
    expect(
      issues.map(({ code, line, column, columnNumber, value }) => ({ code, line, column, columnNumber, value })),
    ).toEqual([valueUsd(written)]);
    expect(issues[0]?.message).toBe(message);
  });

  it('rejects a negative value as a constraint-error', () => {
    expect(located('trade.csv', '2015,-84000000,article,KOTRA,cgtn-2019-04-23,q,')).toEqual([
      { code: 'constraint-error', line: 2, column: 'value_usd', columnNumber: 2, value: '-84000000' },
    ]);
  });

  it('rejects an empty value as a constraint-error, not a zero', () => {
    const issues = issuesFor('trade.csv', '2015,,article,KOTRA,cgtn-2019-04-23,q,');
    expect(issues.map(({ code, column, columnNumber, value }) => ({ code, column, columnNumber, value }))).toEqual([
      { code: 'constraint-error', column: 'value_usd', columnNumber: 2, value: '' },
    ]);
    expect(issues[0]?.message).toBe('The cell is empty: this column needs a value.');
  });

  it('accepts zero', () => {
    expect(issuesFor('trade.csv', '2016,0,context,KOTRA,cgtn-2019-04-23,q,')).toEqual([]);
  });
});

describe('trade.csv year, basis, publisher, source_id', () => {
  it('rejects a year that is not four digits as a type-error', () => {
    const issues = issuesFor('trade.csv', 'abc,84000000,article,KOTRA,cgtn-2019-04-23,q,');
    expect(
      issues.map(({ code, line, column, columnNumber, value }) => ({ code, line, column, columnNumber, value })),
    ).toEqual([{ code: 'type-error', line: 2, column: 'year', columnNumber: 1, value: 'abc' }]);
    expect(issues[0]?.message).toBe("'abc' is not a year: write four digits (e.g. 2015).");
  });

  it('rejects the year 1800 as a constraint-error', () => {
    const issues = issuesFor('trade.csv', '1800,84000000,article,KOTRA,cgtn-2019-04-23,q,');
    expect(issues.map(({ code, column, columnNumber, value }) => ({ code, column, columnNumber, value }))).toEqual([
      { code: 'constraint-error', column: 'year', columnNumber: 1, value: '1800' },
    ]);
    expect(issues[0]?.message).toBe("'1800' is outside the plausible range 1950–2100: check the year.");
  });

  it('rejects a basis other than article or context as a constraint-error', () => {
    const issues = issuesFor('trade.csv', '2015,84000000,estimate,KOTRA,cgtn-2019-04-23,q,');
    expect(issues.map(({ code, column, columnNumber, value }) => ({ code, column, columnNumber, value }))).toEqual([
      { code: 'constraint-error', column: 'basis', columnNumber: 3, value: 'estimate' },
    ]);
    expect(issues[0]?.message).toBe("'estimate' is not allowed here: write one of article, context.");
  });

  it('rejects an empty publisher as a constraint-error', () => {
    expect(located('trade.csv', '2015,84000000,article,,cgtn-2019-04-23,q,')).toEqual([
      { code: 'constraint-error', line: 2, column: 'publisher', columnNumber: 4, value: '' },
    ]);
  });

  it('rejects a source_id that is not a slug as a constraint-error', () => {
    expect(located('trade.csv', '2015,84000000,article,KOTRA,CGTN 2019,q,')).toEqual([
      { code: 'constraint-error', line: 2, column: 'source_id', columnNumber: 5, value: 'CGTN 2019' },
    ]);
    expect(located('trade.csv', '2015,84000000,article,KOTRA,cgtn--2019,q,')).toEqual([
      { code: 'constraint-error', line: 2, column: 'source_id', columnNumber: 5, value: 'cgtn--2019' },
    ]);
  });

  it('reports every bad cell of a row, each in its own column', () => {
    expect(located('trade.csv', '15,84m,article,KOTRA,cgtn-2019-04-23,,')).toEqual([
      { code: 'type-error', line: 2, column: 'year', columnNumber: 1, value: '15' },
      { code: 'type-error', line: 2, column: 'value_usd', columnNumber: 2, value: '84m' },
      { code: 'constraint-error', line: 2, column: 'quote', columnNumber: 6, value: '' },
    ]);
  });
});

describe('targets.csv', () => {
  it('rejects a target_year before set_in as a constraint-error on target_year', () => {
    const issues = issuesFor('targets.csv', 'revised-2015,Revised target,2015,2014,500000000,,cgtn-2019-04-23,q');
    expect(
      issues.map(({ code, line, column, columnNumber, value }) => ({ code, line, column, columnNumber, value })),
    ).toEqual([{ code: 'constraint-error', line: 2, column: 'target_year', columnNumber: 4, value: '2014' }]);
    expect(issues[0]?.message).toBe('is before set_in: a target is set for a later year than the one it is set in.');
  });

  it('rejects a target_id with capitals or spaces as a constraint-error', () => {
    expect(located('targets.csv', 'Revised 2015,Revised target,2015,2020,500000000,,cgtn-2019-04-23,q')).toEqual([
      { code: 'constraint-error', line: 2, column: 'target_id', columnNumber: 1, value: 'Revised 2015' },
    ]);
  });

  it('rejects a supersedes cell that is not a slug', () => {
    expect(
      located('targets.csv', 'revised-2015,Revised target,2015,2020,500000000,Original_2014,cgtn-2019-04-23,q'),
    ).toEqual([{ code: 'constraint-error', line: 2, column: 'supersedes', columnNumber: 6, value: 'Original_2014' }]);
  });
});

describe('events.csv', () => {
  const event = (date: string, precision: string) => `${date},${precision},Meeting,economy,false,cgtn-2019-04-23,q`;

  it('rejects a date that is not on the calendar as a type-error', () => {
    const issues = issuesFor('events.csv', event('2017-02-30', 'day'));
    expect(
      issues.map(({ code, line, column, columnNumber, value }) => ({ code, line, column, columnNumber, value })),
    ).toEqual([{ code: 'type-error', line: 2, column: 'date', columnNumber: 1, value: '2017-02-30' }]);
    expect(issues[0]?.message).toBe(
      "'2017-02-30' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2017, 2017-09 or 2018-03-22).",
    );
  });

  it.each(['2017-13', '22/03/2018', '2018-3-22'])('rejects the date %s as a type-error', (date) => {
    expect(located('events.csv', event(date, 'day'))).toEqual([
      { code: 'type-error', line: 2, column: 'date', columnNumber: 1, value: date },
    ]);
  });

  it.each([
    ['2017', 'year'],
    ['2017-09', 'month'],
    ['2018-03-22', 'day'],
  ])('accepts %s with precision %s', (date, precision) => {
    expect(issuesFor('events.csv', event(date, precision))).toEqual([]);
  });

  it.each([
    ['2017-09', 'day'],
    ['2018-03-22', 'year'],
    ['2017', 'month'],
  ])('rejects %s with precision %s as a constraint-error on precision', (date, precision) => {
    expect(located('events.csv', event(date, precision))).toEqual([
      { code: 'constraint-error', line: 2, column: 'precision', columnNumber: 2, value: precision },
    ]);
  });

  it('rejects a precision that is not year, month or day', () => {
    expect(located('events.csv', event('2017-09', 'week'))).toEqual([
      { code: 'constraint-error', line: 2, column: 'precision', columnNumber: 2, value: 'week' },
    ]);
  });

  it('rejects a highlight that is not true or false as a type-error', () => {
    expect(located('events.csv', '2017,year,Debt,economy,yes,cgtn-2019-04-23,q')).toEqual([
      { code: 'type-error', line: 2, column: 'highlight', columnNumber: 5, value: 'yes' },
    ]);
  });
});

describe('sources.csv', () => {
  const source = (published: string, url: string) =>
    `cgtn-2019-04-23,What Kim wants,CGTN,Cheng Xiaohe,${published},${url},`;

  it.each(['news.cgtn.com/news/x', 'not a link', 'ftp://news.cgtn.com/x'])(
    'rejects the url %s as a type-error',
    (url) => {
      const issues = issuesFor('sources.csv', source('2019-04-23', url));
      expect(
        issues.map(({ code, line, column, columnNumber, value }) => ({ code, line, column, columnNumber, value })),
      ).toEqual([{ code: 'type-error', line: 2, column: 'url', columnNumber: 6, value: url }]);
      expect(issues[0]?.message).toBe(
        `'${url}' is not a web address: write the full link, starting with https:// or http://.`,
      );
    },
  );

  it('rejects a published date that is only a month as a type-error', () => {
    expect(located('sources.csv', source('2019-04', 'https://news.cgtn.com/x'))).toEqual([
      { code: 'type-error', line: 2, column: 'published', columnNumber: 5, value: '2019-04' },
    ]);
  });

  it('accepts http and https links and an empty published date', () => {
    expect(issuesFor('sources.csv', source('', 'http://usasiajournal.com/?p=35375'))).toEqual([]);
    expect(issuesFor('sources.csv', source('2019-04-23', 'https://news.cgtn.com/x'))).toEqual([]);
  });
});
