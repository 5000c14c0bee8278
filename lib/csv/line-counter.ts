/**
 * Editor line numbers for a stream of parsed records: each record starts on the
 * line after the previous one ended, and a record ends one line after its last
 * newline inside quotes. Works record by record, without keeping the text, so
 * both the whole-file parser and the streaming upload use it.
 */
export function createLineCounter(newline: '\n' | '\r\n' | '\r' = '\n') {
  // Files with lone CR line ends (old Mac) break lines on CR; all others on LF.
  const breakChar = newline === '\r' ? '\r' : '\n';
  let next = 1;
  return (cells: readonly string[]): number => {
    const line = next;
    let inside = 0;
    for (const cell of cells) {
      for (let i = cell.indexOf(breakChar); i !== -1; i = cell.indexOf(breakChar, i + 1)) inside += 1;
    }
    next += 1 + inside;
    return line;
  };
}
