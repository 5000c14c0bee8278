import { describe, expect, it } from 'vitest';
import { nextSort, sortedOrder } from './table-sort';

const rows = [
  ['Trade turnover 2015', 84_000_000, 'article'],
  ['Original target (set in 2014)', 1_000_000_000, 'article'],
  ['Trade turnover 2014', 92_340_000, 'context'],
  ['Trade turnover 2020', 42_740_000, 'context'],
];

describe('sorting a data table', () => {
  it('keeps the file’s order until a column is chosen', () => {
    expect(sortedOrder(rows, null)).toEqual([0, 1, 2, 3]);
  });

  it('sorts numbers as numbers, not as text', () => {
    expect(sortedOrder(rows, { column: 1, direction: 'ascending' })).toEqual([3, 0, 2, 1]);
    expect(sortedOrder(rows, { column: 1, direction: 'descending' })).toEqual([1, 2, 0, 3]);
  });

  it('sorts text as a reader expects, digits inside it by value, and keeps ties in file order', () => {
    expect(sortedOrder(rows, { column: 0, direction: 'ascending' })).toEqual([1, 2, 0, 3]);
    expect(sortedOrder([['item 10'], ['item 9'], ['Item 9']], { column: 0, direction: 'ascending' })).toEqual([
      1, 2, 0,
    ]);
    expect(sortedOrder(rows, { column: 2, direction: 'ascending' })).toEqual([0, 1, 2, 3]);
  });

  it('turns a header from ascending to descending and back; another header starts ascending', () => {
    const first = nextSort(null, 1);
    expect(first).toEqual({ column: 1, direction: 'ascending' });
    const second = nextSort(first, 1);
    expect(second).toEqual({ column: 1, direction: 'descending' });
    expect(nextSort(second, 1)).toEqual({ column: 1, direction: 'ascending' });
    expect(nextSort(second, 0)).toEqual({ column: 0, direction: 'ascending' });
  });
});
