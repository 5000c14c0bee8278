import { describe, it, expect } from 'vitest';
import { parseCsv } from './parse';
import { writeCsv } from './write';

describe('writeCsv: layout and quoting', () => {
  it('writes the header and each row, every line ended by CRLF', () => {
    expect(
      writeCsv(
        ['year', 'value_usd'],
        [
          { year: 2015, value_usd: 84000000 },
          { year: 2020, value_usd: 42740000 },
        ],
      ),
    ).toBe('year,value_usd\r\n2015,84000000\r\n2020,42740000\r\n');
  });

  it('writes the header alone when there are no rows', () => {
    expect(writeCsv(['year', 'value_usd'], [])).toBe('year,value_usd\r\n');
  });

  it('writes columns in the order given, whatever the order of the keys', () => {
    expect(writeCsv(['b', 'a'], [{ a: 1, b: 2 }])).toBe('b,a\r\n2,1\r\n');
  });

  it('quotes a cell holding a comma', () => {
    expect(writeCsv(['quote'], [{ quote: 'just 84 million, less than one-third' }])).toBe(
      'quote\r\n"just 84 million, less than one-third"\r\n',
    );
  });

  it('quotes a cell holding a double quote and doubles the quote', () => {
    expect(writeCsv(['quote'], [{ quote: 'sanctions "is useless"' }])).toBe('quote\r\n"sanctions ""is useless"""\r\n');
  });

  it('quotes a cell holding a newline and keeps the newline', () => {
    expect(writeCsv(['quote'], [{ quote: 'line one\nline two' }])).toBe('quote\r\n"line one\nline two"\r\n');
  });

  it('writes null and undefined as empty cells, never 0', () => {
    expect(writeCsv(['a', 'b', 'c'], [{ a: null, b: undefined, c: 'x' }, { c: 'y' }])).toBe('a,b,c\r\n,,x\r\n,,y\r\n');
  });
});

describe('writeCsv: formula neutralisation', () => {
  it.each([
    ['=SUM(A1:A2)', `"'=SUM(A1:A2)"`],
    ['+1+cmd', `"'+1+cmd"`],
    ['-1+1|cmd', `"'-1+1|cmd"`],
    ['-1\n=2', `"'-1\n=2"`],
    ['@cmd', `"'@cmd"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
  ])('prefixes the text cell %j with an apostrophe', (text, written) => {
    expect(writeCsv(['note'], [{ note: text }])).toBe(`note\r\n${written}\r\n`);
  });

  it('neutralises a multi-line cell that starts with =', () => {
    expect(writeCsv(['note'], [{ note: '=1\n2' }])).toBe(`note\r\n"'=1\n2"\r\n`);
  });

  it('leaves text that is only a signed number as it is: it cannot run, and the value must match the file', () => {
    expect(writeCsv(['value'], [{ value: '-5000000' }, { value: '+84' }, { value: '-0.5' }])).toBe(
      'value\r\n-5000000\r\n+84\r\n-0.5\r\n',
    );
  });

  it('leaves a trigger character inside a cell alone', () => {
    expect(writeCsv(['note'], [{ note: 'a=b' }, { note: 'e-mail@x' }])).toBe('note\r\na=b\r\ne-mail@x\r\n');
  });

  it('writes numbers, negative ones included, as plain numbers', () => {
    expect(writeCsv(['value', 'change', 'ratio'], [{ value: 84000000, change: -416000000, ratio: -0.108 }])).toBe(
      'value,change,ratio\r\n84000000,-416000000,-0.108\r\n',
    );
  });

  it('writes booleans as true and false', () => {
    expect(writeCsv(['highlight'], [{ highlight: true }, { highlight: false }])).toBe('highlight\r\ntrue\r\nfalse\r\n');
  });
});

describe('writeCsv then parseCsv', () => {
  it('gives back the same cells', () => {
    const columns = ['year', 'publisher', 'quote', 'note'];
    const rows = [
      { year: 2015, publisher: 'KOTRA', quote: 'just 84 million, less than one-third', note: null },
      {
        year: 2015,
        publisher: 'International Trade Centre',
        quote: '"5,72 millions de dollars" … "77,50 millions"',
        note: 'two\nlines',
      },
      { year: 2020, publisher: ' spaced ', quote: 'it said "a,b"\nthen\n\nmore', note: '' },
    ];
    const parsed = parseCsv(writeCsv(columns, rows));
    expect(parsed.formatErrors).toEqual([]);
    const [header, ...records] = parsed.records.map((record) => record.cells);
    // The last record is the one empty cell after the final newline.
    expect(records.pop()).toEqual(['']);
    expect(header).toEqual(columns);
    expect(records).toEqual(rows.map((row) => columns.map((column) => String(row[column as keyof typeof row] ?? ''))));
  });

  it('reads back a neutralised cell with its apostrophe', () => {
    const parsed = parseCsv(writeCsv(['note'], [{ note: '=HYPERLINK("http://x")' }]));
    expect(parsed.records.map((record) => record.cells)).toEqual([['note'], [`'=HYPERLINK("http://x")`], ['']]);
  });
});
