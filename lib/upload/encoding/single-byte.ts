import type { LegacyEncoding } from './names';

/*
 * Which legacy Windows encoding a file that is not UTF-8 was saved in. Excel on
 * Windows saves "CSV" in the system's code page: Windows-1252 in Western
 * Europe and the Americas, Windows-1251 in Russia, CP949 (EUC-KR's superset) in
 * Korea. The bytes 0xC0–0xFF are letters in both 1251 (А–я) and 1252 (À–ÿ), so
 * the choice is made by where they stand, word by word:
 * - Western text puts an accented letter among plain Latin ones (Société, Müller);
 * - Russian text writes whole words of them (Россия is six such bytes, no Latin letter).
 * A word of two or more high letters and no Latin letter counts for Cyrillic; a word
 * mixing both counts for Western; one-letter words (Russian "в", French "à") count
 * for neither. Korean (EUC-KR) is tried first: it writes each syllable as two high
 * bytes, so it decodes without error only when every run of high bytes pairs up,
 * which Russian words of odd length break; it must also give mostly Hangul (most
 * Cyrillic pairs land among the Hanja), in words of their own (Western "aÀÀ" is a
 * Hangul syllable after a Latin letter), and hold at least one syllable whose first
 * byte is not a letter in Windows-1251 (B0 B1 B5 B6 B7 B9 BB: 가, 국, 동, 러, 무, 방,
 * 사 and their rows). Russian words of even length in capitals А–И can pass the
 * other tests; they never pass that one. A tie, or no evidence, is Western:
 * Excel's most common code page. The reader is told and can change it.
 */

const isLatinLetter = (byte: number) => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
/** 0xC0–0xFF, and Ё ё (0xA8, 0xB8 in 1251): letters in either code page, read as one class. */
const isHighLetter = (byte: number) => byte >= 0xc0 || byte === 0xa8 || byte === 0xb8;

export type SingleByteEvidence = { cyrillicWords: number; westernWords: number };

/** Counts the words that speak for Windows-1251 and those that speak for Windows-1252. */
export function scoreWords(bytes: Uint8Array): SingleByteEvidence {
  let cyrillicWords = 0;
  let westernWords = 0;
  let latin = 0;
  let high = 0;
  const endWord = () => {
    if (high >= 2 && latin === 0) cyrillicWords += 1;
    else if (high >= 1 && latin >= 1) westernWords += 1;
    latin = 0;
    high = 0;
  };
  for (const byte of bytes) {
    if (isLatinLetter(byte)) latin += 1;
    else if (isHighLetter(byte)) high += 1;
    else endWord();
  }
  endWord();
  return { cyrillicWords, westernWords };
}

/** Hangul syllables (U+AC00–U+D7A3) among the text's characters past ASCII. */
function hangulShare(text: string): number {
  let beyondAscii = 0;
  let hangul = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    beyondAscii += 1;
    if (code >= 0xac00 && code <= 0xd7a3) hangul += 1;
  }
  return beyondAscii === 0 ? 0 : hangul / beyondAscii;
}

/** First bytes of Hangul syllables in EUC-KR that are no letter in Windows-1251 (°, ±, µ, ¶, ·, №, »). */
const KOREAN_ONLY_LEADS = new Set([0xb0, 0xb1, 0xb5, 0xb6, 0xb7, 0xb9, 0xbb]);

/** Runs of bytes past ASCII standing as words of their own or glued to a Latin letter, and whether a pair starts with a Korean-only byte. */
function highRuns(bytes: Uint8Array): { standalone: number; glued: number; koreanOnlyLead: boolean } {
  let standalone = 0;
  let glued = 0;
  let koreanOnlyLead = false;
  for (let i = 0; i < bytes.length; i += 1) {
    if ((bytes[i] ?? 0) < 0x80) continue;
    const start = i;
    while (i < bytes.length && (bytes[i] ?? 0) >= 0x80) {
      if ((i - start) % 2 === 0 && KOREAN_ONLY_LEADS.has(bytes[i] ?? 0)) koreanOnlyLead = true;
      i += 1;
    }
    if (isLatinLetter(bytes[start - 1] ?? 0) || isLatinLetter(bytes[i] ?? 0)) glued += 1;
    else standalone += 1;
  }
  return { standalone, glued, koreanOnlyLead };
}

/** Korean by all the signs at the top: pairs that decode cleanly, mostly into Hangul, as words of their own, one Korean-only. */
function looksKorean(bytes: Uint8Array): boolean {
  const runs = highRuns(bytes);
  if (runs.standalone <= runs.glued || !runs.koreanOnlyLead) return false;
  try {
    // stream: a sample cut in the middle of a character is not an error.
    return hangulShare(new TextDecoder('euc-kr', { fatal: true }).decode(bytes, { stream: true })) >= 0.8;
  } catch {
    return false;
  }
}

/** How much of a file the guess looks at: enough words to decide, without reading 100 MB twice. */
export const GUESS_SAMPLE_BYTES = 4 * 1024 * 1024;

/** The legacy encoding of bytes that are not UTF-8 (see the comment at the top). */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding {
  const sample = bytes.subarray(0, GUESS_SAMPLE_BYTES);
  if (looksKorean(sample)) return 'euc-kr';
  const { cyrillicWords, westernWords } = scoreWords(sample);
  return cyrillicWords > westernWords ? 'windows-1251' : 'windows-1252';
}
