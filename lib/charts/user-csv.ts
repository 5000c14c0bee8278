import Papa from 'papaparse';
import { writeCsvTable, type CsvRow, type CsvTable } from '../csv/write';
import type { UserDataset } from '../upload/user-data';
import { targetActualUserRows } from './target-actual/csv';
import { trajectoryUserRows } from './trajectory/csv';

/*
 * A chart's CSV with the reader's own figures added, as the chart draws them.
 * Built in the browser from the published CSV and the reader's rows, through the
 * one CSV writer, so text from their file is neutralised against formulas.
 * `chart` is a chart id (lib/charts/registry.ts); this module does not import
 * the registry, so that the browser loads only what a download needs.
 */

/** The reader's rows a chart's CSV gains: the bars' target years, every year of the trajectory, none elsewhere. */
function userRows(chart: string, published: readonly Record<string, string>[], user: UserDataset): CsvRow[] {
  if (chart === 'trajectory') return trajectoryUserRows(user);
  if (chart === 'target-vs-actual') {
    const targetYears = new Set(published.filter((row) => row.kind === 'target').map((row) => Number(row.year)));
    return targetActualUserRows(user, targetYears);
  }
  return [];
}

/** Published rows go back out as they came (numbers as numbers), then the reader's. */
export function chartTableWithUserData(chart: string, publishedCsv: string, user: UserDataset): CsvTable {
  const parsed = Papa.parse<Record<string, string>>(publishedCsv.trim(), { header: true });
  const columns = parsed.meta.fields ?? [];
  const published = parsed.data.map((row) =>
    Object.fromEntries(columns.map((c) => [c, /^-?\d+(\.\d+)?$/.test(row[c] ?? '') ? Number(row[c]) : (row[c] ?? '')])),
  );
  return { columns, rows: [...published, ...userRows(chart, parsed.data, user)] };
}

export function chartCsvWithUserData(chart: string, publishedCsv: string, user: UserDataset): string {
  return writeCsvTable(chartTableWithUserData(chart, publishedCsv, user));
}
