'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { heightMessage, isAskForHeight } from '@/lib/embed/message';
import { PublishedFiguresOnly } from '../charts/published-only';

/**
 * An embed page's body. Its charts draw the published figures only, never the
 * reader's own data. In a frame it tells the page around it how tall it is (on
 * load, whenever that changes, and when asked), so that the resize script of the
 * embed code (lib/embed/resize-script.ts) can make the frame fit the chart.
 */
type Props = { chart: string; label: string; children: ReactNode };

export function EmbedFrame({ chart, label, children }: Props) {
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    const element = main.current;
    // On its own, the page has nobody to tell.
    if (!element || window.parent === window) return;
    // To any origin: the height says nothing private, and an embed cannot know whose article it is in.
    const post = () => window.parent.postMessage(heightMessage(chart, element.getBoundingClientRect().height), '*');
    // A ResizeObserver reports once as it starts (the load) and then each time the
    // height changes: a narrower frame that wraps the words or swaps the drawing.
    const observer = new ResizeObserver(post);
    observer.observe(element);
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isAskForHeight(event.data)) post();
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [chart]);

  return (
    <PublishedFiguresOnly>
      {/* Named, so that it stays apart from the main landmark of the page it is embedded in. */}
      <main id="main" ref={main} className="embed" aria-label={label}>
        {children}
      </main>
    </PublishedFiguresOnly>
  );
}
