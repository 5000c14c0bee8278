'use client';

import { formatUsd } from '@/lib/format';
import { userDataCsv } from '@/lib/user-csv';
import { monthsNote } from '@/lib/user-series';
import { isPartialYear } from '@/lib/partial-year';
import { saveCsv } from '../save-file';
import { useUserData } from './use-user-data';

/** The reader's loaded figures, listed beside the published ones; text shown as text. */
export function UserDataTable() {
  const user = useUserData();
  if (!user) return null;
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
            {user.figures.map((f) => (
              <tr key={`${f.year}-${f.publisher}`} data-year={f.year} data-basis="user">
                <th scope="row">{f.year}</th>
                <td className="num" data-label="Value">{formatUsd(f.value_usd)}</td>
                <td data-label="Covers">{isPartialYear(f) ? <strong>{monthsNote(f)} (partial year)</strong> : monthsNote(f)}</td>
                <td data-label="Publisher">{f.publisher}</td>
                <td data-label="Source">{f.source ?? ''}</td>
                <td data-label="Note">{f.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="link-button" onClick={() => saveCsv(userDataCsv(user), 'russia-dprk-your-data.csv')}>
        Download your data (CSV)
      </button>
    </div>
  );
}
