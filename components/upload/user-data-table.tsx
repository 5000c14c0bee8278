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

const asReadFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/**
 * The columns a file's figures call for: a file in thousands or millions shows each
 * value as it read it too; a UN Comtrade file shows exports and imports.
 */
function columnsOf(user: UserDataset) {
  const unit = user.unit ? ({ thousand: 1e3, million: 1e6 } as const)[user.unit] : null;
  const flows = user.figures.some((f) => f.exports_usd !== undefined || f.imports_usd !== undefined);
  const columns: TableColumn[] = [
    { label: 'Year', numeric: true },
    { label: 'Value', numeric: true },
  ];
  if (unit)
    columns.push({ label: `As read (${user.unit === 'thousand' ? 'US$ thousand' : 'US$ million'})`, numeric: true });
  if (flows) columns.push({ label: 'Exports', numeric: true }, { label: 'Imports', numeric: true });
  columns.push({ label: 'Covers' }, { label: 'Publisher' }, { label: 'Source' }, { label: 'Note' });
  const extra = (f: UserDataset['figures'][number]) => ({
    sortValues: [...(unit ? [f.value_usd / unit] : []), ...(flows ? [f.exports_usd ?? -1, f.imports_usd ?? -1] : [])],
    cells: [
      ...(unit ? [asReadFormat.format(f.value_usd / unit)] : []),
      ...(flows
        ? [
            f.exports_usd === undefined ? '' : formatUsd(f.exports_usd),
            f.imports_usd === undefined ? '' : formatUsd(f.imports_usd),
          ]
        : []),
    ],
  });
  return { columns, extra };
}

/** The reader's loaded figures, listed beside the published ones; text shown as text. */
export function UserDataTable() {
  const user = useUserData();
  if (!user) return null;
  // A new file starts again at its first page, unsorted.
  return <UserFigures key={user.loadedAt} user={user} />;
}

function UserFigures({ user }: { user: UserDataset }) {
  const name = userDataName(user.fileName);
  const { columns, extra } = columnsOf(user);
  const rows = user.figures.map((f) => ({
    key: `${f.year}-${f.publisher}`,
    data: { 'data-year': f.year, 'data-basis': 'user' },
    sortValues: [f.year, f.value_usd, ...extra(f).sortValues, f.months, f.publisher, f.source ?? '', f.note ?? ''],
    cells: [
      f.year,
      formatUsd(f.value_usd),
      ...extra(f).cells,
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
          columns={columns}
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
            void import('@/lib/upload/user-csv').then(({ userDataTable, userDataCitations, USER_DATA_OVERRIDES }) =>
              saveWorkbook(
                userDataTable(user),
                { citations: userDataCitations(user), overrides: USER_DATA_OVERRIDES },
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
