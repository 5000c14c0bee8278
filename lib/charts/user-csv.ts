import Papa from 'papaparse';
import { writeCsv, type CsvRow } from '../csv/write';
import { monthsNote } from './user-series';
import type { UserDataset } from '../upload/user-data';

/*
 * A chart's CSV with the reader's own figures added, as the chart shows them.
 * Built in the browser from the published CSV plus the user's rows, through the
 * one CSV writer, so text from the user's file is neutralised against formulas.
 */

function userRow(columns: readonly string[], user: UserDataset, figure: UserDataset['figures'][number]): CsvRow {
  const values: CsvRow = {
    year: figure.year,
    value_usd: figure.value_usd,
    basis: 'user',
    figure_publisher: figure.publisher,
    source_title: `Your data: ${user.fileName}`,
    source_url: figure.source ?? '',
    // A note from the reader's file is theirs, not a quote from a source.
    note: figure.note ?? '',
    series: `Your data: ${user.fileName}`,
    derivation: monthsNote(figure),
    bar: `Your data ${figure.year}`,
    detail: `${figure.publisher} · ${monthsNote(figure)}`,
    kind: 'actual',
  };
  return Object.fromEntries(columns.map((column) => [column, values[column] ?? '']));
}

/** Which of the user's figures a chart draws: all for the trajectory, target years for the bars. */
function figuresFor(chartFile: string, csvRows: readonly Record<string, string>[], user: UserDataset) {
  if (chartFile.startsWith('chart-trajectory')) return user.figures;
  if (chartFile.startsWith('chart-target-vs-actual')) {
    const targetYears = new Set(csvRows.filter((row) => row.kind === 'target').map((row) => Number(row.year)));
    return user.figures.filter((figure) => targetYears.has(figure.year));
  }
  return [];
}

export function chartCsvWithUserData(chartFile: string, publishedCsv: string, user: UserDataset): string {
  const parsed = Papa.parse<Record<string, string>>(publishedCsv.trim(), { header: true });
  const columns = parsed.meta.fields ?? [];
  const extra = figuresFor(chartFile, parsed.data, user).map((figure) => userRow(columns, user, figure));
  // Published rows go back out as they came (numbers as numbers), then the user's.
  const published = parsed.data.map((row) =>
    Object.fromEntries(columns.map((c) => [c, /^-?\d+(\.\d+)?$/.test(row[c] ?? '') ? Number(row[c]) : (row[c] ?? '')])),
  );
  return writeCsv(columns, [...published, ...extra]);
}

/**
 * The user's figures alone, as loaded (months added up), for the "Your data"
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
