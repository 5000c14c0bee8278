import type { ColumnMapping } from './mapping';
import { NUMBER_FORMAT_EXAMPLES } from './numbers';

/** The reader's choice of columns, said back in the report, with the labels as the file writes them. */
export function mappingNote(labels: readonly string[], mapping: ColumnMapping): string {
  const label = (column: number) => `‘${labels[column] ?? ''}’`;
  const publisher =
    'column' in mapping.publisher
      ? `the publisher from ${label(mapping.publisher.column)}`
      : `‘${mapping.publisher.name}’ as publisher of every row`;
  const numbers = mapping.numbers === 'plain' ? 'digits only' : `written ${NUMBER_FORMAT_EXAMPLES[mapping.numbers]}`;
  return `Read with the columns you chose: the period from ${label(mapping.period)}, the value from ${label(mapping.value)} (${numbers}), ${publisher}.`;
}
