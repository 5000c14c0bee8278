import { encodingName, type EncodingUsed } from './encoding/names';
import type { Unit } from './mapping/numbers';

/*
 * Sentences about how a file was read, for the report. Kept free of zod and
 * papaparse: the page shows them, and loads neither until a file is chosen.
 */

/** What is said of the encoding: nothing for plain UTF-8 (as before); otherwise which, and how it was settled. */
export function encodingNote(encoding: EncodingUsed): string | null {
  const name = encodingName(encoding.name);
  switch (encoding.source) {
    case 'valid-utf-8':
      return null;
    case 'bom':
      return encoding.name === 'utf-8' ? null : `Read as ${name}, as the file's byte order mark says.`;
    case 'guessed':
      return `Read as ${name}: the file is not UTF-8, and its letters read best so.`;
    case 'chosen':
      return `Read as ${name}, as you chose.`;
  }
}

const UNIT_WORDS: Record<Unit, string> = {
  usd: 'US dollars',
  thousand: 'thousands of US dollars',
  million: 'millions of US dollars',
};
export const unitWords = (unit: Unit): string => UNIT_WORDS[unit];

/** For a file in thousands or millions: values are multiplied, and shown both ways. */
export function unitNote(unit: Unit): string | null {
  return unit === 'usd'
    ? null
    : `Values are in ${UNIT_WORDS[unit]}: each is multiplied by ${unit === 'thousand' ? '1,000' : '1,000,000'}, and the table shows both.`;
}
