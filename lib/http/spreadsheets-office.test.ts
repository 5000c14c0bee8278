import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetColumn } from '../spreadsheet/columns';
import { downloadNames } from './downloads';
import { servedBody as served } from './served';
import { hasSpreadsheet, spreadsheetName } from './spreadsheets';
import { officePath } from '../../scripts/office-path';

/*
 * The real client: every workbook we serve, opened by LibreOffice Calc (headless)
 * and saved back as CSV "as shown", so that what a reader sees in each cell, number
 * formats and all, is compared with the CSV beside it.
 */

const csvNames = downloadNames.filter(hasSpreadsheet);
const dir = mkdtempSync(path.join(tmpdir(), 'office-'));

const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
const usd = new Intl.NumberFormat('en-US');

/** What Calc shows for a cell of our CSV, by the column's kind. */
function shown(column: string, value: string, unit: string | undefined): string {
  const kind = spreadsheetColumn(column).kind;
  // A true/false cell is a spreadsheet boolean, which Calc (like Excel) shows in capitals.
  if (kind === 'boolean') return value.toUpperCase();
  if (value === '' || !/^-?\d+(\.\d+)?$/.test(value)) return value;
  const as = kind === 'by-unit' ? (unit === 'US$' ? 'usd' : unit?.startsWith('ratio') ? 'ratio' : 'text') : kind;
  if (as === 'usd') return `${Number(value) < 0 ? '-' : ''}US$${usd.format(Math.abs(Number(value)))}`;
  if (as === 'ratio') return `${(Number(value) * 100).toFixed(1)}%`;
  return value;
}

beforeAll(async () => {
  for (const csv of csvNames)
    writeFileSync(path.join(dir, spreadsheetName(csv)), (await served(spreadsheetName(csv))) as Uint8Array);
  mkdirSync(path.join(dir, 'shown'));
  // Field separator, quote, UTF-8, first line, cell format, …, "as shown", all sheets (-1).
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
  execFileSync(
    officePath(),
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      path.join(dir, 'shown'),
      ...csvNames.map((csv) => path.join(dir, spreadsheetName(csv))),
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
}, 150_000);

describe('the Excel downloads, opened in LibreOffice Calc', () => {
  it.each(csvNames)(
    '%s: every cell shows what the CSV holds, amounts as US$ and ratios as percentages',
    async (csvName) => {
      const body = await served(csvName);
      const [columns, ...rows] = parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
      const base = spreadsheetName(csvName).replace(/\.xlsx$/, '');
      const [header, ...cells] = parse(readFileSync(path.join(dir, 'shown', `${base}-Data.csv`), 'utf8'));
      expect(header).toEqual(columns!.map((column) => spreadsheetColumn(column).header));
      const unitAt = columns!.indexOf('unit');
      expect(cells).toEqual(rows.map((row) => row.map((value, i) => shown(columns![i]!, value, row[unitAt]))));
      const sources = parse(readFileSync(path.join(dir, 'shown', `${base}-Sources.csv`), 'utf8'));
      expect(sources[0]).toEqual(['Publisher', 'Title', 'Published', 'Address', 'Quote', 'Source id']);
    },
  );
});
