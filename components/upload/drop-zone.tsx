'use client';

import { useState } from 'react';
import { attachmentName } from '@/lib/charts/files';
import { withBasePath } from '@/lib/site/base-path';

type Props = { disabled: boolean; onFile: (file: File) => void };

/** Choose or drop a CSV; the template and the columns it needs are named beside it. */
export function DropZone({ disabled, onFile }: Props) {
  const [dragging, setDragging] = useState(false);
  return (
    <>
      <label
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer.files[0];
          if (file) onFile(file);
        }}
      >
        <span className="drop-zone-text">Drop a CSV or text file here, or choose one</span>
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          disabled={disabled}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = '';
          }}
        />
      </label>
      <p className="muted">
        Columns: <code>year</code> (2019, or 2019-03 for a month), <code>value_usd</code> (whole US dollars),{' '}
        <code>publisher</code>, and optionally <code>source</code> and <code>note</code>; or a UN Comtrade export; or
        any table of years and values, whose columns you then choose (in dollars, thousands or millions). UTF-8, UTF-16
        and Windows encodings are read.{' '}
        <a href={withBasePath('/data/upload-template.csv')} download={attachmentName('upload-template.csv')}>
          Download template
        </a>
        . Your file stays in this browser.
      </p>
    </>
  );
}
