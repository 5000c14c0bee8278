'use client';

import { keyHelp } from '@/lib/deck/keys';
import { deckPptxName } from '@/lib/charts/files';
import type { View } from '@/lib/charts/view';
import { PptxDownloadButton } from '../site/pptx-download-button';
import { withBasePath } from '@/lib/site/base-path';
import { viewPath } from '@/lib/site/routes';

type Props = {
  /** The view of the dashboard this deck is of: its PowerPoint file, and where "Dashboard" goes back to. */
  view: View;
  slide: number;
  count: number;
  title: string;
  help: boolean;
  onShow: (slide: number) => void;
  onFullscreen: () => void;
  onPresenter: () => void;
  onHelp: () => void;
};

/** The deck's buttons, in the slide's corner: previous, where we are, next, full screen, presenter, keys, back. */
export function DeckControls({ view, slide, count, title, help, onShow, onFullscreen, onPresenter, onHelp }: Props) {
  // Clicking a control must not leave it focused: a clicker's Enter or Space would press it again.
  return (
    <nav className="deck-controls" aria-label="Slide controls" onMouseDown={(event) => event.preventDefault()}>
      <button
        type="button"
        onClick={() => onShow(slide - 1)}
        disabled={slide <= 1}
        aria-label="Previous slide"
        title="Previous slide (←)"
      >
        ‹
      </button>
      <span className="deck-progress" aria-live="polite" aria-atomic="true">
        <span className="visually-hidden">Slide </span>
        {slide} / {count}
        <span className="visually-hidden">: {title}</span>
      </span>
      <button
        type="button"
        onClick={() => onShow(slide + 1)}
        disabled={slide >= count}
        aria-label="Next slide"
        title="Next slide (→ or Space)"
      >
        ›
      </button>
      <button type="button" onClick={onFullscreen} aria-label="Full screen (F)" title="Full screen (F)">
        <svg
          viewBox="0 0 16 16"
          width="1em"
          height="1em"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" />
        </svg>
      </button>
      <button type="button" onClick={onPresenter} aria-label="Presenter view (P)" title="Presenter view (P)">
        P
      </button>
      <button
        type="button"
        onClick={onHelp}
        aria-label="Keys (?)"
        title="Keys (?)"
        aria-expanded={help}
        aria-controls="deck-help"
      >
        ?
      </button>
      <PptxDownloadButton
        which={{ kind: 'deck', view }}
        fileName={deckPptxName(view)}
        label="PPTX"
        title="Download PowerPoint: the deck, with its notes"
        className="deck-pptx"
      />
      {/* A plain link: Next's client navigation to a static export's home under a base path asks for
          /trade.txt, which no export has (vercel/next.js#73427), and logs a 404 before it reloads. */}
      <a href={withBasePath(viewPath(view))} className="deck-exit">
        Dashboard
      </a>
    </nav>
  );
}

/** The keys of slide mode, listed on the slide (? or the ? button). */
export function DeckHelp({ count }: { count: number }) {
  return (
    <div className="deck-help" id="deck-help" role="region" aria-label="Keys">
      <dl>
        {keyHelp(count).map(([keys, does]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
