import writeXlsxFile, { type Sheet } from 'write-excel-file/universal';

/** The bytes of an .xlsx workbook; the same code runs at build time and in the browser. */
export async function writeWorkbook(sheets: Sheet<Blob>[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
