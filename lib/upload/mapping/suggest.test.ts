import { describe, expect, it } from 'vitest';
import { readFileHead } from '../sniff';
import { previewRows } from './preview';
import { suggestMapping } from './suggest';

const headOf = (text: string) => readFileHead(text, 5);

describe('suggestMapping', () => {
  it('finds the columns of a Russian customs table in thousands, and its way of writing numbers', () => {
    const head = headOf(
      'Год;Стоимость, тыс. долл. США;Источник\r\n2019;47 900,5;ФТС России\r\n2020;42 700;ФТС России\r\n',
    );
    expect(suggestMapping(head)).toEqual({
      period: 0,
      value: 1,
      unit: 'thousand',
      numbers: 'ru',
      publisher: { column: 2 },
    });
  });

  it('leaves an ambiguous 47,900 for the reader to choose, and the publisher for them to type', () => {
    const head = headOf('연도,교역액(천 달러),비고\n2019,"47,900",\n2020,"42,700",잠정\n');
    expect(suggestMapping(head)).toEqual({
      period: 0,
      value: 1,
      unit: 'thousand',
      numbers: 'plain',
      publisher: { name: '' },
    });
  });

  it('finds columns by what they hold when the labels say nothing', () => {
    const head = headOf('A;B;C\nKOTRA;2019;1.234,5\nKOTRA;2020;2.000\n');
    expect(suggestMapping(head)).toEqual({ period: 1, value: 2, unit: 'usd', numbers: 'de', publisher: { name: '' } });
  });
});

describe('previewRows', () => {
  it('shows the first rows as the mapping reads them, and what is wrong cell by cell', () => {
    const head = headOf('Год;Стоимость, тыс. долл. США\n2019;47 900,5\n2020;сорок\n\n2021;1\n');
    const rows = previewRows(head, {
      period: 0,
      value: 1,
      unit: 'thousand',
      numbers: 'ru',
      publisher: { name: 'ФТС' },
    });
    expect(rows.map((row) => [row.line, row.period, row.asRead, row.usd, row.publisher])).toEqual([
      [2, { ok: true, text: '2019' }, { ok: true, text: '47,900.5' }, 47_900_500, { ok: true, text: 'ФТС' }],
      [
        3,
        { ok: true, text: '2020' },
        { ok: false, message: expect.stringContaining("'сорок' is not a number") },
        null,
        { ok: true, text: 'ФТС' },
      ],
      // The blank line 4 is left out, as the reading leaves it out.
      [5, { ok: true, text: '2021' }, { ok: true, text: '1' }, 1000, { ok: true, text: 'ФТС' }],
    ]);
  });
});
