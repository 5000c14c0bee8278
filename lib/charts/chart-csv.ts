import { writeCsv, type CsvRow } from '../csv/write';
import type { Dataset } from '../dataset/build';
import { assessTargets } from '../dataset/derive';
import { parenthesised } from '../format';
import type { Source } from '../dataset/schema';
import { sourceLookup } from '../dataset/sources';
import { targetActualBars } from './target-actual/model';
import { trajectoryModel } from './trajectory/model';
import type { ViewOptions } from './view';

/*
 * The table behind each chart, as the chart shows it: the same rows, with the
 * source of every figure, so a downloaded CSV carries its own provenance.
 */

const SOURCE_COLUMNS = [
  'source_id',
  'source_title',
  'source_publisher',
  'source_published',
  'source_url',
  'quote',
] as const;

function sourceCells(source: Source, quote: string): CsvRow {
  return {
    source_id: source.source_id,
    source_title: source.title,
    source_publisher: source.publisher,
    source_published: source.published,
    source_url: source.url,
    quote,
  };
}

/** The same columns for one of several figures on a row: `target_source_url`, `actual_quote`. */
function prefixedSourceCells(prefix: string, source: Source, quote: string): CsvRow {
  return Object.fromEntries(
    Object.entries(sourceCells(source, quote)).map(([column, value]) => [`${prefix}_${column}`, value]),
  );
}
const prefixedSourceColumns = (prefix: string) => SOURCE_COLUMNS.map((column) => `${prefix}_${column}`);

/** Ratios rounded to 4 decimals (0.1680): more would be false precision. */
const ratio = (value: number) => Math.round(value * 1e4) / 1e4;

export function targetActualCsv(dataset: Dataset, options: ViewOptions): string {
  const source = sourceLookup(dataset);
  const rows = targetActualBars(dataset, options).map((bar) => ({
    bar: bar.label,
    detail: bar.sublabel,
    kind: bar.kind,
    basis: bar.basis,
    year: bar.year,
    value_usd: bar.value,
    figure_publisher: bar.publisher,
    ...sourceCells(source(bar.sourceId), bar.quote),
    note: bar.note,
  }));
  return writeCsv(
    ['bar', 'detail', 'kind', 'basis', 'year', 'value_usd', 'figure_publisher', ...SOURCE_COLUMNS, 'note'],
    rows,
  );
}

export function trajectoryCsv(dataset: Dataset, options: ViewOptions): string {
  const source = sourceLookup(dataset);
  const model = trajectoryModel(dataset, options);
  const assessments = assessTargets(dataset);
  const figures = model.figures.map((figure) => ({
    year: figure.year,
    series: figure.basis === 'article' ? 'Actual trade (article)' : 'Actual trade (context)',
    basis: figure.basis,
    value_usd: figure.value_usd,
    figure_publisher: figure.publisher,
    derivation: '',
    ...sourceCells(source(figure.source_id), figure.quote),
    note: figure.note ?? '',
  }));
  const targets = dataset.targets.map((target) => ({
    year: target.target_year,
    series: target.label,
    basis: 'target',
    value_usd: target.value_usd,
    figure_publisher: '',
    derivation: `set in ${target.set_in}`,
    ...sourceCells(source(target.source_id), target.quote),
  }));
  const paths = assessments.flatMap((a) =>
    model.rows.flatMap((row) => {
      const value = row[`path:${a.target.target_id}`];
      if (value === undefined) return [];
      return [
        {
          year: row.year,
          series: `Path needed for the ${a.target.label.toLowerCase()}`,
          basis: 'derived',
          value_usd: Math.round(value),
          figure_publisher: '',
          derivation: `${a.actual.year} actual × (${a.target.label.toLowerCase()} / ${a.actual.year} actual)^((year − ${a.actual.year}) / ${a.yearsLeft})`,
        },
      ];
    }),
  );
  const events = model.events.map((event) => ({
    year: Number(event.date.slice(0, 4)),
    series: `Event: ${event.title}`,
    basis: 'event',
    value_usd: null,
    figure_publisher: '',
    derivation: `dated ${event.date}`,
    ...sourceCells(source(event.source_id), event.quote),
  }));
  const rows = [...figures, ...targets, ...paths, ...events];
  return writeCsv(
    ['year', 'series', 'basis', 'value_usd', 'figure_publisher', 'derivation', ...SOURCE_COLUMNS, 'note'],
    rows,
  );
}

/** One row per target, with the provenance of both figures it compares: the target's and the actual's. */
export function attainmentCsv(dataset: Dataset, options: ViewOptions): string {
  const source = sourceLookup(dataset);
  const rows = assessTargets(dataset).map((a) => ({
    target_id: a.target.target_id,
    target: a.target.label,
    target_year: a.target.target_year,
    target_usd: a.target.value_usd,
    actual_year: a.actual.year,
    actual_usd: a.actual.value_usd,
    actual_publisher: a.actual.publisher,
    attainment_ratio: ratio(a.attainment),
    shortfall_usd: a.shortfall,
    ...prefixedSourceCells('target', source(a.target.source_id), a.target.quote),
    ...prefixedSourceCells('actual', source(a.actual.source_id), a.actual.quote),
    ...(options.context && a.outcome
      ? {
          outcome_year: a.outcome.year,
          outcome_usd: a.outcome.value_usd,
          outcome_publisher: a.outcome.publisher,
          outcome_attainment_ratio: ratio(a.outcomeAttainment ?? 0),
          outcome_source_url: source(a.outcome.source_id).url,
          outcome_quote: a.outcome.quote,
        }
      : {}),
  }));
  const columns = [
    'target_id',
    'target',
    'target_year',
    'target_usd',
    'actual_year',
    'actual_usd',
    'actual_publisher',
    'attainment_ratio',
    'shortfall_usd',
    ...prefixedSourceColumns('target'),
    ...prefixedSourceColumns('actual'),
  ];
  const contextColumns = [
    'outcome_year',
    'outcome_usd',
    'outcome_publisher',
    'outcome_attainment_ratio',
    'outcome_source_url',
    'outcome_quote',
  ];
  return writeCsv(options.context ? [...columns, ...contextColumns] : columns, rows);
}

/** The headline figures and every figure derived from them, with how each was derived. */
export function figuresWithDerivedCsv(dataset: Dataset): string {
  const source = sourceLookup(dataset);
  const rows: CsvRow[] = [];
  for (const target of dataset.targets) {
    rows.push({
      figure: `${target.label} for ${target.target_year} (set in ${target.set_in})`,
      value: target.value_usd,
      unit: 'US$',
      basis: 'article',
      derivation: '',
      ...sourceCells(source(target.source_id), target.quote),
    });
  }
  const assessments = assessTargets(dataset);
  const actuals = new Set(assessments.flatMap((a) => (a.outcome ? [a.actual, a.outcome] : [a.actual])));
  for (const actual of actuals) {
    rows.push({
      figure: `Actual trade ${actual.year} ${parenthesised(actual.publisher)}`,
      value: actual.value_usd,
      unit: 'US$',
      basis: actual.basis,
      derivation: '',
      ...sourceCells(source(actual.source_id), actual.quote),
    });
  }
  for (const a of assessments) {
    const name = a.target.label.toLowerCase();
    const base = `${a.actual.year} actual / ${name}`;
    rows.push({
      figure: `Attainment of the ${name} in ${a.actual.year}`,
      value: ratio(a.attainment),
      unit: 'ratio',
      basis: 'derived',
      derivation: base,
    });
    rows.push({
      figure: `Shortfall against the ${name} in ${a.actual.year}`,
      value: a.shortfall,
      unit: 'US$',
      basis: 'derived',
      derivation: `${name} − ${a.actual.year} actual`,
    });
    rows.push({
      figure: `Annual growth needed ${a.actual.year}–${a.target.target_year} for the ${name}`,
      value: ratio(a.requiredGrowth),
      unit: 'ratio per year',
      basis: 'derived',
      derivation: `(${name} / ${a.actual.year} actual)^(1/${a.yearsLeft}) − 1`,
    });
    if (a.outcome && a.outcomeAttainment !== undefined) {
      rows.push({
        figure: `Attainment of the ${name} in ${a.outcome.year} ${parenthesised(`context: ${a.outcome.publisher}`)}`,
        value: ratio(a.outcomeAttainment),
        unit: 'ratio',
        basis: 'derived',
        derivation: `${a.outcome.year} context figure / ${name}`,
      });
    }
  }
  return writeCsv(['figure', 'value', 'unit', 'basis', 'derivation', ...SOURCE_COLUMNS], rows);
}
