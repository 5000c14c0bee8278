/*
 * Every column of every table we hand out, as a person reads it in a spreadsheet:
 * the header row says "Value (US$)" where the CSV says value_usd, and each
 * column's kind decides how its cells are typed and shown (numbers as numbers,
 * years without a thousands separator, US$ amounts with a number format).
 */

export type ColumnKind =
  | 'text'
  | 'year'
  | 'count'
  | 'usd'
  | 'ratio'
  | 'date'
  | 'partial-date'
  | 'boolean'
  /** A number whose unit is given by the row's `unit` column (US$ or a ratio). */
  | 'by-unit';

export type SpreadsheetColumn = { name: string; header: string; kind: ColumnKind };

const text = (header: string) => ({ header, kind: 'text' as const });

const COLUMNS: Record<string, Omit<SpreadsheetColumn, 'name'>> = {
  // data/*.csv
  source_id: text('Source id'),
  title: text('Title'),
  publisher: text('Publisher'),
  author: text('Author'),
  published: { header: 'Published', kind: 'date' },
  url: text('Address'),
  note: text('Note'),
  target_id: text('Target id'),
  label: text('Target'),
  set_in: { header: 'Set in', kind: 'year' },
  target_year: { header: 'Target year', kind: 'year' },
  value_usd: { header: 'Value (US$)', kind: 'usd' },
  supersedes: text('Replaces target'),
  quote: text('Quote'),
  year: { header: 'Year', kind: 'year' },
  basis: text('Basis'),
  date: { header: 'Date', kind: 'partial-date' },
  precision: text('Date precision'),
  category: text('Category'),
  highlight: { header: 'Marked on the trajectory chart', kind: 'boolean' },
  // The derived figures and the charts' tables
  figure: text('Figure'),
  value: { header: 'Value', kind: 'by-unit' },
  unit: text('Unit'),
  derivation: text('Derivation'),
  source_title: text('Source title'),
  source_publisher: text('Source publisher'),
  source_published: { header: 'Source published', kind: 'date' },
  source_url: text('Source address'),
  series: text('Series'),
  producer: text('Produced by'),
  figure_kind: text('Kind of figure'),
  derived_from: text('Derived from'),
  set_by: text('Set by'),
  language: text('Language'),
  date_from: text('Date taken from'),
  bar: text('Bar'),
  detail: text('Detail'),
  kind: text('Kind'),
  target: text('Target'),
  target_usd: { header: 'Target (US$)', kind: 'usd' },
  actual_year: { header: 'Actual year', kind: 'year' },
  actual_usd: { header: 'Actual (US$)', kind: 'usd' },
  actual_publisher: text('Actual published by'),
  attainment_ratio: { header: 'Attainment (actual / target)', kind: 'ratio' },
  shortfall_usd: { header: 'Shortfall (US$)', kind: 'usd' },
  outcome_year: { header: 'Later year', kind: 'year' },
  outcome_usd: { header: 'Later actual (US$)', kind: 'usd' },
  outcome_publisher: text('Later actual published by'),
  outcome_attainment_ratio: { header: 'Later attainment (actual / target)', kind: 'ratio' },
  // The reader's data
  months: { header: 'Months added up', kind: 'count' },
  source: text('Source'),
  file: text('File'),
  // A validation report
  line: { header: 'Line', kind: 'count' },
  column: text('Column'),
  column_number: { header: 'Column number', kind: 'count' },
  code: text('Problem'),
  message: text('What to do'),
};

/** The figure a prefixed provenance column belongs to: target_source_url is the target's source address. */
const PREFIXES: Record<string, string> = { target: 'Target', actual: 'Actual', outcome: 'Later actual' };

/**
 * A column as a spreadsheet shows it. `overrides` is for the one table where a
 * name means something else (a validation report's `value` is the text the file
 * held, never a number). An unknown column throws, so a new one cannot ship with
 * a machine name for its header.
 */
export function spreadsheetColumn(
  name: string,
  overrides: Readonly<Record<string, Omit<SpreadsheetColumn, 'name'>>> = {},
): SpreadsheetColumn {
  const known = overrides[name] ?? COLUMNS[name];
  if (known) return { name, ...known };
  const [, prefix = '', rest = ''] = /^([a-z]+)_(.+)$/.exec(name) ?? [];
  const base = COLUMNS[rest];
  if (PREFIXES[prefix] && base) {
    const header = `${PREFIXES[prefix]}: ${base.header.charAt(0).toLowerCase()}${base.header.slice(1)}`;
    return { name, header, kind: base.kind };
  }
  throw new Error(`The column ${name} has no spreadsheet header: add it to lib/spreadsheet/columns.ts.`);
}
