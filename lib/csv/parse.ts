import Papa from 'papaparse';
import { createLineCounter } from './line-counter';

/** A record as it stands in the file, with the editor line it starts on. */
export type RawRecord = { line: number; cells: string[] };

export type ParsedCsv = {
  /** Every record in file order, the header first; a final newline gives a last record of one empty cell. */
  records: RawRecord[];
  /** Tokenising problems (an unterminated quote), with the line they start on. */
  formatErrors: { line: number; message: string }[];
};

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Parses a whole CSV text with papaparse, keeping the editor line each record
 * starts on (right even when a quoted cell spans lines). Records come as
 * papaparse gives them, as in the streaming upload, so that one row validator
 * reads both (it knows a final [''] for the newline that ends the file).
 */
export function parseCsv(input: string, delimiter = ','): ParsedCsv {
  const withoutBom = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  // One newline convention, so that a stray CR never ends up inside a cell.
  const text = withoutBom.replace(/\r\n?/g, '\n');
  const lineOf = createLineCounter();
  const result = Papa.parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: false });
  const records = text === '' ? [] : result.data.map((cells) => ({ line: lineOf(cells), cells }));
  const formatErrors = result.errors.map((error) => ({
    line: records[error.row ?? 0]?.line ?? 1,
    message: error.message,
  }));
  return { records, formatErrors };
}
