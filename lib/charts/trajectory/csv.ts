import { writeCsv, type CsvRow } from '../../csv/write';
import type { Dataset } from '../../dataset/build';
import { assessTargets } from '../../dataset/derive';
import { sourceCells, SOURCE_COLUMNS } from '../../dataset/source-cells';
import { sourceLookup } from '../../dataset/sources';
import { monthsNote } from '../../upload/partial-year';
import type { UserDataset } from '../../upload/user-data';
import { userDataName } from '../user-series';
import { showsContext, type View } from '../view';
import { eventYear, trajectoryModel } from './model';

export const TRAJECTORY_COLUMNS = [
  'year',
  'series',
  'basis',
  'kind',
  'value_usd',
  'producer',
  'derivation',
  ...SOURCE_COLUMNS,
  'note',
] as const;

/** Every figure, target, derived path value and event the chart draws, each with its provenance or derivation. */
export function trajectoryCsv(dataset: Dataset, view: View): string {
  const source = sourceLookup(dataset);
  const model = trajectoryModel(dataset, view);
  const assessments = assessTargets(dataset);
  const figures = model.figures.map((figure) => ({
    year: figure.year,
    series: `Actual trade: ${figure.producer}`,
    basis: figure.basis,
    kind: figure.kind,
    value_usd: figure.value_usd,
    producer: figure.producer,
    derivation: figure.derived_from ?? '',
    ...sourceCells(source(figure.source_id), figure.quote),
    note: figure.note ?? '',
  }));
  // The article's targets; with context, every other report of a goal too.
  const targets = dataset.targets
    .filter((target) => target.basis === 'article' || showsContext(view))
    .map((target) => ({
      year: target.target_year,
      series: target.basis === 'article' ? target.label : `${target.label} (another report)`,
      basis: target.basis === 'article' ? 'target' : 'context target',
      kind: target.kind,
      value_usd: target.value_usd,
      producer: target.set_by ?? '',
      derivation: `set in ${target.set_in}`,
      ...sourceCells(source(target.source_id), target.quote),
      note: target.note ?? '',
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
          kind: 'derived',
          value_usd: Math.round(value),
          producer: '',
          derivation: `${a.actual.year} actual × (${a.target.label.toLowerCase()} / ${a.actual.year} actual)^((year − ${a.actual.year}) / ${a.yearsLeft})`,
        },
      ];
    }),
  );
  const events = model.events.map((event) => ({
    year: eventYear(event),
    series: `Event: ${event.title}`,
    basis: 'event',
    kind: '',
    value_usd: null,
    producer: '',
    derivation: `dated ${event.date}`,
    ...sourceCells(source(event.source_id), event.quote),
  }));
  const rows = [...figures, ...targets, ...paths, ...events];
  return writeCsv(TRAJECTORY_COLUMNS, rows);
}

/** The reader's figures, as rows of that CSV: all of them, credited to their file. */
export function trajectoryUserRows(user: UserDataset): CsvRow[] {
  return user.figures.map((figure) => ({
    year: figure.year,
    series: userDataName(user.fileName),
    basis: 'user',
    kind: '',
    value_usd: figure.value_usd,
    producer: figure.publisher,
    derivation: monthsNote(figure),
    source_title: userDataName(user.fileName),
    source_url: figure.source ?? '',
    // A note from the reader's file is theirs, not a quote from a source.
    note: figure.note ?? '',
  }));
}
