'use client';

import { attachmentName } from '@/lib/charts/files';
import { userDataName } from '@/lib/charts/user-series';
import { formatUsd } from '@/lib/format';
import { isPartialYear, monthsNote } from '@/lib/upload/partial-year';
import type { UserDataset } from '@/lib/upload/user-data';
import { saveCsv, saveWorkbook } from '../site/save-file';
import { SortableTable, type TableColumn } from '../site/sortable-table';
import { useUserData } from './use-user-data';

/** Rows per page: a file with many publishers can have thousands of yearly figures. */
const USER_TABLE_PAGE_SIZE = 100;

const COLUMNS: TableColumn[] = [
  { label: 'Year', numeric: true },
  { label: 'Value', numeric: true },
  { label: 'Covers' },
  { label: 'Publisher' },
  { label: 'Source' },
  { label: 'Note' },
];

/** The reader's loaded figures, listed beside the published ones; text shown as text. */
export function UserDataTable() {
  const user = useUserData();
  if (!user) return null;
  // A new file starts again at its first page, unsorted.
  return <UserFigures key={user.loadedAt} user={user} />;
}

function UserFigures({ user }: { user: UserDataset }) {
  const name = userDataName(user.fileName);
  const rows = user.figures.map((f) => ({
    key: `${f.year}-${f.publisher}`,
    data: { 'data-year': f.year, 'data-basis': 'user' },
    sortValues: [f.year, f.value_usd, f.months, f.publisher, f.source ?? '', f.note ?? ''],
    cells: [
      f.year,
      formatUsd(f.value_usd),
      isPartialYear(f) ? <strong key="covers">{monthsNote(f)} (partial year)</strong> : monthsNote(f),
      f.publisher,
      f.source ?? '',
      f.note ?? '',
    ],
  }));
  return (
    <div className="user-data-table" id="your-data-table">
      <div className="table-scroll" role="region" aria-label={name} tabIndex={0}>
        <SortableTable
          className="sources-table"
          caption={`${name} (not verified by us)`}
          columns={COLUMNS}
          rows={rows}
          pageSize={USER_TABLE_PAGE_SIZE}
          pagerLabel={`Pages of ${name.charAt(0).toLowerCase()}${name.slice(1)}`}
        />
      </div>
      <p className="user-data-downloads">
        <button
          type="button"
          className="link-button"
          // The CSV writer (papaparse) loads when it is asked for, not with the page.
          onClick={() =>
            void import('@/lib/upload/user-csv').then(({ userDataCsv }) =>
              saveCsv(userDataCsv(user), attachmentName('your-data.csv')),
            )
          }
        >
          Download your data (CSV)
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            void import('@/lib/upload/user-csv').then(({ userDataTable, userDataCitations }) =>
              saveWorkbook(
                userDataTable(user),
                { citations: userDataCitations(user) },
                attachmentName('your-data.xlsx'),
              ),
            )
          }
        >
          Download your data (Excel)
        </button>
      </p>
    </div>
  );
}
