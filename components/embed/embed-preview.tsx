'use client';

import { useEffect, useRef, useState } from 'react';
import type { ChartId } from '@/lib/charts/registry';
import type { View } from '@/lib/charts/view';
import { embedHeight } from '@/lib/embed/heights';
import { readHeightMessage } from '@/lib/embed/message';

type Props = { src: string; title: string; chart: ChartId; view: View };

/**
 * The embed as a host page will show it, at the dialog's width: the fixed height
 * of the code until the embed says how tall it is, as the resize script would.
 * Messages count only from this frame's window and this site's origin.
 */
export function EmbedPreview({ src, title, chart, view }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.source !== frame.current?.contentWindow || event.origin !== window.location.origin) return;
      const message = readHeightMessage(event.data);
      if (message) setHeight(message.height);
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  return (
    <figure className="embed-preview">
      <figcaption>Preview</figcaption>
      <iframe ref={frame} src={src} title={title} style={{ height: height ?? embedHeight(chart, view) }} />
    </figure>
  );
}
