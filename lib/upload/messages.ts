import type { UploadProgress } from './parse';
import type { UploadReport } from './report';

/** Messages between the page and the upload worker. */
/** Cancel is done by terminating the worker from the page: it may be mid-chunk. */
export type ToUploadWorker = { type: 'start'; file: File };

export type FromUploadWorker =
  | { type: 'progress'; progress: UploadProgress }
  | { type: 'done'; report: UploadReport }
  | { type: 'failed'; message: string };
