import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAmount, type NumberFormat, type Unit } from './numbers';

const usd = (cell: string, format: NumberFormat, unit: Unit = 'usd') => {
  const read = readAmount(cell, format, unit);
  return read.ok ? read.usd : read.message;
};

describe('readAmount', () => {
  it("reads the issue's four numbers in the way the reader chose", () => {
    // 40 469, 40,469, 40.469 and 1 234,5, in thousands of dollars.
    const cells = ['40 469', '40,469', '40.469', '1 234,5'];
    const read = (format: NumberFormat) => cells.map((cell) => usd(cell, format, 'thousand'));
    expect(read('en')).toEqual([expect.stringContaining('is not a number'), 40_469_000, 40_469, expect.any(String)]);
    expect(read('ru')).toEqual([40_469_000, 40_469, expect.stringContaining('is not a number'), 1_234_500]);
    expect(read('de')).toEqual([expect.any(String), 40_469, 40_469_000, expect.any(String)]);
  });

  it('with no way chosen, refuses separators with the template’s message and says how to choose', () => {
    expect(usd('40,469', 'plain')).toBe(
      "'40,469' has thousands separators: write digits only (e.g. 84000000). If the file writes numbers with separators or decimals, choose how under Numbers and read it again.",
    );
    expect(usd('40 469', 'plain', 'thousand')).toContain("'40 469' has thousands separators");
    // A point with three digits after it could be either: refused too; with one or two it is a decimal.
    expect(usd('40.469', 'plain', 'thousand')).toContain("'40.469' has thousands separators");
    expect(usd('84.5', 'plain', 'thousand')).toBe(84_500);
    // In dollars, digits only, as in the template.
    expect(usd('84.5', 'plain')).toContain("'84.5' is not a whole number of US dollars");
    expect(usd('84000000', 'plain')).toBe(84_000_000);
  });

  it('multiplies by the unit exactly and rounds to the dollar; refuses negatives, empties and text', () => {
    expect(readAmount('1,5', 'ru', 'million')).toEqual({ ok: true, usd: 1_500_000, asRead: 1.5 });
    expect(usd('0,0005', 'ru', 'thousand')).toBe(1);
    expect(usd('12.34', 'en')).toBe(12);
    expect(usd('-5', 'en')).toBe("'-5' is negative: trade values are zero or more.");
    expect(usd('  ', 'ru')).toBe('The cell is empty: this column needs a value.');
    expect(usd('$40', 'en')).toContain("'$40' is not a number written as 1,234,567.8");
    expect(usd('40.469', 'ru')).toContain("'40.469' is not a number written as 1\u00a0234\u00a0567,8");
    expect(usd('99999999999999999', 'en', 'million')).toContain('too large');
  });

  it('reads back any amount as Intl writes it in English, Russian and German', () => {
    const ways = [
      ['en', 'en-US'],
      ['ru', 'ru-RU'],
      ['de', 'de-DE'],
    ] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.stringMatching(/^\d{0,3}$/), (whole, fraction) => {
        const value = Number(`${whole}.${fraction || '0'}`);
        // In thousands: exact, as the digits say (1 234,5 thousand is 1,234,500 dollars).
        const expected = whole * 1000 + Number(fraction.padEnd(3, '0'));
        for (const [format, locale] of ways) {
          const digits = { minimumFractionDigits: fraction.length, maximumFractionDigits: fraction.length };
          const written = new Intl.NumberFormat(locale, digits).format(value);
          expect(usd(written, format, 'thousand'), `${written} (${locale})`).toBe(expected);
        }
      }),
    );
  });
});
