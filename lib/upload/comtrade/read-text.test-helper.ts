import Papa from 'papaparse';
import { createComtradeReader, type ComtradeResult } from './reader';

/** A UN Comtrade text read as the upload reads it, records in order (papaparse, whole text at once). */
export function readComtradeText(text: string, fileName = 'comtrade.csv'): ComtradeResult {
  const reader = createComtradeReader(fileName, text.includes('\r\n') ? '\r\n' : '\n');
  for (const cells of Papa.parse<string[]>(text, { skipEmptyLines: false }).data) reader.push(cells);
  return reader.finish();
}
