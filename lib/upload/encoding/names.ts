/*
 * The encodings an upload is read in, with the names a reader knows them by.
 * Each is a label TextDecoder accepts (in browsers and Node alike).
 */

/** Encodings chosen without a byte order mark, when the bytes are not UTF-8: guessed, or picked by the reader. */
export const LEGACY_ENCODINGS = ['windows-1251', 'windows-1252', 'euc-kr'] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

/** How the encoding was settled: a byte order mark, bytes valid as UTF-8, a guess from the bytes, or the reader's choice. */
export type EncodingSource = 'bom' | 'valid-utf-8' | 'guessed' | 'chosen';

export type EncodingUsed = { name: TextEncodingName; source: EncodingSource };

const NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE (Excel’s “Unicode Text”)',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'windows-1252': 'Windows-1252 (Western)',
  'euc-kr': 'EUC-KR (Korean)',
};

export const encodingName = (encoding: TextEncodingName): string => NAMES[encoding];

export function isLegacyEncoding(value: unknown): value is LegacyEncoding {
  return (LEGACY_ENCODINGS as readonly unknown[]).includes(value);
}
