import Papa from 'papaparse';
import { createLineCounter, type RawRecord } from './row-validator';

export type { RawRecord };

export type ParsedCsv = {
  header: RawRecord | null;
  records: RawRecord[];
  /** Tokenising problems (an unterminated quote), with the line they start on. */
  formatErrors: { line: number; message: string }[];
};

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Parses a whole CSV text with papaparse, keeping the editor line each record
 * starts on (right even when a quoted cell spans lines). The newline that ends
 * the file is not a record.
 */
export function parseCsv(input: string, delimiter = ','): ParsedCsv {
  const withoutBom = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  // One newline convention, so that a stray CR never ends up inside a cell.
  const text = withoutBom.replace(/\r\n?/g, '\n');
  const lineOf = createLineCounter();
  const records: RawRecord[] = [];
  const formatErrors: ParsedCsv['formatErrors'] = [];
  const result = Papa.parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: false });
  for (const [index, cells] of result.data.entries()) {
    const line = lineOf(cells);
    const isFinalNewline =
      index === result.data.length - 1 && text.endsWith('\n') && cells.length === 1 && cells[0] === '';
    if (!isFinalNewline) records.push({ line, cells });
  }
  for (const error of result.errors) {
    const record = records[error.row ?? 0];
    formatErrors.push({ line: record?.line ?? 1, message: error.message });
  }
  const [header = null, ...rest] = records;
  return { header, records: rest, formatErrors };
}
