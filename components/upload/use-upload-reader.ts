'use client';

import { useRef } from 'react';
import type { FromUploadWorker, ToUploadWorker } from '@/lib/upload/messages';
import type { UploadProgress } from '@/lib/upload/parse';
import type { MappingRequest, ReadChoices } from '@/lib/upload/read-upload';
import type { UploadReport } from '@/lib/upload/report';

export type ReaderEvents = {
  onProgress: (progress: UploadProgress) => void;
  onReport: (report: UploadReport) => void;
  /** The header is not one the worker knows: which column is which must be asked. */
  onMapping: (request: MappingRequest) => void;
  /** The reading stopped without a report; `detail` says why, for the reader. */
  onFailed: (detail: string) => void;
};

/**
 * Reads a file in the upload worker (components/upload/upload.worker.ts), one at
 * a time: a new file, or cancel, stops the one before at once (the worker may be
 * in the middle of a chunk). A worker whose script did not load (a dropped
 * connection) gets one more try.
 */
export function useUploadReader() {
  const worker = useRef<Worker | null>(null);

  function stop(current: Worker) {
    current.terminate();
    if (worker.current === current) worker.current = null;
  }

  function read(file: File, choices: ReadChoices, events: ReaderEvents, attempt = 0) {
    if (worker.current) stop(worker.current);
    const next = new Worker(new URL('./upload.worker.ts', import.meta.url), { type: 'module' });
    worker.current = next;
    let answered = false;
    // A worker already cancelled or replaced may still report its own ending: ignore it.
    const current = () => worker.current === next;
    next.onmessage = (event: MessageEvent<FromUploadWorker>) => {
      answered = true;
      if (!current()) return;
      const message = event.data;
      if (message.type === 'progress') return events.onProgress(message.progress);
      stop(next);
      if (message.type === 'failed') events.onFailed(message.message);
      else if (message.type === 'mapping') events.onMapping(message.request);
      else events.onReport(message.report);
    };
    const fail = (detail: string) => {
      if (!current()) return next.terminate();
      stop(next);
      events.onFailed(`${detail}. Nothing was loaded`);
    };
    next.onerror = (event) => {
      if (!answered && attempt === 0 && current()) {
        stop(next);
        read(file, choices, events, 1);
        return;
      }
      fail(event.message || 'the reader stopped');
    };
    next.onmessageerror = () => fail('the reader sent an unreadable answer');
    next.postMessage({ type: 'start', file, choices } satisfies ToUploadWorker);
  }

  /** Stops the file being read, if any; true when there was one. */
  function cancel(): boolean {
    if (!worker.current) return false;
    stop(worker.current);
    return true;
  }

  return { read, cancel };
}
