import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readComtradeText } from './read-text.test-helper';
import { SAMPLE_COUNTRIES as C, sampleComtradeCsv, type SampleRow } from './sample';

/*
 * Generated UN Comtrade files (random reporters, partners, flows, commodities,
 * annual and monthly rows, breakdowns by mode of transport) give the totals of a
 * plain model: the rules of issue 17 written as filters and sums over an array.
 */

// Few years, months and codes, and mostly Russia–DPRK pairs, so that reporter-years gather many rows.
const row = fc
  .record({
    pair: fc.constantFrom(
      [C.RUS, C.PRK],
      [C.PRK, C.RUS],
      [C.RUS, C.PRK],
      [C.RUS, C.CHN],
      [C.CHN, C.PRK],
      [C.RUS, C.W00],
    ),
    flow: fc.constantFrom('X', 'M', 'X', 'M', 'RX', 'RM'),
    year: fc.integer({ min: 2019, max: 2021 }),
    month: fc.option(fc.integer({ min: 1, max: 4 }), { freq: 3 }),
    cmd: fc.constantFrom('TOTAL', '10', '27', '84', '1001', '2709'),
    cents: fc.integer({ min: 0, max: 1e12 }),
    mot: fc.constantFrom('0', '0', '0', '2100'),
  })
  .map(({ pair: [reporter, partner], ...rest }) => ({ reporter, partner, ...rest }));
type Generated = typeof row extends fc.Arbitrary<infer T> ? T : never;

const keyOf = (r: Generated) => [r.reporter.iso, r.partner.iso, r.flow, r.year, r.month, r.cmd, r.mot].join('|');
const toSample = (r: Generated): SampleRow => ({
  ...r,
  value: `${Math.floor(r.cents / 100)}.${String(r.cents % 100).padStart(2, '0')}`,
});

/** The model: what each reporter-year's figure must be. */
function model(rows: readonly Generated[]) {
  const bilateral = rows.filter(
    (r) => [C.RUS, C.PRK].includes(r.reporter) && [C.RUS, C.PRK].includes(r.partner) && r.reporter !== r.partner,
  );
  const counted = bilateral.filter((r) => (r.flow === 'X' || r.flow === 'M') && r.mot === '0');
  const figures = [];
  let used = 0;
  for (const year of [...new Set(counted.map((r) => r.year))].sort()) {
    for (const reporter of [C.RUS, C.PRK]) {
      const group = counted.filter((r) => r.year === year && r.reporter === reporter);
      if (group.length === 0) continue;
      const annual = group.filter((r) => r.month === null);
      const rowsOfFreq = annual.length > 0 ? annual : group.filter((r) => r.month !== null);
      const shortest = Math.min(...rowsOfFreq.map((r) => (r.cmd === 'TOTAL' ? 0 : r.cmd.length)));
      const atLevel = rowsOfFreq.filter((r) => (r.cmd === 'TOTAL' ? 0 : r.cmd.length) === shortest);
      const sum = (flow: string) => atLevel.filter((r) => r.flow === flow).reduce((s, r) => s + r.cents, 0);
      const exports = Math.round(sum('X') / 100);
      const imports = Math.round(sum('M') / 100);
      used += atLevel.length;
      figures.push({
        year,
        publisher: `UN Comtrade (reported by ${reporter.desc})`,
        value_usd: exports + imports,
        exports_usd: exports,
        imports_usd: imports,
        months: annual.length > 0 ? 0 : new Set(atLevel.map((r) => r.month)).size,
      });
    }
  }
  return { figures, used, otherRows: rows.length - bilateral.length };
}

describe('UN Comtrade totals', () => {
  it('equal a plain model of the rules, figure by figure, with every row accounted for', () => {
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: keyOf, maxLength: 200, size: 'large' }), (rows) => {
        const { report, leftOutRowCount } = readComtradeText(sampleComtradeCsv(rows.map(toSample)));
        const expected = model(rows);
        const figures = report.figures.map((f) => ({
          year: f.year,
          publisher: f.publisher,
          value_usd: f.value_usd,
          exports_usd: f.exports_usd,
          imports_usd: f.imports_usd,
          months: f.months,
        }));
        expect(figures).toEqual(expected.figures);
        const bilateralRows = rows.length - expected.otherRows;
        expect(report.issues).toEqual(bilateralRows === 0 ? [expect.objectContaining({ line: 2 })] : []);
        expect(report.rowCount).toBe(rows.length);
        expect(report.acceptedRowCount).toBe(expected.used);
        expect(leftOutRowCount).toBe(rows.length - expected.used);
      }),
    );
  });
});
