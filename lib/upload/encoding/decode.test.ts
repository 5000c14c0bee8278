import { describe, expect, it } from 'vitest';
import { decodeUpload, isDecoded } from './decode';
import { encodeEucKr, encodeSingleByte, encodeUtf16 } from './legacy-encode';
import { scoreWords } from './single-byte';

const utf8 = (text: string) => new TextEncoder().encode(text);

function decoded(bytes: Uint8Array, chosen?: Parameters<typeof decodeUpload>[1]) {
  const result = decodeUpload(bytes, chosen);
  if (!isDecoded(result)) throw new Error(`not decoded: ${JSON.stringify(result)}`);
  return result;
}

const CYRILLIC = 'year;value_usd;publisher\r\n2019;47900000;Федеральная таможенная служба России\r\n';
const WESTERN = 'year;value_usd;publisher\r\n2019;47900000;Société Générale de Surveillance\r\n';
const KOREAN = 'year,value_usd,publisher\n2019,47900000,대한무역투자진흥공사\n';

describe('decodeUpload', () => {
  it('reads UTF-8 as UTF-8, with its byte order mark dropped', () => {
    expect(decoded(utf8(KOREAN))).toEqual({ text: KOREAN, encoding: { name: 'utf-8', source: 'valid-utf-8' } });
    expect(decoded(utf8(`\uFEFF${CYRILLIC}`))).toEqual({ text: CYRILLIC, encoding: { name: 'utf-8', source: 'bom' } });
  });

  it('reads UTF-16 LE and BE by their byte order mark, Korean and Cyrillic intact', () => {
    const text = `${KOREAN}2020,1,${'Федеральная таможенная служба'}\n`;
    expect(decoded(encodeUtf16(text, 'le'))).toEqual({ text, encoding: { name: 'utf-16le', source: 'bom' } });
    expect(decoded(encodeUtf16(text, 'be'))).toEqual({ text, encoding: { name: 'utf-16be', source: 'bom' } });
  });

  it('guesses Windows-1251 for Cyrillic, Windows-1252 for accented Latin, EUC-KR for Korean', () => {
    expect(decoded(encodeSingleByte(CYRILLIC, 'windows-1251'))).toEqual({
      text: CYRILLIC,
      encoding: { name: 'windows-1251', source: 'guessed' },
    });
    expect(decoded(encodeSingleByte(WESTERN, 'windows-1252'))).toEqual({
      text: WESTERN,
      encoding: { name: 'windows-1252', source: 'guessed' },
    });
    expect(decoded(encodeEucKr(KOREAN))).toEqual({ text: KOREAN, encoding: { name: 'euc-kr', source: 'guessed' } });
  });

  it('reads the encoding the reader chose instead of the guess', () => {
    const bytes = encodeSingleByte(CYRILLIC, 'windows-1251');
    const asWestern = decoded(bytes, 'windows-1252');
    expect(asWestern.encoding).toEqual({ name: 'windows-1252', source: 'chosen' });
    expect(asWestern.text).toContain('Ôåäåðàëüíàÿ');
  });

  it('says on which line a UTF-8 file breaks, rather than reading it all in a Windows code page', () => {
    const bytes = utf8(`${CYRILLIC}2020;1;Росстат\r\n`);
    // One byte of "Росстат" (line 3) lost: the rest of the file is still plainly UTF-8.
    const damaged = bytes.filter((_, i) => i !== bytes.length - 6);
    expect(decodeUpload(damaged)).toEqual({ broken: 'utf-8', line: 3 });
    expect(decodeUpload(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a\nb\n'), 0xff]))).toEqual({
      broken: 'utf-8',
      line: 3,
    });
  });
});

describe('scoreWords', () => {
  it('counts whole words of high letters for Cyrillic, and words mixing them with Latin for Western', () => {
    expect(scoreWords(encodeSingleByte('ФТС России, ITC в 2019', 'windows-1251'))).toEqual({
      cyrillicWords: 2,
      westernWords: 0,
    });
    expect(scoreWords(encodeSingleByte('Société Générale à Zürich', 'windows-1252'))).toEqual({
      cyrillicWords: 0,
      westernWords: 3,
    });
  });
});
