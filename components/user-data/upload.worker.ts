/// <reference lib="webworker" />
import type { FromUploadWorker, ToUploadWorker } from '@/lib/upload-messages';
import { parseUpload } from '@/lib/upload-parse';
import { precheckUpload, SNIFF_BYTES, type UploadReport } from '@/lib/upload-pipeline';
import type { ValidationIssue } from '@/lib/issues';

/** A file refused before any row is read: one issue, nothing accepted. */
function refusedReport(fileName: string, issue: ValidationIssue): UploadReport {
  return {
    fileName,
    rowCount: 0,
    acceptedRowCount: 0,
    rejectedRowCount: 0,
    issueCount: 1,
    issues: [issue],
    figures: [],
    ignoredColumns: [],
    skippedBlankRows: 0,
  };
}

/*
 * Parsing and validation of an uploaded CSV, off the main thread so the page
 * stays responsive. The text goes through papaparse chunk by chunk; only the
 * accepted yearly totals and the first MAX_REPORTED_ISSUES issues travel back.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromUploadWorker) => scope.postMessage(message);

async function run(file: File) {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const refused = precheckUpload(file.name, file.size, head);
  if (refused) return post({ type: 'done', report: refusedReport(file.name, refused) });
  // Decode the whole file at once: papaparse would decode byte slices one by one
  // and break a multi-byte character (Cyrillic, say) cut at a slice boundary.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return post({
      type: 'done',
      report: refusedReport(file.name, {
        file: file.name,
        line: 1,
        column: '',
        columnNumber: null,
        value: null,
        code: 'format-error',
        message: 'The file is not UTF-8 text throughout: save it as "CSV UTF-8" and try again.',
      }),
    });
  }
  let lastPost = 0;
  const report = await parseUpload(text, file.name, text.length, {
    onProgress: (progress) => {
      const now = Date.now();
      if (now - lastPost > 80) {
        lastPost = now;
        post({ type: 'progress', progress });
      }
    },
  });
  // Without isCancelled the parse always finishes: the page cancels by terminating this worker.
  if (report) post({ type: 'done', report });
}

scope.onmessage = (event: MessageEvent<ToUploadWorker>) => {
  run(event.data.file).catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
