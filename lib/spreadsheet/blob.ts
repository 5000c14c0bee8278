import type { CsvTable } from '../csv/write';
import { workbookSheets, type WorkbookOptions } from './workbook';
import { writeWorkbook, XLSX_TYPE } from './write';

/**
 * A workbook made in the browser, for the tables only the browser has (the
 * reader's data, a validation report, a chart's table with the reader's rows).
 * Components import this module only when an Excel download is asked for, so the
 * workbook writer is never part of a page's first load.
 */
export async function workbookBlob(table: CsvTable, options: WorkbookOptions): Promise<Blob> {
  return new Blob([(await writeWorkbook(workbookSheets(table, options))) as BlobPart], { type: XLSX_TYPE });
}
