import { describe, expect, it } from 'vitest';
import { readComtradeText } from './read-text.test-helper';
import { COMTRADE_HEADER, SAMPLE_COUNTRIES as C, sampleCells, type SampleRow } from './sample';

const base: SampleRow = {
  reporter: C.RUS,
  partner: C.PRK,
  flow: 'X',
  year: 2019,
  month: null,
  cmd: 'TOTAL',
  value: '1000',
};
const column = (name: (typeof COMTRADE_HEADER)[number]) => COMTRADE_HEADER.indexOf(name);

/** A Comtrade text from rows, each with some cells overwritten by column name. */
function csv(...rows: [SampleRow, Partial<Record<(typeof COMTRADE_HEADER)[number], string>>?][]): string {
  const lines = rows.map(([row, cells = {}]) => {
    const out = sampleCells(row);
    for (const [name, value] of Object.entries(cells)) out[column(name as (typeof COMTRADE_HEADER)[number])] = value;
    return out.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',');
  });
  return [COMTRADE_HEADER.join(','), ...lines, ''].join('\n');
}

describe('createComtradeReader: refused rows say where and what to do', () => {
  it('refuses an amount that is not one, and an empty one, at their line and column', () => {
    const { report } = readComtradeText(
      csv(
        [base],
        [{ ...base, flow: 'M' }, { primaryValue: '12,5 млн' }],
        [{ ...base, year: 2020 }, { primaryValue: '' }],
      ),
    );
    expect(report.issues.map((i) => [i.line, i.column, i.columnNumber, i.code, i.value])).toEqual([
      [3, 'primaryValue', 44, 'type-error', '12,5 млн'],
      [4, 'primaryValue', 44, 'constraint-error', ''],
    ]);
    expect(report.issues[0]?.message).toBe(
      "'12,5 млн' is not an amount in US dollars: UN Comtrade writes primaryValue as digits with a decimal point (43891234.57). Download the file again, or correct the cell.",
    );
    expect(report).toMatchObject({ rowCount: 3, acceptedRowCount: 1, rejectedRowCount: 2 });
    expect(report.figures.map((f) => [f.year, f.value_usd])).toEqual([[2019, 1000]]);
  });

  it('refuses a frequency other than A or M, a monthly row with no month, and a repeated row', () => {
    const { report } = readComtradeText(
      csv(
        [base, { freqCode: 'Q' }],
        [
          { ...base, month: 3 },
          { refMonth: '', period: '2019' },
        ],
        [base],
        [base],
      ),
    );
    expect(report.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 'freqCode', 'constraint-error'],
      [3, 'refMonth', 'constraint-error'],
      [5, '', 'unique-error'],
    ]);
    expect(report.issues[2]?.message).toBe(
      'This row repeats line 4 (the same reporter, partner, period, flow and commodity): delete one of the two, or download the file again.',
    );
  });

  it('says what to download when the file holds no Russia–DPRK row', () => {
    const { report, notes } = readComtradeText(csv([{ ...base, partner: C.CHN }], [{ ...base, reporter: C.CHN }]));
    expect(report.issues).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'constraint-error',
        message:
          "The file has no rows of Russia–DPRK trade: in UN Comtrade, choose Russian Federation (RUS) as reporter and Dem. People's Rep. of Korea (PRK) as partner, or the other way round, and download it again.",
      }),
    ]);
    expect(notes).toContain(
      '2 rows for other reporters or partners were left out: only Russia (RUS, 643) reporting the DPRK (PRK, 408) as partner, and the DPRK reporting Russia, are read.',
    );
  });

  it('reads amounts in exponent notation and countries by code alone or ISO alone', () => {
    const { report } = readComtradeText(
      csv(
        [base, { primaryValue: '4.38912345E7', reporterISO: '' }],
        [
          { ...base, flow: 'M' },
          { primaryValue: '1e3', partnerCode: '' },
        ],
      ),
    );
    expect(report.issues).toEqual([]);
    expect(report.figures).toEqual([
      expect.objectContaining({ year: 2019, value_usd: 43892235, exports_usd: 43891235, imports_usd: 1000 }),
    ]);
  });

  it('says of a year with one flow only that its figure is that flow alone', () => {
    const { report } = readComtradeText(csv([base]));
    expect(report.figures[0]?.note).toBe('The file has no import rows for this year: the figure is exports only.');
  });
});
