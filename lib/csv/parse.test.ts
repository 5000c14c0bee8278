import { describe, it, expect } from 'vitest';
import { parseCsv } from './parse';

describe('parseCsv', () => {
  it('gives every record with its editor line, the empty one after the final newline included', () => {
    expect(parseCsv('a,b\n1,2\n3,4\n')).toEqual({
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['1', '2'] },
        { line: 3, cells: ['3', '4'] },
        { line: 4, cells: [''] },
      ],
      formatErrors: [],
    });
  });

  it('counts the lines inside quoted cells, whether or not the cell ends the row', () => {
    const parsed = parseCsv('a,b\n1,"x\ny"\n"p\nq\nr",2\n3,4');
    expect(parsed.records.slice(1)).toEqual([
      { line: 2, cells: ['1', 'x\ny'] },
      { line: 4, cells: ['p\nq\nr', '2'] },
      { line: 7, cells: ['3', '4'] },
    ]);
  });

  it('counts a multi-line header', () => {
    expect(parseCsv('a,"b\nc"\n1,2').records).toEqual([
      { line: 1, cells: ['a', 'b\nc'] },
      { line: 3, cells: ['1', '2'] },
    ]);
  });

  it('reads CRLF and lone CR line endings like LF', () => {
    const expected = parseCsv('a,b\n1,"x\ny"\n3,4\n').records;
    expect(parseCsv('a,b\r\n1,"x\r\ny"\r\n3,4\r\n').records).toEqual(expected);
    expect(parseCsv('a,b\r1,"x\ry"\r3,4\r').records).toEqual(expected);
  });

  it('drops a leading byte order mark', () => {
    expect(parseCsv('\uFEFFa,b\n1,2').records[0]).toEqual({ line: 1, cells: ['a', 'b'] });
  });

  it('keeps empty lines as records', () => {
    expect(parseCsv('a\n1\n\n2').records).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: ['1'] },
      { line: 3, cells: [''] },
      { line: 4, cells: ['2'] },
    ]);
  });

  it('gives no record for empty text', () => {
    expect(parseCsv('')).toEqual({ records: [], formatErrors: [] });
  });

  it('reports an unterminated quote at the line it opens', () => {
    expect(parseCsv('a,b\n1,2\n3,"4\n5,6\n').formatErrors).toEqual([{ line: 3, message: 'Quoted field unterminated' }]);
  });
});
