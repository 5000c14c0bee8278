import Papa from 'papaparse';
import type { UploadReport } from './report';
import { detectDelimiter, detectNewline, type Newline } from './sniff';
import { createUploadValidator } from './validator';

/** How far the reading has gone, in characters of the text. */
export type UploadProgress = { rows: number; bytes: number; totalBytes: number };

export type ParseUploadOptions = {
  /** Characters of text per chunk handed to the validator. */
  chunkSize?: number;
  onProgress?: (progress: UploadProgress) => void;
};

/** How much of the file's start is read to detect its line ends and delimiter. */
const HEAD_LENGTH = 65536;

/**
 * Pauses papaparse after a chunk and resumes it from a fresh stack. On a string
 * papaparse reads chunk after chunk by recursion, and every suspended frame keeps
 * its chunk's parsed rows reachable: on a 56 MB file that held about 4.7 bytes of
 * heap per byte of file until the very end. Paused, a chunk's rows are garbage as
 * soon as they are validated. Resuming re-reads only the unfinished last record
 * (papaparse's "fake chunk", which it does not hand to `chunk`), so the records
 * and errors delivered are the same.
 */
function unwindBetweenChunks(parser: Papa.Parser) {
  parser.pause();
  queueMicrotask(() => parser.resume());
}

/** Takes the records of a file as papaparse reads them, and says what they came to. */
export type RecordReader<Result> = {
  push(cells: string[]): void;
  /** A record papaparse could not read cleanly, with its message. */
  pushMalformed(cells: string[], message: string): void;
  finish(): Result;
};

/**
 * Reads a reader's CSV text through papaparse chunk by chunk and validates each
 * record as it comes (lib/upload/validator.ts). A BOM is dropped by papaparse.
 */
export function parseUpload(text: string, fileName: string, options: ParseUploadOptions = {}): Promise<UploadReport> {
  return parseRecords(text, (newline) => createUploadValidator(fileName, newline), options);
}

/**
 * Streams a text's records through papaparse into a reader made for its line
 * ends (our template's validator, a mapped file's, or UN Comtrade's), with the
 * delimiter and line ends decided once from the start of the text.
 */
export function parseRecords<Result>(
  text: string,
  createReader: (newline: Newline) => RecordReader<Result>,
  options: ParseUploadOptions = {},
): Promise<Result> {
  const head = text.slice(0, HEAD_LENGTH);
  const newline = detectNewline(head);
  const validator = createReader(newline);
  let rows = 0;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(text, {
      delimiter: detectDelimiter(head),
      newline,
      skipEmptyLines: false,
      chunkSize: options.chunkSize ?? 1024 * 1024,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        // An error on a record past this chunk's rows is about the unfinished last
        // record, which papaparse reads again with the next chunk: it is reported then.
        const malformed = new Map<number, string>();
        for (const error of results.errors) {
          if (error.row !== undefined && error.row < results.data.length) malformed.set(error.row, error.message);
        }
        results.data.forEach((cells, index) => {
          const message = malformed.get(index);
          if (message === undefined) validator.push(cells);
          else validator.pushMalformed(cells, message);
        });
        rows += results.data.length;
        options.onProgress?.({ rows, bytes: Math.min(results.meta.cursor, text.length), totalBytes: text.length });
        unwindBetweenChunks(parser);
      },
      complete: () => resolve(validator.finish()),
      error: reject,
    });
  });
}
