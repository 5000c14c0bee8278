'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { ChartId } from '@/lib/charts/registry';
import type { View } from '@/lib/charts/view';
import { EmbedDialogBody } from './embed-dialog-body';

type Props = { chart: ChartId; view: View; titles: Record<View, string> };

/**
 * "Embed" under a chart: a native modal <dialog>, so the browser keeps focus
 * inside it, closes it on Esc and gives focus back to this button. Its body
 * (and the preview's frame) exists only while it is open.
 */
export function EmbedButton({ chart, view, titles }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const headingId = useId();

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);

  return (
    // Styled and hidden (no JavaScript, print, presenter previews) as the image buttons are.
    <div className="export-buttons embed-control">
      <button type="button" aria-haspopup="dialog" aria-label={`Embed: ${titles[view]}`} onClick={() => setOpen(true)}>
        Embed
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={headingId} onClose={() => setOpen(false)}>
        {open ? (
          <EmbedDialogBody
            chart={chart}
            initialView={view}
            titles={titles}
            headingId={headingId}
            onClose={() => dialog.current?.close()}
          />
        ) : null}
      </dialog>
    </div>
  );
}
