import { YEAR_RANGE } from '../csv/cells';
import { tableSchema } from '../csv/table-schema';
import { makeFastUploadRow } from './fast-row';
import { LATEST_YEAR, uploadRowSchema } from './schema';

/**
 * Repeated (year, publisher) rows are found as rows are added up (lib/upload/aggregator.ts), not here.
 * Plainly valid rows take the shortcut of lib/upload/fast-row.ts; all others are checked by zod.
 */
export const uploadTable = tableSchema(uploadRowSchema, [], {
  optionalColumns: ['source', 'note'],
  labels: 'relaxed',
  blankRows: 'skip',
  fastRow: makeFastUploadRow({ min: YEAR_RANGE.min, max: LATEST_YEAR }),
});
