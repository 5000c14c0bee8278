import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { YEAR_RANGE } from '../csv/cells';
import { LATEST_YEAR, uploadRowSchema } from './schema';
import { uploadTable } from './upload-table';

/*
 * The fast path of lib/upload/fast-row.ts must never disagree with zod: when it
 * gives a row, zod accepts the same cells and outputs an equal row (keys with
 * undefined included). When it gives null, zod alone decides, so null is always
 * safe; the tests also check that plainly valid rows do take the fast path.
 */

/** uploadRowSchema's columns, in the order fastRow reads their positions. */
const FAST_ROW_COLUMNS = ['year', 'value_usd', 'publisher', 'source', 'note'] as const;
const fastRow = uploadTable.fastRow ?? (() => null);
const IDENTITY = [0, 1, 2, 3, 4];

function zodOf(cells: readonly string[]) {
  return uploadRowSchema.safeParse(Object.fromEntries(FAST_ROW_COLUMNS.map((column, i) => [column, cells[i] ?? ''])));
}

function expectAgreement(cells: readonly string[]) {
  const fast = fastRow(cells, IDENTITY);
  if (fast === null) return;
  const zod = zodOf(cells);
  expect(zod.success, `zod refuses ${JSON.stringify(cells)}, which the fast path accepted`).toBe(true);
  expect(fast).toStrictEqual(zod.data);
}

const NEAR_PERIODS = [
  '2019',
  '2019-03',
  '2019-12',
  '2019-13',
  '2019-00',
  '2019-3',
  '2019-1',
  ' 2019',
  '2019 ',
  '201',
  '20190',
  '2019-',
  '2019-03-01',
  '2019/03',
  '1949',
  '1950',
  '1950-01',
  String(LATEST_YEAR),
  `${LATEST_YEAR}-12`,
  String(LATEST_YEAR + 1),
  `${LATEST_YEAR + 1}-01`,
  '2100',
  '0000',
  '-2019',
  '２０１９',
  '٢٠١٩',
  '2019\n',
  '2019-0３',
  '',
  ' ',
  '1e3',
  'abcd',
  '2019-ab',
];
const NEAR_AMOUNTS = [
  '0',
  '7',
  '007',
  '84000000',
  '84,000,000',
  '84 000 000',
  '84.000.000',
  '84m',
  '84mn',
  '$84',
  '84$',
  'US$84',
  '84 USD',
  '-1',
  '-0',
  '+1',
  '1e6',
  '0x10',
  '1.5',
  '1.00',
  ' 84',
  '84 ',
  '',
  ' ',
  '999999999999999',
  '9999999999999999',
  '9007199254740991',
  '9007199254740993',
  '99999999999999999999',
  '１２',
  '٣',
  'Infinity',
  'NaN',
  '0b1',
  '0o7',
  '1_000',
];
const NEAR_TEXT = ['', ' ', '  ', '\t', '\u00a0', '\u2028', '\uFEFF', 'KOTRA', ' KOTRA ', 'kotra', 'ж', '"', ',', '\n'];

const period = fc.oneof(
  fc.constantFrom(...NEAR_PERIODS),
  fc.integer({ min: 0, max: 9999 }).map(String),
  fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', ' '), maxLength: 8 }),
);
const amount = fc.oneof(
  fc.constantFrom(...NEAR_AMOUNTS),
  fc.bigInt({ min: 0n, max: 10n ** 18n }).map(String),
  fc.string({ unit: fc.constantFrom('0', '1', '9', ',', '.', '-', ' ', 'e', 'x', '$', 'm'), maxLength: 18 }),
);
const text = fc.oneof(
  fc.constantFrom(...NEAR_TEXT),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

describe('the fast upload row agrees with zod', () => {
  it('names the schema columns in the schema order', () => {
    expect(uploadTable.columns).toEqual(FAST_ROW_COLUMNS);
  });

  it('on listed near-valid cells, one column at a time', () => {
    for (const p of NEAR_PERIODS) expectAgreement([p, '84000000', 'KOTRA', '', '']);
    for (const a of NEAR_AMOUNTS) expectAgreement(['2019-03', a, 'KOTRA', '', '']);
    for (const t of NEAR_TEXT) {
      expectAgreement(['2019', '1', t, '', '']);
      expectAgreement(['2019', '1', 'KOTRA', t, '']);
      expectAgreement(['2019', '1', 'KOTRA', '', t]);
    }
  });

  it('on generated cells', () => {
    fc.assert(
      fc.property(fc.tuple(period, amount, text, text, text), (cells) => expectAgreement(cells)),
      { numRuns: 5000 },
    );
  });

  it('takes plainly valid rows itself, with zod output', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: YEAR_RANGE.min, max: LATEST_YEAR }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).filter((n) => String(n).length <= 15),
        fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
        fc.string({ maxLength: 12 }),
        (year, month, value, publisher, note) => {
          const cells = [
            month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`,
            String(value),
            publisher,
            '',
            note,
          ];
          const fast = fastRow(cells, IDENTITY);
          expect(fast).not.toBeNull();
          expect(fast).toStrictEqual(zodOf(cells).data);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads cells where the header puts them, and absent optional columns as empty', () => {
    const cells = ['Rosstat', '12', '2019-03'];
    expect(fastRow(cells, [2, 1, 0, -1, -1])).toStrictEqual(zodOf(['2019-03', '12', 'Rosstat', '', '']).data);
  });
});
