import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDataset, type Dataset, type DatasetResult } from './build';
import type { PackageBuild } from './data-package';
import { dataFileNames, type DataFileName } from './tables';
import { formatReport } from '../csv/issues';

/** data/ at the project root; the build, the server and the scripts all run from there. */
export const DATA_DIR = path.join(process.cwd(), 'data');

export function readDataFile(name: DataFileName): string {
  return readFileSync(path.join(DATA_DIR, name), 'utf8');
}

/** The file exactly as stored, for downloads that must match it byte for byte. */
export function readDataFileBytes(name: DataFileName): Uint8Array<ArrayBuffer> {
  const bytes = readFileSync(path.join(DATA_DIR, name));
  return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/**
 * The version and date the data package carries: package.json's version, and the
 * day of the build (a day, not a moment, so that every file built in one build,
 * by whichever worker, says the same; midnight UTC of that day as the timestamp).
 */
export function packageBuild(): PackageBuild {
  const { version } = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
  return { version, created: `${new Date().toISOString().slice(0, 10)}T00:00:00Z` };
}

export function readDataset(): DatasetResult {
  const texts = Object.fromEntries(dataFileNames.map((name) => [name, readDataFile(name)])) as Record<
    DataFileName,
    string
  >;
  return buildDataset(texts);
}

export class InvalidDataError extends Error {
  constructor(report: string) {
    super(`The CSV files in data/ are not valid.\n${report}`);
    this.name = 'InvalidDataError';
  }
}

// Cached in production only, so that `next dev` picks up edits to the CSV files.
let cached: Dataset | undefined;
const cacheDataset = process.env.NODE_ENV === 'production';

/** The validated dataset, or an error carrying the full report: never partial data. */
export function loadDataset(): Dataset {
  if (cached) return cached;
  const { dataset, issues } = readDataset();
  if (issues.length > 0) throw new InvalidDataError(formatReport(issues));
  if (cacheDataset) cached = dataset;
  return dataset;
}
