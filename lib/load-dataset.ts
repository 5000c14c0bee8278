import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDataset, dataFileNames, type DataFileName, type Dataset, type DatasetResult } from './dataset';
import { formatReport } from './issues';

/** data/ at the project root; the build, the server and the scripts all run from there. */
export const DATA_DIR = path.join(process.cwd(), 'data');

export function readDataFile(name: DataFileName): string {
  return readFileSync(path.join(DATA_DIR, name), 'utf8');
}

export function readDataset(): DatasetResult {
  const texts = Object.fromEntries(dataFileNames.map((name) => [name, readDataFile(name)])) as Record<DataFileName, string>;
  return buildDataset(texts);
}

export class InvalidDataError extends Error {
  constructor(report: string) {
    super(`The CSV files in data/ are not valid.\n${report}`);
    this.name = 'InvalidDataError';
  }
}

let cached: Dataset | undefined;

/** The validated dataset, or an error carrying the full report: never partial data. */
export function loadDataset(): Dataset {
  if (cached) return cached;
  const { dataset, issues } = readDataset();
  if (issues.length > 0) throw new InvalidDataError(formatReport(issues));
  cached = dataset;
  return dataset;
}
