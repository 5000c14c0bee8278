import { chartCsvName } from '../charts/files';
import { chartCsv, chartIds } from '../charts/registry';
import { VIEWS } from '../charts/view';
import type { Dataset } from '../dataset/build';
import { figuresWithDerivedCsv } from '../dataset/derived-csv';
import { dataFileNames, isDataFileName, type DataFileName } from '../dataset/tables';
import { uploadTemplateCsv } from '../upload/template';

/*
 * Every file served under /data/, known at build time so that the server and a
 * static export serve the same: the raw files of data/, the derived figures, the
 * upload template, and each chart's table in each view (from the chart registry).
 */

const generated = new Map<string, (dataset: Dataset) => string>([
  ['figures-with-derived.csv', figuresWithDerivedCsv],
  ['upload-template.csv', () => uploadTemplateCsv()],
  ...chartIds.flatMap((id) =>
    VIEWS.map((view) => [chartCsvName(id, view), (dataset: Dataset) => chartCsv(id, dataset, view)] as const),
  ),
]);

/** Every name served under /data/: the raw files first, then the generated tables. */
export const downloadNames: readonly string[] = [...dataFileNames, ...generated.keys()];

/** The files the page lists under Downloads: the data and the derived figures (each chart links its own table). */
export const listedDownloads: readonly string[] = [...dataFileNames, 'figures-with-derived.csv'];

export type Download =
  { kind: 'raw'; name: DataFileName } | { kind: 'generated'; name: string; build: (dataset: Dataset) => string };

export function findDownload(name: string): Download | undefined {
  if (isDataFileName(name)) return { kind: 'raw', name };
  const build = generated.get(name);
  return build ? { kind: 'generated', name, build } : undefined;
}
