import type { EncodingUsed, LegacyEncoding, TextEncodingName } from './names';
import { guessLegacyEncoding } from './single-byte';
import { damagedUtf8Line, lineOfOffset, scanUtf8 } from './utf8-damage';

/*
 * An upload's bytes as text. TextDecoder does the decoding (built into browsers
 * and Node); this only decides the encoding:
 * 1. a byte order mark says it: UTF-8, or UTF-16 LE/BE (Excel's "Unicode Text");
 * 2. else the reader's choice, when they made one;
 * 3. else UTF-8, when every byte is valid UTF-8;
 * 4. else, unless it is UTF-8 with a few broken bytes (utf8-damage.ts), a legacy
 *    Windows code page guessed from the bytes (single-byte.ts).
 */

export type Decoded = { text: string; encoding: EncodingUsed };
/** Why a file could not be read as text: it is `broken` in the encoding it is marked or nearly all written in, from `line`. */
export type NotDecoded = { broken: TextEncodingName; line: number };

export const isDecoded = (result: Decoded | NotDecoded): result is Decoded => 'text' in result;

function bomOf(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** True when the file starts with a UTF-16 byte order mark: its NUL bytes are text, not a sign of binary data. */
export const hasUtf16Bom = (bytes: Uint8Array) => bomOf(bytes)?.startsWith('utf-16') ?? false;

/** The text of `bytes`, or where a UTF-8 file is broken. */
export function decodeUpload(bytes: Uint8Array, chosen?: LegacyEncoding): Decoded | NotDecoded {
  const marked = bomOf(bytes);
  if (marked) {
    try {
      // The mark itself is dropped by the decoder.
      return {
        text: new TextDecoder(marked, { fatal: true }).decode(bytes),
        encoding: { name: marked, source: 'bom' },
      };
    } catch {
      // UTF-16 breaks only on a lone surrogate, too rare to look for its line.
      const offset = marked === 'utf-8' ? scanUtf8(bytes).firstBrokenOffset : -1;
      return { broken: marked, line: offset < 0 ? 1 : lineOfOffset(bytes, offset) };
    }
  }
  if (chosen) return { text: new TextDecoder(chosen).decode(bytes), encoding: { name: chosen, source: 'chosen' } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: { name: 'utf-8', source: 'valid-utf-8' } };
  } catch {
    const damaged = damagedUtf8Line(bytes);
    if (damaged !== null) return { broken: 'utf-8', line: damaged };
    const guessed = guessLegacyEncoding(bytes);
    return { text: new TextDecoder(guessed).decode(bytes), encoding: { name: guessed, source: 'guessed' } };
  }
}
