'use client';

import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { nextSort, sortedOrder, type SortState, type SortValue } from '@/lib/site/table-sort';
import { TableFilters, type TableFilter } from './table-filters';

export type TableColumn = { label: string; numeric?: boolean };
export type TableRow = {
  key: string;
  /** One value per column, by which the column sorts. */
  sortValues: SortValue[];
  /** One cell per column; the first is the row's header. */
  cells: ReactNode[];
  /** Attributes of the row (data-year, data-basis …). */
  data?: Record<`data-${string}`, string | number>;
};

type Props = {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  className?: string;
  /** Rows per page; all on one page when absent. */
  pageSize?: number;
  /** Names the pager of a paged table. */
  pagerLabel?: string;
  /** Selects that narrow the rows by a `data` value (with JavaScript only, like the sort buttons). */
  filters?: readonly TableFilter[];
  /** What a row is, for the filters' count: ['figure', 'figures']. */
  rowNoun?: [string, string];
};

const noSubscription = () => () => {};
const grouped = new Intl.NumberFormat('en-GB');

/**
 * A data table that sorts by any column, its state told by `aria-sort`. The
 * server draws it in the file's order with plain headers; the sort buttons come
 * with JavaScript, so that there is never a control that does nothing.
 */
export function SortableTable({
  caption,
  columns,
  rows: allRows,
  className,
  pageSize,
  pagerLabel,
  filters = [],
  rowNoun = ['row', 'rows'],
}: Props) {
  const [sort, setSort] = useState<SortState>(null);
  const [page, setPage] = useState(0);
  const [chosen, setChosen] = useState<string[]>(() => filters.map(() => ''));
  const interactive = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const options = filters.map((filter) =>
    [...new Set(allRows.map((row) => String(row.data?.[filter.key] ?? '')).filter(Boolean))].sort(),
  );
  const rows = allRows.filter((row) =>
    filters.every((filter, i) => !chosen[i] || String(row.data?.[filter.key] ?? '') === chosen[i]),
  );
  const order = sortedOrder(
    rows.map((row) => row.sortValues),
    sort,
  );
  const size = pageSize ?? Math.max(1, rows.length);
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const first = page * size;
  const shown = order.slice(first, first + size);
  return (
    <>
      {interactive && filters.length > 0 ? (
        <TableFilters
          filters={filters}
          options={options}
          chosen={chosen}
          onChange={(index, value) => {
            setChosen(chosen.map((c, i) => (i === index ? value : c)));
            setPage(0);
          }}
          shown={rows.length}
          total={allRows.length}
          noun={rowNoun}
        />
      ) : null}
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => {
              const sorted = sort?.column === index ? sort.direction : undefined;
              return (
                <th key={column.label} scope="col" className={column.numeric ? 'num' : undefined} aria-sort={sorted}>
                  {interactive ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => {
                        setSort(nextSort(sort, index));
                        setPage(0);
                      }}
                    >
                      {column.label}
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map((index) => {
            const row = rows[index];
            if (!row) return null;
            return (
              <tr key={row.key} {...row.data}>
                {row.cells.map((cell, i) => {
                  const column = columns[i];
                  const numeric = column?.numeric ? 'num' : undefined;
                  return i === 0 ? (
                    <th key={column?.label ?? i} scope="row" className={numeric}>
                      {cell}
                    </th>
                  ) : (
                    <td key={column?.label ?? i} className={numeric} data-label={column?.label}>
                      {cell}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav className="table-pager" aria-label={pagerLabel}>
          {/* aria-disabled, not disabled: a disabled button drops the focus of whoever just pressed it. */}
          <button type="button" onClick={() => setPage(Math.max(0, page - 1))} aria-disabled={page === 0}>
            Previous {size}
          </button>
          <span role="status">
            Rows {grouped.format(first + 1)}–{grouped.format(first + shown.length)} of {grouped.format(rows.length)}
          </span>
          <button
            type="button"
            onClick={() => setPage(Math.min(pages - 1, page + 1))}
            aria-disabled={page === pages - 1}
          >
            Next {size}
          </button>
        </nav>
      ) : null}
    </>
  );
}
