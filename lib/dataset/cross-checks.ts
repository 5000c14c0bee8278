import type { ValidationIssue } from '../csv/issues';
import type { Located } from '../csv/table-schema';
import type { Target } from './schema';
import { dataTables, type DataFileName } from './tables';

/*
 * Rules between the files of data/, after each file has passed its own schema:
 * every source_id names a source, every supersedes names a target.
 */

const columnNumber = (file: DataFileName, column: string) => dataTables[file].columns.indexOf(column) + 1;

export type Referencing = { file: DataFileName; rows: Located<{ source_id: string }>[] };

export function checkSourceIds(known: ReadonlySet<string>, tables: readonly Referencing[]): ValidationIssue[] {
  return tables.flatMap(({ file, rows }) =>
    rows
      .filter(({ value }) => !known.has(value.source_id))
      .map(({ line, value }) => ({
        file,
        line,
        column: 'source_id',
        columnNumber: columnNumber(file, 'source_id'),
        value: value.source_id,
        code: 'foreign-key' as const,
        message: `'${value.source_id}' is not a source_id in sources.csv: add that source there, or correct the id.`,
      })),
  );
}

export function checkSupersedes(targets: readonly Located<Target>[]): ValidationIssue[] {
  const ids = new Set(targets.map(({ value }) => value.target_id));
  return targets
    .filter(({ value }) => value.supersedes !== undefined && !ids.has(value.supersedes))
    .map(({ line, value }) => ({
      file: 'targets.csv',
      line,
      column: 'supersedes',
      columnNumber: columnNumber('targets.csv', 'supersedes'),
      value: value.supersedes ?? null,
      code: 'foreign-key' as const,
      message: `'${value.supersedes}' is not a target_id in targets.csv: name the target this one replaces, or leave the cell empty.`,
    }));
}
