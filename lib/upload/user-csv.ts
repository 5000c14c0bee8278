import { writeCsvTable, type CsvTable } from '../csv/write';
import type { Citation } from '../spreadsheet/citations';
import type { UserDataset } from './user-data';

/**
 * The reader's figures alone, as loaded (months added up), for the "Your data"
 * download. Each column holds one type, so pandas or R read `months` as whole
 * numbers: `kind` says whether a row is a yearly total (months 0) or months
 * added up (months 1–12, fewer than 12 being a partial year).
 */
export function userDataTable(user: UserDataset): CsvTable {
  // Exports and imports only for a file that had them (UN Comtrade's): other files' CSV is as it was.
  const flows = user.figures.some((f) => f.exports_usd !== undefined || f.imports_usd !== undefined);
  return {
    columns: [
      'year',
      'value_usd',
      ...(flows ? ['exports_usd', 'imports_usd'] : []),
      'publisher',
      'kind',
      'months',
      'source',
      'note',
      'file',
    ],
    rows: user.figures.map((f) => ({
      year: f.year,
      value_usd: f.value_usd,
      ...(flows ? { exports_usd: f.exports_usd, imports_usd: f.imports_usd } : {}),
      publisher: f.publisher,
      kind: f.months === 0 ? 'yearly total' : 'months added up',
      months: f.months,
      source: f.source,
      note: f.note,
      file: user.fileName,
    })),
  };
}

/** In the reader's workbook, exports and imports are amounts like value_usd. */
export const USER_DATA_OVERRIDES = {
  exports_usd: { header: 'Exports (US$)', kind: 'usd' },
  imports_usd: { header: 'Imports (US$)', kind: 'usd' },
} as const;

export function userDataCsv(user: UserDataset): string {
  return writeCsvTable(userDataTable(user));
}

/** The Sources sheet of the reader's workbook: their file, and each source their rows name. */
export function userDataCitations(user: UserDataset): Citation[] {
  const sources = [...new Set(user.figures.map((f) => f.source ?? ''))];
  return sources.map((source) => ({
    sourceId: '',
    publisher: [...new Set(user.figures.filter((f) => (f.source ?? '') === source).map((f) => f.publisher))].join('; '),
    title: `${source && !/^https?:\/\//.test(source) ? `${source}, in ` : ''}${user.fileName} (your data, not verified by us)`,
    published: '',
    url: /^https?:\/\//.test(source) ? source : '',
    quote: '',
  }));
}
