import type { ValidationIssue } from '../csv/issues';
import type { Located } from '../csv/table-schema';
import { validateTable } from '../csv/validate-table';
import { checkSourceIds, checkSupersedes } from './cross-checks';
import type { Source, Target, TradeEvent, TradeFigure } from './schema';
import { dataTables, type DataFileName } from './tables';

/** Everything the views need, as plain serialisable arrays in file order. */
export type Dataset = {
  sources: Source[];
  targets: Target[];
  trade: TradeFigure[];
  events: TradeEvent[];
};

export type DatasetResult = { dataset: Dataset; issues: ValidationIssue[] };

const values = <T>(rows: Located<T>[]) => rows.map(({ value }) => value);

/**
 * Validates the four files together: each against its schema, then the links
 * between them. The dataset holds only rows that passed; callers that must not
 * show partial data (the build) refuse it when `issues` is not empty.
 */
export function buildDataset(texts: Record<DataFileName, string>): DatasetResult {
  const sources = validateTable('sources.csv', texts['sources.csv'], dataTables['sources.csv']);
  const targets = validateTable('targets.csv', texts['targets.csv'], dataTables['targets.csv']);
  const trade = validateTable('trade.csv', texts['trade.csv'], dataTables['trade.csv']);
  const events = validateTable('events.csv', texts['events.csv'], dataTables['events.csv']);
  const knownSources = new Set(sources.rows.map(({ value }) => value.source_id));
  const issues = [
    ...sources.issues,
    ...targets.issues,
    ...trade.issues,
    ...events.issues,
    ...checkSupersedes(targets.rows),
    ...checkSourceIds(knownSources, [
      { file: 'targets.csv', rows: targets.rows },
      { file: 'trade.csv', rows: trade.rows },
      { file: 'events.csv', rows: events.rows },
    ]),
  ];
  return {
    dataset: {
      sources: values(sources.rows),
      targets: values(targets.rows),
      trade: values(trade.rows),
      events: values(events.rows),
    },
    issues,
  };
}
