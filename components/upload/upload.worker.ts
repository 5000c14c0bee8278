/// <reference lib="webworker" />
import { lineIssue } from '@/lib/csv/issues';
import type { FromUploadWorker, ToUploadWorker } from '@/lib/upload/messages';
import { parseUpload } from '@/lib/upload/parse';
import { decodeUtf8, precheckUpload, SNIFF_BYTES } from '@/lib/upload/precheck';
import { refusedReport } from '@/lib/upload/report';

/*
 * Parsing and validation of an uploaded CSV, off the main thread so the page
 * stays responsive. The text goes through papaparse chunk by chunk; only the
 * accepted yearly totals and the first MAX_REPORTED_ISSUES issues travel back.
 * The page cancels by terminating this worker: it may be in the middle of a chunk.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromUploadWorker) => scope.postMessage(message);

/** Progress messages at most this often: each one re-renders the page's progress bar. */
const PROGRESS_EVERY_MS = 80;

async function run(file: File) {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const refused = precheckUpload(file.name, file.size, head);
  if (refused) return post({ type: 'done', report: refusedReport(file.name, refused) });
  // The whole file at once: decoding it slice by slice would break a multi-byte
  // character (Cyrillic, say) cut at a slice boundary.
  const text = decodeUtf8(await file.arrayBuffer());
  if (text === null) {
    const issue = lineIssue(
      file.name,
      1,
      'format-error',
      'The file is not UTF-8 text throughout: save it as "CSV UTF-8" and try again.',
    );
    return post({ type: 'done', report: refusedReport(file.name, issue) });
  }
  let lastPost = 0;
  const report = await parseUpload(text, file.name, {
    onProgress: (progress) => {
      const now = Date.now();
      if (now - lastPost < PROGRESS_EVERY_MS) return;
      lastPost = now;
      post({ type: 'progress', progress });
    },
  });
  post({ type: 'done', report });
}

scope.onmessage = (event: MessageEvent<ToUploadWorker>) => {
  run(event.data.file).catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
