import { lineIssue, type ValidationIssue } from '../csv/issues';
import { hasUtf16Bom } from './encoding/decode';
import { MAX_UPLOAD_BYTES } from './report';

/** How many bytes of the file are looked at before parsing, to refuse binaries early. */
export const SNIFF_BYTES = 64 * 1024;

const megabytes = (bytes: number) =>
  new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);

/** UTF-16 saved without its byte order mark: a NUL in most odd (LE) or even (BE) places of an ASCII-heavy text. */
function looksLikeBareUtf16(head: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  head.forEach((byte, i) => {
    if (byte !== 0) return;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  });
  const half = head.length / 2;
  return Math.max(even, odd) > half * 0.6 && Math.min(even, odd) < half * 0.05;
}

/**
 * Checks made before a byte is parsed: size, emptiness, and whether the start of
 * the file looks like text (no NUL bytes, unless a UTF-16 byte order mark says
 * they are half of each character). Which encoding the text is in is decided
 * after (lib/upload/encoding/decode.ts). `head` is the first SNIFF_BYTES of the file.
 */
export function precheckUpload(fileName: string, size: number, head: Uint8Array): ValidationIssue | null {
  const refuse = (message: string) => lineIssue(fileName, 1, 'format-error', message);
  if (size > MAX_UPLOAD_BYTES) {
    return refuse(
      `The file is ${megabytes(size)} MB; the limit is ${megabytes(MAX_UPLOAD_BYTES)} MB. Split it by year, or leave out columns you do not need.`,
    );
  }
  if (size === 0) {
    return lineIssue(
      fileName,
      1,
      'missing-label',
      'The file is empty: its first line must be the header year,value_usd,publisher,source,note.',
    );
  }
  if (!hasUtf16Bom(head) && head.includes(0)) {
    return refuse(
      looksLikeBareUtf16(head)
        ? 'This looks like UTF-16 text saved without its byte order mark: save it from your spreadsheet as "CSV UTF-8" or "Unicode Text" and try again.'
        : 'This is not a text file (it holds binary data): export your table as CSV (UTF-8) and try again.',
    );
  }
  return null;
}
