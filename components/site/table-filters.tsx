import { useId } from 'react';

/** A filter of a table: the rows' values under `data` key, each offered once in a labelled select. */
export type TableFilter = { key: `data-${string}`; label: string; all: string };

type Props = {
  filters: readonly TableFilter[];
  options: readonly string[][];
  chosen: readonly string[];
  onChange: (index: number, value: string) => void;
  shown: number;
  total: number;
  noun: [string, string];
};

const grouped = new Intl.NumberFormat('en-GB');

/** The selects above a filterable table, and how many rows they leave, told to screen readers as it changes. */
export function TableFilters({ filters, options, chosen, onChange, shown, total, noun }: Props) {
  const id = useId();
  return (
    <div className="table-filters">
      {filters.map((filter, index) => (
        // The label beside its select, not around it: a wrapped select lends its option to the label's name.
        <span key={filter.key} className="table-filter">
          <label htmlFor={`${id}-${index}`}>{filter.label}</label>{' '}
          <select id={`${id}-${index}`} value={chosen[index] ?? ''} onChange={(e) => onChange(index, e.target.value)}>
            <option value="">{filter.all}</option>
            {(options[index] ?? []).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </span>
      ))}
      <span role="status" className="table-filter-count">
        {shown === total
          ? `All ${grouped.format(total)} ${noun[1]}`
          : `${grouped.format(shown)} of ${grouped.format(total)} ${total === 1 ? noun[0] : noun[1]}`}
      </span>
    </div>
  );
}
