import type { Cell, Sheet } from 'write-excel-file/universal';
import type { CsvTable } from '../csv/write';
import { spreadsheetCell } from './cells';
import type { Citation } from './citations';
import { spreadsheetColumn, type SpreadsheetColumn } from './columns';

/*
 * A table as an Excel workbook: a "Data" sheet (a header row a person can read,
 * then the rows, typed) and a "Sources" sheet (publisher, title, date, address
 * and the words quoted). Pure: lib/spreadsheet/write.ts turns it into bytes.
 */

export const DATA_SHEET = 'Data';
export const SOURCES_SHEET = 'Sources';

export const SOURCES_COLUMNS: readonly SpreadsheetColumn[] = [
  { name: 'publisher', header: 'Publisher', kind: 'text' },
  { name: 'title', header: 'Title', kind: 'text' },
  { name: 'published', header: 'Published', kind: 'date' },
  { name: 'url', header: 'Address', kind: 'text' },
  { name: 'quote', header: 'Quote', kind: 'text' },
  { name: 'sourceId', header: 'Source id', kind: 'text' },
];

export type WorkbookOptions = {
  citations: readonly Citation[];
  /** Columns whose name means something else in this table (lib/spreadsheet/columns.ts). */
  overrides?: Parameters<typeof spreadsheetColumn>[1];
};

const header = (columns: readonly SpreadsheetColumn[]): Cell[] =>
  columns.map((column) => ({ value: column.header, type: String, fontWeight: 'bold' }));

/** Wide enough for most values in a column, not so wide that a quote hides the rest. */
function widths(columns: readonly SpreadsheetColumn[], rows: readonly Cell[][]) {
  return columns.map((column, index) => {
    const longest = Math.max(
      column.header.length,
      ...rows.map((row) => {
        const cell = row[index];
        const value = cell && typeof cell === 'object' && 'value' in cell ? cell.value : cell;
        return value instanceof Date ? 10 : String(value ?? '').length;
      }),
    );
    return { width: Math.min(60, Math.max(8, longest + 2)) };
  });
}

function sheet(name: string, columns: readonly SpreadsheetColumn[], body: Cell[][]): Sheet<Blob> {
  return { sheet: name, data: [header(columns), ...body], columns: widths(columns, body), stickyRowsCount: 1 };
}

export function workbookSheets(table: CsvTable, options: WorkbookOptions): Sheet<Blob>[] {
  const columns = table.columns.map((name) => spreadsheetColumn(name, options.overrides));
  const rows = table.rows.map((row) => columns.map((column) => spreadsheetCell(column.kind, row[column.name], row)));
  const sources = options.citations.map((citation) =>
    SOURCES_COLUMNS.map((column) => spreadsheetCell(column.kind, citation[column.name as keyof Citation], {})),
  );
  return [sheet(DATA_SHEET, columns, rows), sheet(SOURCES_SHEET, SOURCES_COLUMNS, sources)];
}
