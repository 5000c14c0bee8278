import type { ValidationIssue } from './issues';

const list = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * A unique key over rows as they come: the first line of each key, and a
 * unique-error naming it when a later row repeats it. The issue names the key's
 * first column; the row validator points it at that column as the file names it.
 */
export function createKeyIndex<T extends Record<string, unknown>>(file: string, key: readonly (keyof T & string)[]) {
  const firstLineOf = new Map<string, number>();
  return (value: T, line: number): ValidationIssue | null => {
    if (key.length === 0) return null;
    const cells = key.map((column) => String(value[column] ?? ''));
    const id = JSON.stringify(cells);
    const firstLine = firstLineOf.get(id);
    if (firstLine === undefined) {
      firstLineOf.set(id, line);
      return null;
    }
    const described = list.format(key.map((column, i) => `${column} '${cells[i]}'`));
    return {
      file,
      line,
      column: key[0] ?? '',
      columnNumber: null,
      value: cells[0] ?? null,
      code: 'unique-error',
      message: `${described} already appear on line ${firstLine}: each row needs a different ${list.format(key)}.`,
    };
  };
}
