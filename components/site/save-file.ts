import type { CsvTable } from '@/lib/csv/write';
import type { WorkbookOptions } from '@/lib/spreadsheet/workbook';

/** Hands a file made in the browser to the user as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A CSV written by lib/csv/write.ts, saved as UTF-8. */
export function saveCsv(csv: string, fileName: string): void {
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** A table as an Excel workbook, written in the browser; the writer loads now, not with the page. */
export async function saveWorkbook(table: CsvTable, options: WorkbookOptions, fileName: string): Promise<void> {
  const { workbookBlob } = await import('@/lib/spreadsheet/blob');
  saveBlob(await workbookBlob(table, options), fileName);
}
