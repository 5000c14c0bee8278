import { chartCsvName } from '../charts/files';
import { chartCsv, chartIds } from '../charts/registry';
import { VIEWS } from '../charts/view';
import type { Dataset } from '../dataset/build';
import type { PackageBuild } from '../dataset/data-package';
import { dataPackageJson, dataPackageZip, PACKAGE_ZIP_NAME } from '../dataset/data-package-zip';
import { figuresWithDerivedCsv } from '../dataset/derived-csv';
import { dataFileNames, isDataFileName, type DataFileName } from '../dataset/tables';
import { uploadTemplateCsv } from '../upload/template';
import { pptxFiles, PPTX_FILES } from '../pptx/deck';
import { XLSX_TYPE } from '../spreadsheet/write';
import { hasSpreadsheet, spreadsheetName, spreadsheetOfCsv } from './spreadsheets';

/*
 * Every file served under /data/, known at build time so that the server and a
 * static export serve the same: the raw files of data/, the derived figures, the
 * upload template, each chart's table in each view (from the chart registry), an
 * Excel workbook beside each of those CSVs, and the whole dataset as a
 * Frictionless data package (its descriptor, and a ZIP).
 */

/** What a generated file is built from: the dataset, the build, and the files of data/ as stored. */
export type DownloadInputs = {
  dataset: Dataset;
  build: PackageBuild;
  rawFile: (name: DataFileName) => Uint8Array;
};

type Build = (inputs: DownloadInputs) => string | Uint8Array | Promise<Uint8Array>;

const csvs = new Map<string, (inputs: DownloadInputs) => string>([
  ['figures-with-derived.csv', ({ dataset }) => figuresWithDerivedCsv(dataset)],
  ['upload-template.csv', () => uploadTemplateCsv()],
  ...chartIds.flatMap((id) =>
    VIEWS.map(
      (view) => [chartCsvName(id, view), ({ dataset }: DownloadInputs) => chartCsv(id, dataset, view)] as const,
    ),
  ),
]);

/** The text of a CSV we serve, raw or written. */
function csvText(name: string, inputs: DownloadInputs): string {
  return isDataFileName(name) ? new TextDecoder().decode(inputs.rawFile(name)) : csvs.get(name)!(inputs);
}

const spreadsheets = [...dataFileNames, ...csvs.keys()]
  .filter(hasSpreadsheet)
  .map(
    (csv) =>
      [
        spreadsheetName(csv),
        (inputs: DownloadInputs) => spreadsheetOfCsv(csvText(csv, inputs), inputs.dataset),
      ] as const,
  );

const generated = new Map<string, Build>([
  ...csvs,
  ...spreadsheets,
  ['datapackage.json', ({ dataset, build }) => dataPackageJson(dataset, build)],
  // What the browser writes a PowerPoint file from, fetched only when one is asked for (lib/pptx/deck.ts).
  [PPTX_FILES, ({ dataset }) => JSON.stringify(pptxFiles(dataset, chartIds))],
  [PACKAGE_ZIP_NAME, ({ dataset, build, rawFile }) => dataPackageZip(dataset, build, rawFile)],
]);

/** Every name served under /data/: the raw files first, then the generated ones. */
export const downloadNames: readonly string[] = [...dataFileNames, ...generated.keys()];

/** The whole dataset in one file, offered first under Downloads. */
export const packageDownload = PACKAGE_ZIP_NAME;

/** The files the page lists one by one under Downloads: the data and the derived figures (each chart links its own table). */
export const listedDownloads: readonly string[] = [...dataFileNames, 'figures-with-derived.csv'];

export type Download = { kind: 'raw'; name: DataFileName } | { kind: 'generated'; name: string; build: Build };

export function findDownload(name: string): Download | undefined {
  if (isDataFileName(name)) return { kind: 'raw', name };
  const build = generated.get(name);
  return build ? { kind: 'generated', name, build } : undefined;
}

/** The Content-Type a download is served with, by its extension. */
export function contentTypeOf(name: string): string {
  if (name.endsWith('.zip')) return 'application/zip';
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  if (name.endsWith('.json')) return 'application/json; charset=utf-8';
  return 'text/csv; charset=utf-8';
}

/**
 * Whether a download is saved as a file rather than shown: all of them but the
 * descriptor, which Frictionless tools read by its address (its paths, such as
 * sources.csv, are the files beside it under /data/), and the PowerPoint files'
 * data, which the page reads.
 */
export function isAttachment(name: string): boolean {
  return name !== 'datapackage.json' && name !== PPTX_FILES;
}
