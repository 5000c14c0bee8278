import { formatCount } from '@/lib/format';
import type { UploadProgress as Progress } from '@/lib/upload/parse';

const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

type Props = { fileName: string; progress: Progress | null; onCancel: () => void };

/** How far the worker has read, and Cancel. */
export function UploadProgress({ fileName, progress, onCancel }: Props) {
  const fraction = progress ? progress.bytes / Math.max(1, progress.totalBytes) : 0;
  return (
    <div className="upload-progress">
      <progress max={1} value={fraction} aria-label={`Reading ${fileName}`} />
      <span aria-hidden="true">
        Reading {fileName}: {formatCount(progress?.rows ?? 0, 'row', 'rows')} · {percent.format(fraction)}
      </span>
      {/* Screen readers hear quarters, not every update. */}
      <span className="visually-hidden" role="status">
        Reading {fileName}: {percent.format(Math.floor(fraction * 4) / 4)}
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
