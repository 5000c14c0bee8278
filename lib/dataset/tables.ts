import { tableSchema } from '../csv/table-schema';
import { eventSchema, sourceSchema, targetSchema, tradeSchema } from './schema';

/** The files in data/, each with its schema and unique key (their descriptions: ./data-package.ts). */
export const dataTables = {
  'sources.csv': tableSchema(sourceSchema, ['source_id']),
  'targets.csv': tableSchema(targetSchema, ['target_id']),
  'trade.csv': tableSchema(tradeSchema, ['year', 'producer', 'source_id']),
  'events.csv': tableSchema(eventSchema, ['date', 'title']),
} as const;

export type DataFileName = keyof typeof dataTables;
export const dataFileNames = Object.keys(dataTables) as DataFileName[];

export function isDataFileName(name: string): name is DataFileName {
  return Object.hasOwn(dataTables, name);
}

/**
 * The columns that name a row of another file (or of the same file), as a
 * Frictionless Table Schema states them. lib/dataset/cross-checks.ts enforces them
 * with messages that say how to fix a broken one.
 */
export const foreignKeys: Record<DataFileName, { fields: string; reference: { resource: string; fields: string } }[]> =
  {
    'sources.csv': [],
    'targets.csv': [
      { fields: 'source_id', reference: { resource: 'sources', fields: 'source_id' } },
      { fields: 'supersedes', reference: { resource: '', fields: 'target_id' } },
    ],
    'trade.csv': [{ fields: 'source_id', reference: { resource: 'sources', fields: 'source_id' } }],
    'events.csv': [{ fields: 'source_id', reference: { resource: 'sources', fields: 'source_id' } }],
  };
