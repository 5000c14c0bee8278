/*
 * A UTF-8 file with a few broken bytes (a copy cut short, a cell pasted from
 * elsewhere) must not be read as a Windows code page: every Cyrillic or Korean
 * letter in it would come out wrong. Legacy text almost never forms a valid
 * UTF-8 multi-byte sequence (Windows-1251 "Ро" is D0 EE: a lead byte and no
 * continuation), so a file with more valid sequences than broken ones is UTF-8
 * with damage, and the reader is told where.
 */

const isContinuation = (byte: number | undefined) => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/** How many continuation bytes a lead byte announces; -1 when the byte cannot start a character. */
function trailLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 1;
  if (byte >= 0xe0 && byte <= 0xef) return 2;
  if (byte >= 0xf0 && byte <= 0xf4) return 3;
  return -1;
}

export type Utf8Damage = { validSequences: number; brokenBytes: number; firstBrokenOffset: number };

/** Counts valid multi-byte sequences and broken bytes (overlong and surrogate forms are not told apart: TextDecoder has refused the file already). */
export function scanUtf8(bytes: Uint8Array): Utf8Damage {
  let validSequences = 0;
  let brokenBytes = 0;
  let firstBrokenOffset = -1;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
    const trail = trailLength(byte);
    let whole = trail > 0;
    for (let k = 1; whole && k <= trail; k += 1) whole = isContinuation(bytes[i + k]);
    if (whole) {
      validSequences += 1;
      i += trail;
    } else {
      brokenBytes += 1;
      if (firstBrokenOffset < 0) firstBrokenOffset = i;
    }
  }
  return { validSequences, brokenBytes, firstBrokenOffset };
}

/** The editor line (1-based) of a byte. */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** The line of the first broken byte when the file is UTF-8 with damage; null when it is not UTF-8 at all. */
export function damagedUtf8Line(bytes: Uint8Array): number | null {
  const { validSequences, brokenBytes, firstBrokenOffset } = scanUtf8(bytes);
  if (firstBrokenOffset < 0 || validSequences <= brokenBytes) return null;
  return lineOfOffset(bytes, firstBrokenOffset);
}
