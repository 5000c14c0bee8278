import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { writeCsvTable } from '../csv/write';
import { citationsOf } from './citations';
import { spreadsheetColumn } from './columns';
import { csvTable } from './csv-table';
import { workbookSheets } from './workbook';
import { writeWorkbook } from './write';

const read = async (bytes: Uint8Array) => readXlsxFile(Buffer.from(bytes));

describe('a table as an Excel workbook', () => {
  it('has a Data sheet with a header a person reads and typed cells, and a Sources sheet', async () => {
    const table = {
      columns: ['year', 'value_usd', 'publisher', 'source_id', 'source_published', 'quote', 'highlight'],
      rows: [
        {
          year: 2015,
          value_usd: 84000000,
          publisher: 'KOTRA',
          source_id: 'cgtn',
          source_published: '2019-04-23',
          quote: 'just 84 million U.S. dollars',
          highlight: 'true',
        },
      ],
    };
    const lookup = (id: string) =>
      id === 'cgtn'
        ? { publisher: 'CGTN', title: 'Opinion', published: '2019-04-23', url: 'https://cgtn.example/a' }
        : undefined;
    const sheets = await read(
      await writeWorkbook(workbookSheets(table, { citations: citationsOf(table.rows, lookup) })),
    );
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Data', 'Sources']);
    const [data, sources] = sheets;
    expect(data!.data).toEqual([
      ['Year', 'Value (US$)', 'Publisher', 'Source id', 'Source published', 'Quote', 'Marked on the trajectory chart'],
      [2015, 84000000, 'KOTRA', 'cgtn', new Date('2019-04-23T00:00:00Z'), 'just 84 million U.S. dollars', true],
    ]);
    expect(sources!.data).toEqual([
      ['Publisher', 'Title', 'Published', 'Address', 'Quote', 'Source id'],
      [
        'CGTN',
        'Opinion',
        new Date('2019-04-23T00:00:00Z'),
        'https://cgtn.example/a',
        'just 84 million U.S. dollars',
        'cgtn',
      ],
    ]);
  });

  it('neutralises formulas as the CSV writer does, and reads its own CSV back to the same cells', async () => {
    const table = {
      columns: ['year', 'publisher', 'note', 'value_usd'],
      rows: [{ year: 2015, publisher: '=HYPERLINK("http://evil.example","x")', note: '@SUM(A1)', value_usd: 1 }],
    };
    const direct = await read(await writeWorkbook(workbookSheets(table, { citations: [] })));
    const viaCsv = await read(await writeWorkbook(workbookSheets(csvTable(writeCsvTable(table)), { citations: [] })));
    expect(direct[0]!.data[1]).toEqual([2015, `'=HYPERLINK("http://evil.example","x")`, `'@SUM(A1)`, 1]);
    expect(viaCsv[0]!.data).toEqual(direct[0]!.data);
  });

  it('keeps as text what is not a number in a number column, and a date known only to the month', async () => {
    const table = {
      columns: ['year', 'date', 'value', 'unit'],
      rows: [
        { year: 'about 2015', date: '2019-05', value: '0.168', unit: 'ratio' },
        { year: '', date: '2019', value: 'n/a', unit: 'US$' },
      ],
    };
    const [data] = await read(await writeWorkbook(workbookSheets(table, { citations: [] })));
    expect(data!.data.slice(1)).toEqual([
      ['about 2015', '2019-05', 0.168, 'ratio'],
      [null, '2019', 'n/a', 'US$'],
    ]);
  });

  it('gives a validation report’s values as the text the file held, signed numbers included', async () => {
    const table = { columns: ['line', 'value'], rows: [{ line: 3, value: '-5000000' }] };
    const overrides = { value: { header: 'Value in the file', kind: 'text' as const } };
    const [data] = await read(await writeWorkbook(workbookSheets(table, { citations: [], overrides })));
    expect(data!.data).toEqual([
      ['Line', 'Value in the file'],
      [3, '-5000000'],
    ]);
  });
});

describe('spreadsheet headers', () => {
  it('name the figure a prefixed provenance column belongs to', () => {
    expect(spreadsheetColumn('target_source_url').header).toBe('Target: source address');
    expect(spreadsheetColumn('outcome_quote').header).toBe('Later actual: quote');
    expect(spreadsheetColumn('actual_source_published').kind).toBe('date');
  });

  it('refuse a column nobody named, so a machine name never ships as a header', () => {
    expect(() => spreadsheetColumn('value_eur')).toThrow('The column value_eur has no spreadsheet header');
  });
});
