'use client';

import { useState } from 'react';
import { formatUsd } from '@/lib/format';
import type { UserDataset } from '@/lib/upload/user-data';
import { userDataCsv } from '@/lib/charts/user-csv';
import { monthsNote } from '@/lib/charts/user-series';
import { isPartialYear } from '@/lib/upload/partial-year';
import { saveCsv } from '../site/save-file';
import { useUserData } from './use-user-data';

/** Rows per page: a file with many publishers can have thousands of yearly figures. */
const USER_TABLE_PAGE_SIZE = 100;

const grouped = new Intl.NumberFormat('en-GB');

/** The reader's loaded figures, listed beside the published ones; text shown as text. */
export function UserDataTable() {
  const user = useUserData();
  if (!user) return null;
  // A new file starts again at its first page.
  return <UserFigures key={user.loadedAt} user={user} />;
}

function UserFigures({ user }: { user: UserDataset }) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(user.figures.length / USER_TABLE_PAGE_SIZE));
  const first = page * USER_TABLE_PAGE_SIZE;
  const shown = user.figures.slice(first, first + USER_TABLE_PAGE_SIZE);
  return (
    <div className="user-data-table">
      <h3>Your data: {user.fileName}</h3>
      <div className="table-scroll" role="region" aria-label={`Your data: ${user.fileName}`} tabIndex={0}>
        <table className="sources-table">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Value</th>
              <th scope="col">Covers</th>
              <th scope="col">Publisher</th>
              <th scope="col">Source</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((f) => (
              <tr key={`${f.year}-${f.publisher}`} data-year={f.year} data-basis="user">
                <th scope="row">{f.year}</th>
                <td className="num" data-label="Value">
                  {formatUsd(f.value_usd)}
                </td>
                <td data-label="Covers">
                  {isPartialYear(f) ? <strong>{monthsNote(f)} (partial year)</strong> : monthsNote(f)}
                </td>
                <td data-label="Publisher">{f.publisher}</td>
                <td data-label="Source">{f.source ?? ''}</td>
                <td data-label="Note">{f.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav className="table-pager" aria-label={`Pages of your data: ${user.fileName}`}>
          {/* aria-disabled, not disabled: a disabled button drops the focus of whoever just pressed it. */}
          <button type="button" onClick={() => setPage(Math.max(0, page - 1))} aria-disabled={page === 0}>
            Previous {USER_TABLE_PAGE_SIZE}
          </button>
          <span role="status">
            Rows {grouped.format(first + 1)}–{grouped.format(first + shown.length)} of{' '}
            {grouped.format(user.figures.length)}
          </span>
          <button
            type="button"
            onClick={() => setPage(Math.min(pages - 1, page + 1))}
            aria-disabled={page === pages - 1}
          >
            Next {USER_TABLE_PAGE_SIZE}
          </button>
        </nav>
      ) : null}
      <button
        type="button"
        className="link-button"
        onClick={() => saveCsv(userDataCsv(user), 'russia-dprk-your-data.csv')}
      >
        Download your data (CSV)
      </button>
    </div>
  );
}
