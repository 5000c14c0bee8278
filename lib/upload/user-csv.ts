import { writeCsv } from '../csv/write';
import type { UserDataset } from './user-data';

/**
 * The reader's figures alone, as loaded (months added up), for the "Your data"
 * download. Each column holds one type, so pandas or R read `months` as whole
 * numbers: `kind` says whether a row is a yearly total (months 0) or months
 * added up (months 1–12, fewer than 12 being a partial year).
 */
export function userDataCsv(user: UserDataset): string {
  return writeCsv(
    ['year', 'value_usd', 'publisher', 'kind', 'months', 'source', 'note', 'file'],
    user.figures.map((f) => ({
      year: f.year,
      value_usd: f.value_usd,
      publisher: f.publisher,
      kind: f.months === 0 ? 'yearly total' : 'months added up',
      months: f.months,
      source: f.source,
      note: f.note,
      file: user.fileName,
    })),
  );
}
