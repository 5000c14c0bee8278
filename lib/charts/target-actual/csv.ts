import { writeCsv, type CsvRow } from '../../csv/write';
import type { Dataset } from '../../dataset/build';
import { sourceCells, SOURCE_COLUMNS } from '../../dataset/source-cells';
import { sourceLookup } from '../../dataset/sources';
import type { UserDataset } from '../../upload/user-data';
import { userDataName } from '../user-series';
import { monthsNote } from '../../upload/partial-year';
import type { View } from '../view';
import { targetActualBars, userFiguresForBars } from './model';

export const TARGET_ACTUAL_COLUMNS = [
  'bar',
  'detail',
  'kind',
  'basis',
  'year',
  'value_usd',
  'producer',
  'figure_kind',
  ...SOURCE_COLUMNS,
  'note',
] as const;

/** The bars as drawn, each with the provenance of its figure. */
export function targetActualCsv(dataset: Dataset, view: View): string {
  const source = sourceLookup(dataset);
  const rows = targetActualBars(dataset, view).map((bar) => ({
    bar: bar.label,
    detail: bar.sublabel,
    kind: bar.kind,
    basis: bar.basis,
    year: bar.year,
    value_usd: bar.value,
    producer: bar.publisher,
    figure_kind: bar.figureKind,
    ...sourceCells(source(bar.sourceId), bar.quote),
    note: bar.note,
  }));
  return writeCsv(TARGET_ACTUAL_COLUMNS, rows);
}

/** The reader's bars, as rows of that CSV: the target years' figures, credited to their file. */
export function targetActualUserRows(user: UserDataset, targetYears: ReadonlySet<number>): CsvRow[] {
  return userFiguresForBars(user, targetYears).map((figure) => ({
    bar: `Your data ${figure.year}`,
    detail: `${figure.publisher} · ${monthsNote(figure)}`,
    kind: 'actual',
    basis: 'user',
    year: figure.year,
    value_usd: figure.value_usd,
    producer: figure.publisher,
    source_title: userDataName(user.fileName),
    source_url: figure.source ?? '',
    // A note from the reader's file is theirs, not a quote from a source.
    note: figure.note ?? '',
  }));
}
