'use client';

import { useState } from 'react';
import type { ChartId } from '@/lib/charts/registry';
import type { View } from '@/lib/charts/view';
import type { PptxFiles } from '@/lib/pptx/deck';
import { PPTX_TYPE } from '@/lib/pptx/document';
import { withBasePath } from '@/lib/site/base-path';
import { useDrawnUserData } from '../charts/published-only';
import { saveBlob } from './save-file';

/** A view's deck, or one chart in one view. */
export type PptxWhich = { kind: 'deck'; view: View } | { kind: 'chart'; chart: ChartId; view: View };

type Props = { which: PptxWhich; fileName: string; label: string; title: string; className?: string };

/**
 * "Download PowerPoint": on the click, fetches what the file is written from
 * (/data/pptx.json), loads the writer (pptxgenjs, in no page's first load), adds
 * the reader's own data where the page draws it, and saves the .pptx. While it
 * builds the button says so; a failure says what went wrong, and nothing is saved.
 */
export function PptxDownloadButton({ which, fileName, label, title, className }: Props) {
  // The reader's data as the charts draw it (never inside an embed).
  const user = useDrawnUserData();
  const [building, setBuilding] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function build() {
    setBuilding(true);
    setError(null);
    try {
      const response = await fetch(withBasePath('/data/pptx.json'));
      if (!response.ok) throw new Error(`its data could not be loaded (HTTP ${response.status})`);
      const files = (await response.json()) as PptxFiles;
      const document = which.kind === 'deck' ? files.decks[which.view] : files.charts[which.chart][which.view];
      const [{ writePptx }, { withUserData }] = await Promise.all([
        import('@/lib/pptx/write'),
        import('@/lib/pptx/with-user'),
      ]);
      const bytes = await writePptx(withUserData(document, user, files.targetYears));
      saveBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PPTX_TYPE }), fileName);
    } catch (reason) {
      setError(
        `The PowerPoint file could not be made: ${reason instanceof Error ? reason.message : String(reason)}. Nothing was saved.`,
      );
    } finally {
      setBuilding(false);
    }
  }

  return (
    <span className={`pptx-download${className ? ` ${className}` : ''}`}>
      <button type="button" onClick={build} disabled={building} aria-label={title} title={title}>
        {building ? 'Building PowerPoint…' : label}
      </button>
      {/* Said to screen readers as it happens: the button's own text changes while it is pressed. */}
      <span className="visually-hidden" role="status">
        {building ? 'Building the PowerPoint file…' : ''}
      </span>
      {error ? (
        <span role="alert" className="export-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
