import type { LegacyEncoding } from './names';

/*
 * Text to bytes in a legacy code page, for tests and fixtures only: browsers and
 * Node encode nothing but UTF-8 (TextEncoder). Each single-byte code page is
 * inverted from TextDecoder itself, so the two cannot disagree.
 */

const tables = new Map<string, Map<string, number>>();

function tableOf(encoding: 'windows-1251' | 'windows-1252'): Map<string, number> {
  let table = tables.get(encoding);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(encoding);
    for (let byte = 0; byte < 256; byte += 1) {
      const char = decoder.decode(new Uint8Array([byte]));
      if (!table.has(char)) table.set(char, byte);
    }
    tables.set(encoding, table);
  }
  return table;
}

/** The bytes of `text` in a single-byte code page; throws on a character the code page lacks. */
export function encodeSingleByte(text: string, encoding: Exclude<LegacyEncoding, 'euc-kr'>): Uint8Array {
  const table = tableOf(encoding);
  return Uint8Array.from([...text], (char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`${encoding} has no ${JSON.stringify(char)}`);
    return byte;
  });
}

let eucKr: Map<string, number[]> | null = null;

/** The bytes of `text` in EUC-KR (KS X 1001: ASCII, and two bytes 0xA1–0xFE each for Hangul and the rest). */
export function encodeEucKr(text: string): Uint8Array {
  if (!eucKr) {
    eucKr = new Map();
    const decoder = new TextDecoder('euc-kr');
    for (let lead = 0xa1; lead <= 0xfe; lead += 1)
      for (let trail = 0xa1; trail <= 0xfe; trail += 1) {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char !== '\ufffd' && !eucKr.has(char)) eucKr.set(char, [lead, trail]);
      }
  }
  const table = eucKr;
  return Uint8Array.from(
    [...text].flatMap((char) => {
      if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
      const bytes = table.get(char);
      if (!bytes) throw new Error(`EUC-KR has no ${JSON.stringify(char)}`);
      return bytes;
    }),
  );
}

/** UTF-16 with its byte order mark, as Excel saves "Unicode Text". */
export function encodeUtf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i += 1) view.setUint16(2 + i * 2, text.charCodeAt(i), order === 'le');
  return bytes;
}
