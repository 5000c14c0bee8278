import Papa from 'papaparse';
import type { CsvTable } from '../csv/write';

/**
 * A CSV we publish, read back as a table of text, so that its workbook holds
 * exactly the values its CSV does (lib/spreadsheet/cells.ts types them).
 */
export function csvTable(csv: string): CsvTable {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  return { columns: parsed.meta.fields ?? [], rows: parsed.data };
}
