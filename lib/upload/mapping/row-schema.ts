import type { HeaderResult } from '../../csv/header';
import type { IssueCode } from '../../csv/issues';
import { tableSchema } from '../../csv/table-schema';
import { z } from '../../csv/zod';
import { optionalTextCell, textCell } from '../../csv/cells';
import type { ColumnMapping } from './mapping';
import { readAmount } from './numbers';
import { readPeriod } from './period';

/*
 * The row schema of a mapped file: the same row as the template's (year,
 * value_usd, publisher, source, note), read from the columns the reader chose,
 * so that the same totals (lib/upload/aggregator.ts) add it up. zod still decides
 * every cell; readPeriod and readAmount word what is wrong.
 */

type Read<T> = { ok: true; value: T } | { ok: false; code: IssueCode; message: string };

/** A zod cell from a reader that says what is wrong in its own words, with its Frictionless code (read by lib/csv/row.ts). */
function cellFrom<T>(read: (cell: string) => Read<T>) {
  return z.string().transform((cell, ctx) => {
    const result = read(cell);
    if (result.ok) return result.value;
    ctx.issues.push({ code: 'custom', message: result.message, input: cell, params: { code: result.code } });
    return z.NEVER;
  });
}

export function mappedRowSchema(mapping: ColumnMapping) {
  const period = cellFrom((cell) => {
    const read = readPeriod(cell);
    // "is empty: …" reads after the column's name, as the template's period does.
    return read.ok || !read.message.startsWith('is empty') ? read : { ...read, message: `The cell ${read.message}` };
  });
  const amount = cellFrom((cell) => {
    const read = readAmount(cell, mapping.numbers, mapping.unit);
    return read.ok ? { ok: true as const, value: read.usd } : read;
  });
  const fixed = 'name' in mapping.publisher ? mapping.publisher.name : null;
  const publisher = fixed === null ? textCell : z.string().transform(() => fixed);
  return z.object({ year: period, value_usd: amount, publisher, source: optionalTextCell, note: optionalTextCell });
}

/** The table of a mapped file: repeated (year, publisher) rows are found by the totals, as for the template. */
export function mappedTable(mapping: ColumnMapping) {
  return tableSchema(mappedRowSchema(mapping), [], {
    optionalColumns: ['publisher', 'source', 'note'],
    labels: 'relaxed',
    blankRows: 'skip',
  });
}

/** The header of a mapped file: the columns are where the reader said, whatever their labels; the others are not used. */
export function mappedHeaderReader(mapping: ColumnMapping) {
  return (_file: string, _line: number, cells: readonly string[]): HeaderResult => {
    const publisher = 'column' in mapping.publisher ? mapping.publisher.column : -1;
    const used = new Set([mapping.period, mapping.value, publisher]);
    return {
      header: { labels: cells, positions: [mapping.period, mapping.value, publisher, -1, -1] },
      issues: [],
      ignoredColumns: cells.filter((_, index) => !used.has(index)),
    };
  };
}
