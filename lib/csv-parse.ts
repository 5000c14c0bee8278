import Papa from 'papaparse';

/** A record as it stands in the file, with the editor line it starts on. */
export type RawRecord = { line: number; cells: string[] };

export type ParsedCsv = {
  header: RawRecord | null;
  records: RawRecord[];
  /** Tokenising problems (an unterminated quote), with the line they start on. */
  formatErrors: { line: number; message: string }[];
};

const BYTE_ORDER_MARK = '\uFEFF';

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) === 10) count += 1;
  return count;
}

/**
 * Parses CSV text with papaparse, keeping the line each record starts on.
 * papaparse reports only a character cursor per record, so the line is counted
 * from the newlines consumed so far: this stays right for quoted fields that
 * span lines, which a plain `split('\n')` would get wrong.
 */
export function parseCsv(input: string, delimiter = ','): ParsedCsv {
  const withoutBom = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  // One newline convention, so that a stray CR never ends up inside a cell.
  const text = withoutBom.replace(/\r\n?/g, '\n');
  const records: RawRecord[] = [];
  const formatErrors: ParsedCsv['formatErrors'] = [];
  let line = 1;
  let previousCursor = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      const startLine = line;
      const end = result.meta.cursor;
      line += countNewlines(text, previousCursor, end);
      const atEndOfText = previousCursor >= text.length;
      previousCursor = end;
      // The newline that ends the last record is not a blank record.
      if (atEndOfText && result.data.length === 1 && result.data[0] === '') return;
      for (const error of result.errors) formatErrors.push({ line: startLine, message: error.message });
      records.push({ line: startLine, cells: result.data });
    },
  });

  const [header = null, ...rest] = records;
  return { header, records: rest, formatErrors };
}
