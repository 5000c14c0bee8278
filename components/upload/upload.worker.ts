/// <reference lib="webworker" />
import type { FromUploadWorker, ToUploadWorker } from '@/lib/upload/messages';
import { readUpload, type ReadChoices } from '@/lib/upload/read-upload';
import { MAX_UPLOAD_BYTES, refusedReport } from '@/lib/upload/report';
import { precheckUpload } from '@/lib/upload/precheck';

/*
 * Reading and validation of an uploaded file, off the main thread so the page
 * stays responsive: the encoding, the layout, then papaparse chunk by chunk
 * (lib/upload/read-upload.ts); only the accepted yearly totals, the first
 * MAX_REPORTED_ISSUES issues, or the first rows for the mapping step travel back.
 * The page cancels by terminating this worker: it may be in the middle of a chunk.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromUploadWorker) => scope.postMessage(message);

/** Progress messages at most this often: each one re-renders the page's progress bar. */
const PROGRESS_EVERY_MS = 80;

async function run(file: File, choices: ReadChoices) {
  // An oversized file is refused by its size alone, before a byte of it is read.
  if (file.size > MAX_UPLOAD_BYTES) {
    const issue = precheckUpload(file.name, file.size, new Uint8Array());
    if (issue) return post({ type: 'done', report: refusedReport(file.name, issue) });
  }
  // The whole file at once: decoding it slice by slice would break a multi-byte
  // character (Cyrillic, say) cut at a slice boundary.
  const bytes = new Uint8Array(await file.arrayBuffer());
  let lastPost = 0;
  const outcome = await readUpload(bytes, file.name, choices, {
    onProgress: (progress) => {
      const now = Date.now();
      if (now - lastPost < PROGRESS_EVERY_MS) return;
      lastPost = now;
      post({ type: 'progress', progress });
    },
  });
  post(
    outcome.kind === 'report'
      ? { type: 'done', report: outcome.report }
      : { type: 'mapping', request: outcome.request },
  );
}

scope.onmessage = (event: MessageEvent<ToUploadWorker>) => {
  run(event.data.file, event.data.choices).catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
