import { formatCount } from '@/lib/format';
import type { UserDataset } from '@/lib/upload/user-data';

type Props = { loaded: UserDataset; onRemove: () => void };

/** What is loaded, where it is drawn and listed, and Remove. */
export function LoadedDataStatus({ loaded, onRemove }: Props) {
  return (
    <div className="user-data-status">
      <p>
        <strong>Your data: {loaded.fileName}</strong> · {formatCount(loaded.rowCount, 'row', 'rows')},{' '}
        {formatCount(loaded.figures.length, 'yearly figure', 'yearly figures')}. It is drawn in the trajectory chart
        and, for the target year, as bars; <a href="#your-data-table">listed under Data and sources</a>; and included in
        those two charts&rsquo; CSV downloads.
      </p>
      <button type="button" onClick={onRemove}>
        Remove your data
      </button>
    </div>
  );
}
