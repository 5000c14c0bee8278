import type { UploadProgress } from './upload-parse';
import type { UploadReport } from './upload-pipeline';

/** Messages between the page and the upload worker. */
export type ToUploadWorker = { type: 'start'; file: File } | { type: 'cancel' };

export type FromUploadWorker =
  | { type: 'progress'; progress: UploadProgress }
  | { type: 'done'; report: UploadReport }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };
