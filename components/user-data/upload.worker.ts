/// <reference lib="webworker" />
import type { FromUploadWorker, ToUploadWorker } from '@/lib/upload-messages';
import { parseUpload } from '@/lib/upload-parse';
import { precheckUpload, SNIFF_BYTES } from '@/lib/upload-pipeline';

/*
 * Parsing and validation of an uploaded CSV, off the main thread so the page
 * stays responsive. papaparse reads the File in chunks; only accepted figures and
 * the first 1,000 issues travel back.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let cancelled = false;
const post = (message: FromUploadWorker) => scope.postMessage(message);

async function run(file: File) {
  cancelled = false;
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const refused = precheckUpload(file.name, file.size, head);
  if (refused) {
    post({
      type: 'done',
      report: { fileName: file.name, rowCount: 0, acceptedRowCount: 0, rejectedRowCount: 0, issueCount: 1, issues: [refused], figures: [], ignoredColumns: [] },
    });
    return;
  }
  let lastPost = 0;
  const report = await parseUpload(file, file.name, file.size, {
    head: new TextDecoder().decode(head),
    onProgress: (progress) => {
      const now = Date.now();
      if (now - lastPost > 80) {
        lastPost = now;
        post({ type: 'progress', progress });
      }
    },
    isCancelled: () => cancelled,
  });
  post(report ? { type: 'done', report } : { type: 'cancelled' });
}

scope.onmessage = (event: MessageEvent<ToUploadWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') cancelled = true;
  if (message.type === 'start') {
    run(message.file).catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
  }
};
