import { describe, it, expect } from 'vitest';
import { parseCsv } from './csv-parse';

describe('parseCsv', () => {
  it('splits the header from the records and gives each record its editor line', () => {
    expect(parseCsv('a,b\n1,2\n3,4\n')).toEqual({
      header: { line: 1, cells: ['a', 'b'] },
      records: [
        { line: 2, cells: ['1', '2'] },
        { line: 3, cells: ['3', '4'] },
      ],
      formatErrors: [],
    });
  });

  it('counts the lines inside quoted cells, whether or not the cell ends the row', () => {
    const parsed = parseCsv('a,b\n1,"x\ny"\n"p\nq\nr",2\n3,4\n');
    expect(parsed.records).toEqual([
      { line: 2, cells: ['1', 'x\ny'] },
      { line: 4, cells: ['p\nq\nr', '2'] },
      { line: 7, cells: ['3', '4'] },
    ]);
  });

  it('counts a multi-line header', () => {
    expect(parseCsv('a,"b\nc"\n1,2\n').records).toEqual([{ line: 3, cells: ['1', '2'] }]);
  });

  it('reads CRLF and lone CR line endings like LF', () => {
    const expected = [
      { line: 2, cells: ['1', 'x\ny'] },
      { line: 4, cells: ['3', '4'] },
    ];
    expect(parseCsv('a,b\r\n1,"x\r\ny"\r\n3,4\r\n').records).toEqual(expected);
    expect(parseCsv('a,b\r1,"x\ry"\r3,4\r').records).toEqual(expected);
  });

  it('drops a leading byte order mark', () => {
    expect(parseCsv('\uFEFFa,b\n1,2\n').header).toEqual({ line: 1, cells: ['a', 'b'] });
  });

  it('keeps empty lines as records, except the newline that ends the file', () => {
    expect(parseCsv('a\n1\n\n2\n').records).toEqual([
      { line: 2, cells: ['1'] },
      { line: 3, cells: [''] },
      { line: 4, cells: ['2'] },
    ]);
  });

  it('gives no header for empty text', () => {
    expect(parseCsv('')).toEqual({ header: null, records: [], formatErrors: [] });
  });

  it('reports an unterminated quote at the line it opens', () => {
    expect(parseCsv('a,b\n1,2\n3,"4\n5,6\n').formatErrors).toEqual([{ line: 3, message: 'Quoted field unterminated' }]);
  });
});
