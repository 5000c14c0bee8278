import { lineIssue, type ValidationIssue } from '../csv/issues';
import { MAX_UPLOAD_BYTES } from './report';

/** How many bytes of the file are looked at before parsing, to refuse binaries early. */
export const SNIFF_BYTES = 64 * 1024;

const megabytes = (bytes: number) =>
  new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);

/**
 * Checks made before a byte is parsed: size, emptiness, and whether the start of
 * the file looks like text (no NUL bytes, valid UTF-8). `head` is the first
 * SNIFF_BYTES of the file.
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
  if (head.includes(0)) {
    return refuse('This is not a text file (it holds binary data): export your table as CSV (UTF-8) and try again.');
  }
  try {
    // When the head is only the start of the file, a character cut at its end is not an error: stream mode waits for the rest.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: size > head.length });
  } catch {
    return refuse('The file is not UTF-8 text: save it as "CSV UTF-8" and try again.');
  }
  return null;
}

/** The whole file as text, or null when a byte past the sniffed head is not UTF-8. */
export function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
