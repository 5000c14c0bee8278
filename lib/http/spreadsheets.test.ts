import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { spreadsheetColumn } from '../spreadsheet/columns';
import { downloadNames } from './downloads';
import { servedBody as served } from './served';
import { hasSpreadsheet, spreadsheetName } from './spreadsheets';

const csvNames = downloadNames.filter(hasSpreadsheet);

/** What a cell of the CSV becomes in the workbook: numbers in number columns, dates for days, text otherwise. */
function expectedCell(column: string, value: string, row: Record<string, string>) {
  if (value === '') return null;
  const { kind } = spreadsheetColumn(column);
  const numeric = ['usd', 'year', 'count', 'ratio'].includes(kind) || (kind === 'by-unit' && row.unit !== '');
  if (numeric && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  if (kind === 'boolean') return value === 'true';
  return value;
}

describe('the Excel downloads', () => {
  it('sit beside every CSV but the upload template', () => {
    expect(csvNames.length).toBeGreaterThanOrEqual(11);
    for (const csv of csvNames) expect(downloadNames).toContain(spreadsheetName(csv));
    expect(downloadNames).not.toContain('upload-template.xlsx');
  });

  it.each(csvNames)(
    '%s: its workbook holds every value of the CSV, typed, under a header a person reads',
    async (csvName) => {
      const body = await served(csvName);
      const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
      const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
      const columns = parsed.meta.fields!;
      const sheets = await readXlsxFile(Buffer.from((await served(spreadsheetName(csvName))) as Uint8Array));
      expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Data', 'Sources']);
      const [data, sources] = sheets;
      expect(data!.data[0]).toEqual(columns.map((column) => spreadsheetColumn(column).header));
      expect(data!.data.slice(1)).toEqual(
        parsed.data.map((row) => columns.map((column) => expectedCell(column, row[column] ?? '', row))),
      );
      expect(sources!.data[0]).toEqual(['Publisher', 'Title', 'Published', 'Address', 'Quote', 'Source id']);
      // Every table cites at least one source, and every cited source is named with its address.
      expect(sources!.data.length).toBeGreaterThan(1);
      for (const citation of sources!.data.slice(1)) expect(String(citation[3])).toMatch(/^https?:\/\//);
    },
  );

  it('name each source of data/ on the Sources sheet of trade.xlsx, with its publisher and the words quoted', async () => {
    const [, sources] = await readXlsxFile(Buffer.from((await served('trade.xlsx')) as Uint8Array));
    const cgtn = sources!.data.find((row) => row[5] === 'cgtn-2019-04-23');
    expect(cgtn?.[0]).toBe('CGTN (Opinions)');
    expect(cgtn?.[4]).toContain('84 million U.S. dollars');
  });
});
