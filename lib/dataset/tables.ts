import { tableSchema } from '../csv/table-schema';
import { eventSchema, sourceSchema, targetSchema, tradeSchema } from './schema';

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
