import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUpload } from './decode';
import { encodeEucKr, encodeSingleByte, encodeUtf16 } from './legacy-encode';

/*
 * Property tests: text written in each encoding a spreadsheet saves comes back
 * exactly, and a file that is not UTF-8 is read in the code page it was saved in.
 */

const isValidUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const letters = (from: string, to: string, except = '') =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) =>
    String.fromCharCode(from.charCodeAt(0) + i),
  ).filter((c) => !except.includes(c));

const word = (alphabet: string[], min = 1, max = 12) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((cs) => cs.join(''));
const separator = fc.constantFrom(' ', ',', ';', '\t', '\r\n', '\n', ', ', '"', '.', '-');
/** Words and numbers such as a trade table holds: years, amounts, codes (ITC, RUS). */
const plain = fc.oneof(word(letters('A', 'Z')), word(letters('a', 'z')), fc.integer({ min: 0, max: 1e9 }).map(String));
const textOf = (words: fc.Arbitrary<string>[]) =>
  fc
    .array(fc.tuple(fc.oneof(...words), separator), { minLength: 1, maxLength: 40 })
    .map((parts) => parts.flat().join(''));

const CYRILLIC = [...letters('А', 'я'), 'Ё', 'ё'];
/** Windows-1252's accented letters; × and ÷ sit among them but are not letters. */
const ACCENTED = letters('À', 'ÿ', '×÷');
/** Western words put accented letters among plain ones: Société, Müller, año. */
const westernWord = fc
  .tuple(word(letters('a', 'z'), 1, 6), word(ACCENTED, 1, 2), word(letters('a', 'z'), 0, 6))
  .map((parts) => parts.join(''));
const HANGUL = [...'한국무역협회대외동향북조선러시아연방세관통계잠정'];
/** Words with a syllable that starts with a byte no Cyrillic letter has (single-byte.ts): in nearly any Korean text. */
const KOREAN_WORDS = ['무역', '관세', '러시아', '동향', '가격', '통계'];

/** A file's text: a header line, then at least one word of `required` among plain words. */
const withAtLeastOne = (required: fc.Arbitrary<string>) =>
  fc
    .tuple(textOf([plain, required]), required, textOf([plain]))
    .map(([a, w, b]) => `year;value_usd;publisher\r\n${a} ${w} ${b}`);

describe('encodings round-trip', () => {
  it('UTF-8, UTF-16 LE and UTF-16 BE give back any text exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }).filter((t) => !t.startsWith('\uFEFF')),
        (text) => {
          expect(decodeUpload(new TextEncoder().encode(text))).toMatchObject({ text });
          expect(decodeUpload(encodeUtf16(text, 'le'))).toEqual({
            text,
            encoding: { name: 'utf-16le', source: 'bom' },
          });
          expect(decodeUpload(encodeUtf16(text, 'be'))).toEqual({
            text,
            encoding: { name: 'utf-16be', source: 'bom' },
          });
        },
      ),
    );
  });

  it('Russian text saved in Windows-1251 is read as Windows-1251, letter for letter', () => {
    fc.assert(
      fc.property(withAtLeastOne(word(CYRILLIC, 2)), (text) => {
        const bytes = encodeSingleByte(text, 'windows-1251');
        // UTF-8 is tried first. A capital then Ё or ё (ЭЁ is DD A8) is also a valid UTF-8 character, so
        // words made only of such pairs read as UTF-8; any ordinary Russian word breaks UTF-8.
        fc.pre(!isValidUtf8(bytes));
        expect(decodeUpload(bytes)).toEqual({
          text,
          encoding: { name: 'windows-1251', source: 'guessed' },
        });
      }),
    );
  });

  it('Western text saved in Windows-1252 is read as Windows-1252, letter for letter', () => {
    fc.assert(
      fc.property(withAtLeastOne(westernWord), (text) => {
        expect(decodeUpload(encodeSingleByte(text, 'windows-1252'))).toEqual({
          text,
          encoding: { name: 'windows-1252', source: 'guessed' },
        });
      }),
    );
  });

  it('Korean text saved in EUC-KR is read as EUC-KR, syllable for syllable', () => {
    fc.assert(
      fc.property(
        withAtLeastOne(fc.constantFrom(...KOREAN_WORDS)),
        textOf([plain, word(HANGUL, 1, 6)]),
        (base, more) => {
          const text = `${base} ${more}`;
          expect(decodeUpload(encodeEucKr(text))).toEqual({ text, encoding: { name: 'euc-kr', source: 'guessed' } });
        },
      ),
    );
  });
});
