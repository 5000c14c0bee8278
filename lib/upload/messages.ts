import type { UploadProgress } from './parse';
import type { MappingRequest, ReadChoices } from './read-upload';
import type { UploadReport } from './report';

/** Messages between the page and the upload worker. */
/** Cancel is done by terminating the worker from the page: it may be mid-chunk. */
export type ToUploadWorker = { type: 'start'; file: File; choices: ReadChoices };

export type FromUploadWorker =
  | { type: 'progress'; progress: UploadProgress }
  | { type: 'done'; report: UploadReport }
  /** The header is not one the worker knows: the page asks the reader which column is which. */
  | { type: 'mapping'; request: MappingRequest }
  | { type: 'failed'; message: string };
