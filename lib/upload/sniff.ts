import Papa from 'papaparse';
import { createLineCounter } from '../csv/line-counter';

export type Newline = '\r\n' | '\n' | '\r';

/**
 * Line ends from the start of the file, decided once: papaparse would guess from
 * its first chunk, which can end before the first line does.
 */
export function detectNewline(head: string): Newline {
  const lf = head.indexOf('\n');
  if (lf > 0 && head[lf - 1] === '\r') return '\r\n';
  if (lf >= 0) return '\n';
  return head.includes('\r') ? '\r' : '\n';
}

const DELIMITERS = [',', ';', '\t'];

/**
 * The delimiter (comma, semicolon or tab), guessed once from the start of the
 * file with blank lines left out: papaparse's own guess counts the empty record
 * after a final newline, and can then pick a semicolon that only appears inside
 * quotes in a small file.
 */
export function detectDelimiter(head: string): string {
  const guess = Papa.parse<string[]>(head, { delimitersToGuess: DELIMITERS, skipEmptyLines: true, preview: 10 });
  return DELIMITERS.includes(guess.meta.delimiter) ? guess.meta.delimiter : ',';
}

/** The first records of a file: its header, and a few rows with the lines they start on. */
export type FileHead = { labels: string[]; rows: { line: number; cells: string[] }[] };

/**
 * The header and the first `count` non-blank rows, read as the whole file will be
 * read (the same delimiter and line ends), for recognising the layout and for the
 * preview of the column mapping step.
 */
export function readFileHead(text: string, count: number): FileHead {
  const head = text.slice(0, 65536);
  const newline = detectNewline(head);
  const lineOf = createLineCounter(newline);
  const parsed = Papa.parse<string[]>(head, { delimiter: detectDelimiter(head), newline, preview: count + 50 });
  const [labels = [], ...records] = parsed.data;
  lineOf(labels);
  const rows: FileHead['rows'] = [];
  for (const cells of records) {
    const line = lineOf(cells);
    if (rows.length < count && cells.some((cell) => cell.trim() !== '')) rows.push({ line, cells });
  }
  return { labels, rows };
}
