import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from './mapping/mapping';
import { readUpload, type ReadChoices } from './read-upload';

/*
 * Issue 17's fixtures, one per file analysts have, read as the upload worker
 * reads them (lib/upload/read-upload.ts): the yearly totals, the series, the
 * rows left out and the report's sentences.
 */

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const bytesOf = (name: string) => new Uint8Array(readFileSync(FIXTURES + name));

async function report(name: string, choices: ReadChoices = {}) {
  const outcome = await readUpload(bytesOf(name), name, choices);
  if (outcome.kind !== 'report') throw new Error(`${name} asked for columns`);
  return outcome.report;
}

async function mappingRequest(name: string, choices: ReadChoices = {}) {
  const outcome = await readUpload(bytesOf(name), name, choices);
  if (outcome.kind !== 'mapping') throw new Error(`${name} was read without asking for columns`);
  return outcome.request;
}

/** Each figure as [year, US$, publisher, months]. */
const totals = (figures: { year: number; value_usd: number; publisher: string; months: number }[]) =>
  figures.map((f) => [f.year, f.value_usd, f.publisher, f.months]);

const BY_RUSSIA = 'UN Comtrade (reported by Russian Federation)';
const BY_DPRK = "UN Comtrade (reported by Dem. People's Rep. of Korea)";

describe('a UN Comtrade annual file', () => {
  it('gives exports plus imports per reporter and year, the partner’s report a series of its own', async () => {
    const read = await report('comtrade-annual.csv');
    expect(totals(read.figures)).toEqual([
      [2019, 47_913_581, BY_RUSSIA, 0],
      [2019, 47_000_000, BY_DPRK, 0],
      [2020, 42_700_000, BY_RUSSIA, 0],
      [2021, 42_500, BY_RUSSIA, 0],
    ]);
    expect(read.figures.map((f) => [f.exports_usd, f.imports_usd])).toEqual([
      [45_612_346, 2_301_235],
      [3_000_000, 44_000_000],
      [40_122_000, 2_578_000],
      [38_000, 4_500],
    ]);
    expect(read).toMatchObject({ rowCount: 15, acceptedRowCount: 8, rejectedRowCount: 0, issueCount: 0 });
    expect(read.reading?.leftOutRowCount).toBe(7);
    expect(read.reading?.notes).toEqual([
      'Read as a UN Comtrade file: each year is exports (X) plus imports (M), both listed in the table and its CSV.',
      `Each reporter's figures are a series of their own, “${BY_RUSSIA}” and “${BY_DPRK}”: what one country reports of this trade (and its partner's report, mirror data) are never added together.`,
      '1 row of re-exports (RX) was not added: UN Comtrade counts these within exports (X) and imports (M) already.',
      '3 rows for other reporters or partners were left out: only Russia (RUS, 643) reporting the DPRK (PRK, 408) as partner, and the DPRK reporting Russia, are read.',
      '1 row broken down by second partner, customs procedure or mode of transport was left out: the rows for all of them already count them.',
      '2 commodity rows were left out: the TOTAL rows (all commodities) already count them.',
    ]);
  });
});

describe('a UN Comtrade monthly file of commodity rows', () => {
  it('adds up the 2-digit commodities of each month, and says so', async () => {
    const read = await report('comtrade-monthly-commodities.csv');
    expect(totals(read.figures)).toEqual([[2023, 7_850_000, BY_RUSSIA, 3]]);
    expect(read.figures[0]).toMatchObject({
      exports_usd: 7_700_000,
      imports_usd: 150_000,
      note: 'Sum of 6 commodity rows (2-digit codes): the file has no TOTAL row for this year.',
    });
    expect(read).toMatchObject({ rowCount: 10, acceptedRowCount: 6, issueCount: 0 });
    expect(read.reading?.leftOutRowCount).toBe(4);
    expect(read.reading?.notes.slice(1)).toEqual([
      `The figures are one series, “${BY_RUSSIA}”.`,
      '1 row of re-exports (RX) was not added: UN Comtrade counts these within exports (X) and imports (M) already.',
      '1 row for other reporters or partners was left out: only Russia (RUS, 643) reporting the DPRK (PRK, 408) as partner, and the DPRK reporting Russia, are read.',
      '1 row broken down by second partner, customs procedure or mode of transport was left out: the rows for all of them already count them.',
      'The file has no TOTAL rows: each year is the sum of its commodity rows (2-digit codes).',
      '1 commodity row was left out: a TOTAL row or the coarser codes added up already count them.',
    ]);
  });
});

describe('files saved by spreadsheets on Windows', () => {
  it('reads Excel’s Unicode Text (UTF-16, tabs) with Korean and Cyrillic intact', async () => {
    const read = await report('excel-unicode-text.txt');
    expect(totals(read.figures)).toEqual([
      [2019, 47_900_000, '대한무역투자진흥공사 (KOTRA)', 0],
      [2020, 42_700_000, 'Федеральная таможенная служба', 0],
    ]);
    expect(read.figures.map((f) => f.note)).toEqual(['북한 대외무역 동향', 'оценка']);
    expect(read.reading?.notes).toEqual([
      "Read as UTF-16 LE (Excel’s “Unicode Text”), as the file's byte order mark says.",
    ]);
  });

  it('reads a Windows-1252 file with its accented names, and says it was read so', async () => {
    const read = await report('windows-1252-accents.csv');
    expect(totals(read.figures)).toEqual([
      [2019, 47_900_000, 'Société Générale de Surveillance', 0],
      [2020, 42_700_000, 'Banco de España', 0],
      [2021, 42_000, 'Außenhandelsstatistik Zürich', 0],
    ]);
    expect(read.reading?.notes).toEqual([
      'Read as Windows-1252 (Western): the file is not UTF-8, and its letters read best so.',
    ]);
  });
});

describe('a Windows-1251 customs table with Cyrillic headers, in thousands', () => {
  it('asks which column is which, with a suggestion, then reads the thousands in Russian notation', async () => {
    const request = await mappingRequest('windows-1251-customs.csv');
    expect(request.encoding).toEqual({ name: 'windows-1251', source: 'guessed' });
    expect(request.head.labels).toEqual(['Год', 'Стоимость, тыс. долл. США', 'Источник']);
    expect(request.suggestion).toEqual({
      period: 0,
      value: 1,
      unit: 'thousand',
      numbers: 'ru',
      publisher: { column: 2 },
    });
    const read = await report('windows-1251-customs.csv', { mapping: request.suggestion });
    expect(totals(read.figures)).toEqual([
      [2019, 47_900_500, 'ФТС России', 0],
      [2020, 42_700_000, 'ФТС России', 0],
      [2021, 42_500, 'ФТС России', 0],
    ]);
    expect(read.reading?.unit).toBe('thousand');
    expect(read.reading?.notes).toEqual([
      'Read as Windows-1251 (Cyrillic): the file is not UTF-8, and its letters read best so.',
      'Read with the columns you chose: the period from ‘Год’, the value from ‘Стоимость, тыс. долл. США’ (written 1\u00a0234\u00a0567,8), the publisher from ‘Источник’.',
      'Values are in thousands of US dollars: each is multiplied by 1,000, and the table shows both.',
    ]);
  });
});

describe('a table in thousands with ambiguous separators', () => {
  const mapping: ColumnMapping = {
    period: 0,
    value: 1,
    unit: 'thousand',
    numbers: 'plain',
    publisher: { name: 'KITA' },
  };

  it('refuses 47,900 until the reader says how numbers are written, naming line, column and what to do', async () => {
    const read = await report('korean-thousands.csv', { mapping });
    expect(read.issues.map((i) => [i.line, i.column, i.columnNumber, i.code, i.value])).toEqual([
      [2, '교역액(천 달러)', 2, 'type-error', '47,900'],
      [3, '교역액(천 달러)', 2, 'type-error', '42,700'],
    ]);
    expect(read.issues[0]?.message).toBe(
      "'47,900' has thousands separators: write digits only (e.g. 84000000). If the file writes numbers with separators or decimals, choose how under Numbers and read it again.",
    );
    expect(read.figures).toEqual([]);
  });

  it('reads them once the reader chose comma groups, and remembers the choice for the next file of that header', async () => {
    const chosen: ColumnMapping = { ...mapping, numbers: 'en' };
    const read = await report('korean-thousands.csv', { mapping: chosen });
    expect(totals(read.figures)).toEqual([
      [2019, 47_900_000, 'KITA', 0],
      [2020, 42_700_000, 'KITA', 0],
    ]);
    // The next month's file: same header, its choice offered back (the page keeps it by this key).
    const first = await mappingRequest('korean-thousands.csv');
    const next = await mappingRequest('korean-thousands-next.csv', { remembered: { [first.key]: chosen } });
    expect(next.key).toBe(first.key);
    expect(next.remembered).toEqual(chosen);
    const nextRead = await report('korean-thousands-next.csv', { mapping: next.remembered ?? undefined });
    expect(totals(nextRead.figures)).toEqual([
      [2021, 43_100_000, 'KITA', 0],
      [2022, 45_200_000, 'KITA', 0],
    ]);
    // A remembered choice that does not fit this header (a column it lacks) is not offered.
    const misfit = await mappingRequest('korean-thousands-next.csv', {
      remembered: { [first.key]: { ...chosen, value: 7 } },
    });
    expect(misfit.remembered).toBeNull();
  });
});

describe('the template and today’s format', () => {
  it('read exactly as before, with nothing said about how', async () => {
    const read = await report('valid-annual.csv');
    expect(read.reading).toEqual({
      layout: 'template',
      encoding: { name: 'utf-8', source: 'valid-utf-8' },
      notes: [],
      leftOutRowCount: 0,
    });
    expect(read.figures).toHaveLength(5);
  });

  it('refuses a broken UTF-8 file at the line where it breaks', async () => {
    const bytes = new TextEncoder().encode('year,value_usd,publisher\n2019,1,Росстат\n2020,2,Росстат\n');
    const outcome = await readUpload(
      bytes.filter((_, i) => i !== bytes.length - 4),
      'broken.csv',
    );
    expect(outcome.kind === 'report' && outcome.report.issues).toEqual([
      expect.objectContaining({
        line: 3,
        code: 'format-error',
        message:
          'The file is not UTF-8 text throughout (from this line on): save it again as "CSV UTF-8" and try again.',
      }),
    ]);
  });
});
