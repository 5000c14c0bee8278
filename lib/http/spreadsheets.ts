import type { Dataset } from '../dataset/build';
import { citationsOf, type SourceLookup } from '../spreadsheet/citations';
import { csvTable } from '../spreadsheet/csv-table';
import { workbookSheets } from '../spreadsheet/workbook';
import { writeWorkbook } from '../spreadsheet/write';

/*
 * The Excel twin of every CSV under /data/, built at build time from that CSV's
 * own text, so the two hold the same values and no page loads the workbook
 * writer. The upload template has none: the upload reads CSV only.
 */

/** trade.csv → trade.xlsx */
export const spreadsheetName = (csvName: string) => csvName.replace(/\.csv$/, '.xlsx');

export const hasSpreadsheet = (csvName: string) => csvName.endsWith('.csv') && csvName !== 'upload-template.csv';

function lookupIn(dataset: Dataset): SourceLookup {
  const byId = new Map(dataset.sources.map((source) => [source.source_id, source]));
  return (sourceId) => {
    const source = byId.get(sourceId);
    return (
      source && { publisher: source.publisher, title: source.title, published: source.published ?? '', url: source.url }
    );
  };
}

/** A published CSV as a workbook: its rows on "Data", the sources they cite on "Sources". */
export function spreadsheetOfCsv(csv: string, dataset: Dataset): Promise<Uint8Array> {
  const table = csvTable(csv);
  return writeWorkbook(workbookSheets(table, { citations: citationsOf(table.rows, lookupIn(dataset)) }));
}
