import { describe, it, expect } from 'vitest';
import { dataTables, type DataFileName } from './tables';
import type { ValidationIssue } from '../csv/issues';
import { validateTable } from '../csv/validate-table';

/*
 * Structure of a file: tokenising, header, row shape, unique keys and the editor
 * line each issue points at. Cell rules are in schema.test.ts.
 */

const TRADE_HEADER = 'year,value_usd,basis,kind,producer,derived_from,source_id,quote,note';
const TRADE_ROW = '2015,84000000,article,reported,KOTRA,,cgtn-2019-04-23,just 84 million,';

const trade = (text: string) => validateTable('trade.csv', text, dataTables['trade.csv']);
const targets = (text: string) => validateTable('targets.csv', text, dataTables['targets.csv']);
const sources = (text: string) => validateTable('sources.csv', text, dataTables['sources.csv']);

function issuesOf(file: DataFileName, text: string): ValidationIssue[] {
  switch (file) {
    case 'trade.csv':
      return trade(text).issues;
    case 'targets.csv':
      return targets(text).issues;
    case 'sources.csv':
      return sources(text).issues;
    case 'events.csv':
      return validateTable(file, text, dataTables[file]).issues;
  }
}

/** What a reader of the report acts on, without the wording of the message. */
function located(file: DataFileName, text: string) {
  return issuesOf(file, text).map(({ code, line, column, columnNumber, value }) => ({
    code,
    line,
    column,
    columnNumber,
    value,
  }));
}

describe('validateTable: a clean file', () => {
  it('returns the typed row with its line and no issues', () => {
    const result = trade(`${TRADE_HEADER}\n${TRADE_ROW}\n`);
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        value: {
          year: 2015,
          value_usd: 84000000,
          basis: 'article',
          kind: 'reported',
          producer: 'KOTRA',
          derived_from: undefined,
          source_id: 'cgtn-2019-04-23',
          quote: 'just 84 million',
          note: undefined,
        },
      },
    ]);
  });

  it('reads an empty optional cell as undefined, never 0 or an empty string', () => {
    const result = sources(
      'source_id,title,publisher,author,published,language,url,note\nkbs-fr-51716,Report,KBS World,,,fr,http://world.kbs.co.kr/x,\n',
    );
    expect(result.issues).toEqual([]);
    const source = result.rows[0]?.value;
    expect(source).toBeDefined();
    expect(source?.author).toBeUndefined();
    expect(source?.published).toBeUndefined();
    expect(source?.note).toBeUndefined();
    expect(Object.values(source ?? {})).not.toContain('');
    expect(Object.values(source ?? {})).not.toContain(0);
  });

  it('reads an empty supersedes cell as undefined', () => {
    const result = targets(
      'target_id,label,basis,kind,set_by,set_in,target_year,value_usd,supersedes,source_id,quote,note\noriginal-2014,Original target,article,reported,,2014,2020,1000000000,,cgtn-2019-04-23,one billion,\n',
    );
    expect(result.issues).toEqual([]);
    expect(result.rows[0]?.value.supersedes).toBeUndefined();
  });

  it('does not report the newline that ends the last row as a blank row', () => {
    expect(trade(`${TRADE_HEADER}\n${TRADE_ROW}\n`).issues).toEqual([]);
    expect(trade(`${TRADE_HEADER}\n${TRADE_ROW}`).issues).toEqual([]);
  });

  it('accepts a header-only file as a file with no rows', () => {
    expect(trade(`${TRADE_HEADER}\n`)).toEqual({ rows: [], issues: [] });
  });
});

describe('validateTable: format-error', () => {
  it('reports an unterminated quote on the line where the quote opens', () => {
    const text = `${TRADE_HEADER}\n${TRADE_ROW}\n2018,34000000,context,statement,Kremlin,,tass-2019-04-23,"amounted only to,\n`;
    const result = trade(text);
    const formatErrors = result.issues.filter((issue) => issue.code === 'format-error');
    expect(formatErrors).toEqual([
      {
        file: 'trade.csv',
        line: 3,
        column: '',
        columnNumber: null,
        value: null,
        code: 'format-error',
        message:
          'The CSV cannot be read from here: Quoted field unterminated. Check that every opening quote has a closing quote.',
      },
    ]);
    expect(result.rows.map((row) => row.line)).toEqual([2]);
  });
});

describe('validateTable: header labels', () => {
  it('reports an empty file as missing-label on line 1', () => {
    expect(trade('')).toEqual({
      rows: [],
      issues: [
        {
          file: 'trade.csv',
          line: 1,
          column: '',
          columnNumber: null,
          value: null,
          code: 'missing-label',
          message:
            'The file is empty: its first line must be the header year,value_usd,basis,kind,producer,derived_from,source_id,quote,note.',
        },
      ],
    });
  });

  it('reports a file holding only a byte order mark as empty', () => {
    expect(located('trade.csv', '\uFEFF')).toEqual([
      { code: 'missing-label', line: 1, column: '', columnNumber: null, value: null },
    ]);
  });

  it('reports each column absent from the header by name', () => {
    const result = trade(
      'year,value_usd,basis,kind,producer,derived_from,source_id,quote\n2015,84000000,article,reported,KOTRA,,cgtn-2019-04-23,q\n',
    );
    expect(result.issues).toEqual([
      {
        file: 'trade.csv',
        line: 1,
        column: 'note',
        columnNumber: null,
        value: null,
        code: 'missing-label',
        message:
          "The header has no 'note' column: add it. The header should be year,value_usd,basis,kind,producer,derived_from,source_id,quote,note.",
      },
    ]);
    expect(result.rows).toEqual([]);
  });

  it('reports a repeated label at its second position', () => {
    expect(located('trade.csv', `${TRADE_HEADER},year\n`)).toEqual([
      { code: 'duplicate-label', line: 1, column: 'year', columnNumber: 10, value: 'year' },
    ]);
  });

  it('reports an unknown label and still reads the rows', () => {
    const result = trade(`${TRADE_HEADER},comment\n${TRADE_ROW},hello\n`);
    expect(
      result.issues.map(({ code, line, column, columnNumber, value }) => ({ code, line, column, columnNumber, value })),
    ).toEqual([{ code: 'extra-label', line: 1, column: 'comment', columnNumber: 10, value: 'comment' }]);
    expect(result.rows.map((row) => row.value.value_usd)).toEqual([84000000]);
  });
});

describe('validateTable: row shape', () => {
  it('reports an empty line between rows as blank-row on that line', () => {
    expect(
      located(
        'trade.csv',
        `${TRADE_HEADER}\n${TRADE_ROW}\n\n2018,34000000,context,statement,Kremlin,,tass-2019-04-23,q,\n`,
      ),
    ).toEqual([{ code: 'blank-row', line: 3, column: '', columnNumber: null, value: null }]);
  });

  it('reports a row of empty cells as blank-row', () => {
    expect(located('trade.csv', `${TRADE_HEADER}\n,,,,,,,,\n`)).toEqual([
      { code: 'blank-row', line: 2, column: '', columnNumber: null, value: null },
    ]);
  });

  it('reports an extra empty line at the end of the file as blank-row', () => {
    expect(located('trade.csv', `${TRADE_HEADER}\n${TRADE_ROW}\n\n`)).toEqual([
      { code: 'blank-row', line: 3, column: '', columnNumber: null, value: null },
    ]);
  });

  it('reports a short row as missing-cell naming the first absent column', () => {
    const result = trade(`${TRADE_HEADER}\n2015,84000000,article,reported,KOTRA,,cgtn-2019-04-23,q\n`);
    expect(result.issues).toEqual([
      {
        file: 'trade.csv',
        line: 2,
        column: 'note',
        columnNumber: 9,
        value: null,
        code: 'missing-cell',
        message:
          "This row has 8 cells but the header has 9: add the missing 'note' cell (leave it empty if the value is unknown).",
      },
    ]);
  });

  it('reports an unquoted comma in a value as extra-cell with the first surplus cell', () => {
    expect(
      located(
        'trade.csv',
        `${TRADE_HEADER}\n2015,84000000,article,reported,KOTRA,,cgtn-2019-04-23,just 84 million, less than one-third,\n`,
      ),
    ).toEqual([{ code: 'extra-cell', line: 2, column: '', columnNumber: 10, value: '' }]);
    expect(located('trade.csv', `${TRADE_HEADER}\n${TRADE_ROW},surplus\n`)).toEqual([
      { code: 'extra-cell', line: 2, column: '', columnNumber: 10, value: 'surplus' },
    ]);
  });
});

describe('validateTable: unique-error', () => {
  it('reports a second row for the same year, producer and report, naming the first line', () => {
    const text = `${TRADE_HEADER}\n${TRADE_ROW}\n2014,92340000,context,reported,KOTRA,,usasiajournal-35375,q,\n2015,83000000,context,reported,KOTRA,,cgtn-2019-04-23,q,\n`;
    const result = trade(text);
    expect(result.issues).toEqual([
      {
        file: 'trade.csv',
        line: 4,
        column: 'year',
        columnNumber: 1,
        value: '2015',
        code: 'unique-error',
        message:
          "year '2015', producer 'KOTRA' and source_id 'cgtn-2019-04-23' already appear on line 2: each row needs a different year, producer and source_id.",
      },
    ]);
    expect(result.rows.map((row) => row.line)).toEqual([2, 3]);
  });

  it('keeps two values for one year from two producers, and two reports of one producer’s figure', () => {
    const text = `${TRADE_HEADER}\n${TRADE_ROW}\n2015,80040371,context,reported,Russian customs service,,rfa-ko-2018-02-21,q,\n2015,84000000,context,reported,KOTRA,,usasiajournal-35375,q,\n`;
    const result = trade(text);
    expect(result.issues).toEqual([]);
    expect(result.rows.map((row) => row.value.value_usd)).toEqual([84000000, 80040371, 84000000]);
  });

  it('reports a repeated target_id', () => {
    const header = 'target_id,label,basis,kind,set_by,set_in,target_year,value_usd,supersedes,source_id,quote,note';
    const row = 'revised-2015,Revised target,article,reported,,2015,2020,500000000,,cgtn-2019-04-23,half a billion,';
    expect(located('targets.csv', `${header}\n${row}\n${row}\n`)).toEqual([
      { code: 'unique-error', line: 3, column: 'target_id', columnNumber: 1, value: 'revised-2015' },
    ]);
  });
});

describe('validateTable: editor line numbers', () => {
  const multiLine = `${TRADE_HEADER}\n2015,84000000,article,reported,KOTRA,,cgtn-2019-04-23,"first line\nsecond line\nthird line",\n2018,34m,context,statement,Kremlin,,tass-2019-04-23,q,\n`;

  it('counts the lines of a quoted cell that spans several lines', () => {
    const result = trade(multiLine);
    expect(result.rows[0]?.value.quote).toBe('first line\nsecond line\nthird line');
    expect(located('trade.csv', multiLine)).toEqual([
      { code: 'type-error', line: 5, column: 'value_usd', columnNumber: 2, value: '34m' },
    ]);
  });

  it('gives the same lines with CRLF line endings, and keeps no CR in cells', () => {
    const crlf = multiLine.replace(/\n/g, '\r\n');
    const result = trade(crlf);
    expect(result.rows[0]?.value.quote).toBe('first line\nsecond line\nthird line');
    expect(located('trade.csv', crlf)).toEqual([
      { code: 'type-error', line: 5, column: 'value_usd', columnNumber: 2, value: '34m' },
    ]);
  });

  it('reads a header that starts with a UTF-8 byte order mark', () => {
    const result = trade(
      `\uFEFF${TRADE_HEADER}\n${TRADE_ROW}\n2018,34m,context,statement,Kremlin,,tass-2019-04-23,q,\n`,
    );
    expect(result.rows.map((row) => row.value.year)).toEqual([2015]);
    expect(result.issues.map(({ code, line, column }) => ({ code, line, column }))).toEqual([
      { code: 'type-error', line: 3, column: 'value_usd' },
    ]);
  });

  it('gives the line of a row after a multi-line cell that is the last of its row', () => {
    const header = 'date,precision,title,category,basis,highlight,date_from,source_id,quote';
    const text = `${header}\n2014,year,Debt,economy,article,true,text,cgtn-2019-04-23,"In 2014,\nRussia"\n2017-02-30,day,Bad,economy,article,true,text,cgtn-2019-04-23,q\n`;
    expect(located('events.csv', text)).toEqual([
      { code: 'type-error', line: 4, column: 'date', columnNumber: 1, value: '2017-02-30' },
    ]);
  });
});
