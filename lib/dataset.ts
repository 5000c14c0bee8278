import type { ValidationIssue } from './issues';
import {
  eventSchema,
  sourceSchema,
  targetSchema,
  tradeSchema,
  type Source,
  type Target,
  type TradeEvent,
  type TradeFigure,
} from './schema';
import { tableSchema, validateTable, type Located } from './table';

/** The files in data/, each with its schema and unique key. */
export const dataTables = {
  'sources.csv': tableSchema(sourceSchema, ['source_id']),
  'targets.csv': tableSchema(targetSchema, ['target_id']),
  'trade.csv': tableSchema(tradeSchema, ['year', 'publisher']),
  'events.csv': tableSchema(eventSchema, ['date', 'title']),
} as const;

export type DataFileName = keyof typeof dataTables;
export const dataFileNames = Object.keys(dataTables) as DataFileName[];

export function isDataFileName(name: string): name is DataFileName {
  return Object.hasOwn(dataTables, name);
}

/** Everything the views need, as plain serialisable arrays in file order. */
export type Dataset = {
  sources: Source[];
  targets: Target[];
  trade: TradeFigure[];
  events: TradeEvent[];
};

export type DatasetResult = { dataset: Dataset; issues: ValidationIssue[] };

type Referencing = { file: DataFileName; rows: Located<{ source_id: string }>[] };

function checkSourceIds(known: Set<string>, tables: Referencing[]): ValidationIssue[] {
  return tables.flatMap(({ file, rows }) =>
    rows
      .filter(({ value }) => !known.has(value.source_id))
      .map(({ line, value }) => ({
        file,
        line,
        column: 'source_id',
        columnNumber: dataTables[file].columns.indexOf('source_id') + 1,
        value: value.source_id,
        code: 'foreign-key' as const,
        message: `'${value.source_id}' is not a source_id in sources.csv: add that source there, or correct the id.`,
      })),
  );
}

function checkSupersedes(targets: Located<Target>[]): ValidationIssue[] {
  const ids = new Set(targets.map(({ value }) => value.target_id));
  return targets
    .filter(({ value }) => value.supersedes !== undefined && !ids.has(value.supersedes))
    .map(({ line, value }) => ({
      file: 'targets.csv',
      line,
      column: 'supersedes',
      columnNumber: dataTables['targets.csv'].columns.indexOf('supersedes') + 1,
      value: value.supersedes ?? null,
      code: 'foreign-key' as const,
      message: `'${value.supersedes}' is not a target_id in targets.csv: name the target this one replaces, or leave the cell empty.`,
    }));
}

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
  const values = <T>(rows: Located<T>[]) => rows.map(({ value }) => value);
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
