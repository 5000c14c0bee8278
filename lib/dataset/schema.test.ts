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
  'sources.csv': 'source_id,title,publisher,author,published,language,url,note',
  'targets.csv': 'target_id,label,basis,kind,set_by,set_in,target_year,value_usd,supersedes,source_id,quote,note',
  'trade.csv': 'year,value_usd,basis,kind,producer,derived_from,source_id,quote,note',
  'events.csv': 'date,precision,title,category,basis,highlight,date_from,source_id,quote',
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
    const issues = issuesFor('trade.csv', `2015,${quoted},article,reported,KOTRA,,cgtn-2019-04-23,q,`);
    expect(
      issues.map(({ code, line, column, columnNumber, value }) => ({ code, line, column, columnNumber, value })),
    ).toEqual([valueUsd(written)]);
    expect(issues[0]?.message).toBe(message);
  });

  it('rejects a negative value as a constraint-error', () => {
    expect(located('trade.csv', '2015,-84000000,article,reported,KOTRA,,cgtn-2019-04-23,q,')).toEqual([
      { code: 'constraint-error', line: 2, column: 'value_usd', columnNumber: 2, value: '-84000000' },
    ]);
  });

  it('rejects an empty value as a constraint-error, not a zero', () => {
    const issues = issuesFor('trade.csv', '2015,,article,reported,KOTRA,,cgtn-2019-04-23,q,');
    expect(issues.map(({ code, column, columnNumber, value }) => ({ code, column, columnNumber, value }))).toEqual([
      { code: 'constraint-error', column: 'value_usd', columnNumber: 2, value: '' },
    ]);
    expect(issues[0]?.message).toBe('The cell is empty: this column needs a value.');
  });

  it('accepts zero', () => {
    expect(issuesFor('trade.csv', '2016,0,context,reported,KOTRA,,cgtn-2019-04-23,q,')).toEqual([]);
  });
});

describe('trade.csv year, basis, producer, source_id', () => {
  it('rejects a year that is not four digits as a type-error', () => {
    const issues = issuesFor('trade.csv', 'abc,84000000,article,reported,KOTRA,,cgtn-2019-04-23,q,');
    expect(
      issues.map(({ code, line, column, columnNumber, value }) => ({ code, line, column, columnNumber, value })),
    ).toEqual([{ code: 'type-error', line: 2, column: 'year', columnNumber: 1, value: 'abc' }]);
    expect(issues[0]?.message).toBe("'abc' is not a year: write four digits (e.g. 2015).");
  });

  it('rejects the year 1800 as a constraint-error', () => {
    const issues = issuesFor('trade.csv', '1800,84000000,article,reported,KOTRA,,cgtn-2019-04-23,q,');
    expect(issues.map(({ code, column, columnNumber, value }) => ({ code, column, columnNumber, value }))).toEqual([
      { code: 'constraint-error', column: 'year', columnNumber: 1, value: '1800' },
    ]);
    expect(issues[0]?.message).toBe("'1800' is outside the plausible range 1950–2100: check the year.");
  });

  it('rejects a basis other than article or context as a constraint-error', () => {
    const issues = issuesFor('trade.csv', '2015,84000000,estimate,reported,KOTRA,,cgtn-2019-04-23,q,');
    expect(issues.map(({ code, column, columnNumber, value }) => ({ code, column, columnNumber, value }))).toEqual([
      { code: 'constraint-error', column: 'basis', columnNumber: 3, value: 'estimate' },
    ]);
    expect(issues[0]?.message).toBe("'estimate' is not allowed here: write one of article, context.");
  });

  it('rejects an empty producer as a constraint-error', () => {
    expect(located('trade.csv', '2015,84000000,article,reported,,,cgtn-2019-04-23,q,')).toEqual([
      { code: 'constraint-error', line: 2, column: 'producer', columnNumber: 5, value: '' },
    ]);
  });

  it('rejects a source_id that is not a slug as a constraint-error', () => {
    expect(located('trade.csv', '2015,84000000,article,reported,KOTRA,,CGTN 2019,q,')).toEqual([
      { code: 'constraint-error', line: 2, column: 'source_id', columnNumber: 7, value: 'CGTN 2019' },
    ]);
    expect(located('trade.csv', '2015,84000000,article,reported,KOTRA,,cgtn--2019,q,')).toEqual([
      { code: 'constraint-error', line: 2, column: 'source_id', columnNumber: 7, value: 'cgtn--2019' },
    ]);
  });

  it('reports every bad cell of a row, each in its own column', () => {
    expect(located('trade.csv', '15,84m,article,reported,KOTRA,,cgtn-2019-04-23,,')).toEqual([
      { code: 'type-error', line: 2, column: 'year', columnNumber: 1, value: '15' },
      { code: 'type-error', line: 2, column: 'value_usd', columnNumber: 2, value: '84m' },
      { code: 'constraint-error', line: 2, column: 'quote', columnNumber: 8, value: '' },
    ]);
  });
});

describe('trade.csv kind and derived_from: what kind of figure, and how a derived one was computed', () => {
  const row = (kind: string, derivedFrom: string, value = '83220000') =>
    `2015,${value},context,${kind},International Trade Centre,${derivedFrom},kbs-fr-51716,q,`;

  it.each(['reported', 'estimate', 'statement'])('accepts %s with no derivation', (kind) => {
    expect(issuesFor('trade.csv', row(kind, ''))).toEqual([]);
  });

  it('accepts a derived figure whose named amounts add up to its value', () => {
    expect(issuesFor('trade.csv', row('derived', 'exports 5720000 + imports 77500000'))).toEqual([]);
  });

  it('rejects a kind that is not one of the four', () => {
    const issues = issuesFor('trade.csv', row('official', ''));
    expect(issues.map(({ code, column, columnNumber, value }) => ({ code, column, columnNumber, value }))).toEqual([
      { code: 'constraint-error', column: 'kind', columnNumber: 4, value: 'official' },
    ]);
    expect(issues[0]?.message).toBe(
      "'official' is not allowed here: write one of reported, derived, estimate, statement.",
    );
  });

  it('rejects a derived figure that does not say what it was derived from', () => {
    const issues = issuesFor('trade.csv', row('derived', ''));
    expect(issues.map(({ code, line, column, columnNumber }) => ({ code, line, column, columnNumber }))).toEqual([
      { code: 'constraint-error', line: 2, column: 'derived_from', columnNumber: 6 },
    ]);
    expect(issues[0]?.message).toBe(
      'is empty, but the figure is derived: write the amounts it adds up (e.g. exports 5720000 + imports 77500000).',
    );
  });

  it('rejects a derivation on a figure that is not derived', () => {
    const issues = issuesFor('trade.csv', row('reported', 'exports 5720000 + imports 77500000'));
    expect(issues.map(({ code, column, value }) => ({ code, column, value }))).toEqual([
      { code: 'constraint-error', column: 'derived_from', value: 'exports 5720000 + imports 77500000' },
    ]);
    expect(issues[0]?.message).toBe(
      'is only for a derived figure, and this one is reported: set kind to derived, or empty this cell.',
    );
  });

  it('rejects a derivation that is not a sum of named amounts, saying how to write one', () => {
    const issues = issuesFor('trade.csv', row('derived', '5.72 m + 77.50 m'));
    expect(issues.map(({ code, column, value }) => ({ code, column, value }))).toEqual([
      { code: 'type-error', column: 'derived_from', value: '5.72 m + 77.50 m' },
    ]);
    expect(issues[0]?.message).toBe(
      "'5.72 m + 77.50 m' is not a sum of named amounts: write each amount in whole US dollars after its name, joined by ' + ' (e.g. exports 5720000 + imports 77500000).",
    );
  });

  it('rejects a derivation that does not add up to the value, with the sum it gives', () => {
    const issues = issuesFor('trade.csv', row('derived', 'exports 5720000 + imports 77500000', '84000000'));
    expect(issues.map(({ code, column }) => ({ code, column }))).toEqual([
      { code: 'constraint-error', column: 'derived_from' },
    ]);
    expect(issues[0]?.message).toBe(
      'adds up to 83220000, not the value_usd 84000000: correct the amounts or the value.',
    );
  });
});

describe('targets.csv', () => {
  it('accepts a context target stated by an official, and rejects a kind a target cannot have', () => {
    expect(
      issuesFor(
        'targets.csv',
        'goal-2015,Goal for 2015,context,statement,A minister,2015,2015,300000000,,sbs-2015-02-24,q,',
      ),
    ).toEqual([]);
    expect(
      located('targets.csv', 'goal-2015,Goal for 2015,rumour,derived,,2015,2015,300000000,,sbs-2015-02-24,q,'),
    ).toEqual([
      { code: 'constraint-error', line: 2, column: 'basis', columnNumber: 3, value: 'rumour' },
      { code: 'constraint-error', line: 2, column: 'kind', columnNumber: 4, value: 'derived' },
    ]);
  });

  it('rejects a target_year before set_in as a constraint-error on target_year', () => {
    const issues = issuesFor(
      'targets.csv',
      'revised-2015,Revised target,article,reported,,2015,2014,500000000,,cgtn-2019-04-23,q,',
    );
    expect(
      issues.map(({ code, line, column, columnNumber, value }) => ({ code, line, column, columnNumber, value })),
    ).toEqual([{ code: 'constraint-error', line: 2, column: 'target_year', columnNumber: 7, value: '2014' }]);
    expect(issues[0]?.message).toBe('is before set_in: a target is set for a later year than the one it is set in.');
  });

  it('rejects a target_id with capitals or spaces as a constraint-error', () => {
    expect(
      located('targets.csv', 'Revised 2015,Revised target,article,reported,,2015,2020,500000000,,cgtn-2019-04-23,q,'),
    ).toEqual([{ code: 'constraint-error', line: 2, column: 'target_id', columnNumber: 1, value: 'Revised 2015' }]);
  });

  it('rejects a supersedes cell that is not a slug', () => {
    expect(
      located(
        'targets.csv',
        'revised-2015,Revised target,article,reported,,2015,2020,500000000,Original_2014,cgtn-2019-04-23,q,',
      ),
    ).toEqual([{ code: 'constraint-error', line: 2, column: 'supersedes', columnNumber: 9, value: 'Original_2014' }]);
  });
});

describe('events.csv', () => {
  const event = (date: string, precision: string) =>
    `${date},${precision},Meeting,economy,article,false,text,cgtn-2019-04-23,q`;

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
    expect(located('events.csv', '2017,year,Debt,economy,article,yes,text,cgtn-2019-04-23,q')).toEqual([
      { code: 'type-error', line: 2, column: 'highlight', columnNumber: 6, value: 'yes' },
    ]);
  });
});

describe('events.csv basis and date_from', () => {
  it('says where a date comes from, and refuses anything but text, caption or address', () => {
    const row = (dateFrom: string) =>
      `2019-02-28,day,Hanoi summit,diplomacy,article,false,${dateFrom},cgtn-2019-04-23,q`;
    expect(issuesFor('events.csv', row('caption'))).toEqual([]);
    expect(located('events.csv', row('photo'))).toEqual([
      { code: 'constraint-error', line: 2, column: 'date_from', columnNumber: 7, value: 'photo' },
    ]);
  });
});

describe('sources.csv', () => {
  const source = (published: string, url: string) =>
    `cgtn-2019-04-23,What Kim wants,CGTN,Cheng Xiaohe,${published},en,${url},`;

  it.each(['news.cgtn.com/news/x', 'not a link', 'ftp://news.cgtn.com/x'])(
    'rejects the url %s as a type-error',
    (url) => {
      const issues = issuesFor('sources.csv', source('2019-04-23', url));
      expect(
        issues.map(({ code, line, column, columnNumber, value }) => ({ code, line, column, columnNumber, value })),
      ).toEqual([{ code: 'type-error', line: 2, column: 'url', columnNumber: 7, value: url }]);
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

  it('rejects a language that is not a language tag, saying how to write one', () => {
    const issues = issuesFor('sources.csv', 'kbs-fr-51716,Report,KBS World,,,French,http://world.kbs.co.kr/x,');
    expect(issues.map(({ code, column, columnNumber, value }) => ({ code, column, columnNumber, value }))).toEqual([
      { code: 'constraint-error', column: 'language', columnNumber: 6, value: 'French' },
    ]);
    expect(issues[0]?.message).toBe(
      "'French' is not a language code: write the report's language as a BCP 47 tag (e.g. en, ko, ru or fr).",
    );
  });

  it('accepts http and https links and an empty published date', () => {
    expect(issuesFor('sources.csv', source('', 'http://usasiajournal.com/?p=35375'))).toEqual([]);
    expect(issuesFor('sources.csv', source('2019-04-23', 'https://news.cgtn.com/x'))).toEqual([]);
  });
});
