import Papa from 'papaparse';

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
