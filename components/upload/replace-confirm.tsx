'use client';

import { useEffect, useRef } from 'react';
import { formatCount } from '@/lib/format';
import type { UploadReport } from '@/lib/upload/report';
import type { UserDataset } from '@/lib/upload/user-data';

/** `loaded` is null when the reader removed their data (here or in another tab) while the question was open. */
type Props = { report: UploadReport; loaded: UserDataset | null; onReplace: () => void; onKeep: () => void };

/**
 * A clean file is read and checked, but the reader already has data loaded: ask before
 * replacing it. Loading a second file by mistake must never cost them the first.
 */
export function ReplaceConfirm({ report, loaded, onReplace, onKeep }: Props) {
  const region = useRef<HTMLDivElement>(null);
  // The same file again (edited since): say which is which.
  const sameName = loaded?.fileName === report.fileName;
  const newer = sameName ? 'the new ' : '';
  const older = sameName ? 'the loaded ' : '';
  // Keyboard and screen-reader users land on the question, not somewhere above it.
  useEffect(() => region.current?.focus(), []);
  return (
    <div className="upload-confirm" role="group" aria-labelledby="upload-confirm-text" tabIndex={-1} ref={region}>
      {/* No role=alert: the question takes focus, and its label is read then. */}
      <p id="upload-confirm-text">
        <strong>{report.fileName}</strong> is ready: {formatCount(report.acceptedRowCount, 'row', 'rows')} with no
        issues.{' '}
        {loaded ? (
          <>
            Loading it replaces your data from <strong>{loaded.fileName}</strong> (
            {formatCount(loaded.rowCount, 'row', 'rows')}).
          </>
        ) : (
          'Load it?'
        )}
      </p>
      <div className="upload-actions">
        <button type="button" onClick={onReplace}>
          {loaded ? `Replace with ${newer}${report.fileName}` : `Load ${report.fileName}`}
        </button>
        <button type="button" onClick={onKeep}>
          {loaded ? `Keep ${older}${loaded.fileName}` : 'Do not load it'}
        </button>
      </div>
    </div>
  );
}
