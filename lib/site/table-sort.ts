/*
 * How the data tables sort: by any column, ascending or descending, numbers as
 * numbers and text as a reader's language orders it. Ties keep the file's order.
 */

export type SortValue = string | number;
export type SortState = { column: number; direction: 'ascending' | 'descending' } | null;

const byText = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' }).compare;

function compareValues(a: SortValue | undefined, b: SortValue | undefined): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return byText(String(a ?? ''), String(b ?? ''));
}

/** Indexes of `rows` in the order a sort gives; the file's order when unsorted. */
export function sortedOrder(rows: readonly (readonly SortValue[])[], sort: SortState): number[] {
  const order = rows.map((_, i) => i);
  if (!sort) return order;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return order.sort((i, j) => sign * compareValues(rows[i]?.[sort.column], rows[j]?.[sort.column]) || i - j);
}

/** A header pressed once sorts ascending, twice descending, then ascending again; another column starts ascending. */
export function nextSort(current: SortState, column: number): SortState {
  if (current?.column === column && current.direction === 'ascending') return { column, direction: 'descending' };
  return { column, direction: 'ascending' };
}
