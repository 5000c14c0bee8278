'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { deckChannel, type DeckMessage } from '@/lib/deck/channel';
import { deckAction, nextSlide, slideForDigit } from '@/lib/deck/keys';
import { currentSlide, serverSlide, setCurrentSlide, subscribeToSlide } from './slide-store';
import { deckPptxName } from '@/lib/charts/files';
import type { View } from '@/lib/charts/view';
import { PptxDownloadButton } from '../site/pptx-download-button';

type Props = { view: View; count: number; titles: string[]; notes: string[]; current: ReactNode; next: ReactNode };

function formatElapsed(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * When the talk started, kept for this window's session: a presenter who reloads
 * the window (or it reloads itself after sleep) keeps the time they have used.
 */
const STARTED_AT_KEY = 'presenter-started-at';

function storedStart(): number | null {
  try {
    const stored = Number(window.sessionStorage.getItem(STARTED_AT_KEY));
    return stored > 0 && stored <= Date.now() ? stored : null;
  } catch {
    // Storage can be blocked (private modes, policies): the timer then starts afresh.
    return null;
  }
}

function storeStart(startedAt: number) {
  try {
    window.sessionStorage.setItem(STARTED_AT_KEY, String(startedAt));
  } catch {
    // As above: nothing to keep it in.
  }
}

/**
 * The presenter's window. It follows the deck (which owns the slide number) and
 * can also drive it: its keys and buttons ask the deck to move.
 */
export function PresenterView({ view, count, titles, notes, current, next }: Props) {
  const slide = Math.min(useSyncExternalStore(subscribeToSlide, currentSlide, serverSlide), count);
  const [startedAt, setStartedAt] = useState(() =>
    typeof window === 'undefined' ? Date.now() : (storedStart() ?? Date.now()),
  );
  const [elapsed, setElapsed] = useState(0);
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const bc = new BroadcastChannel(deckChannel(view));
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<DeckMessage>) => {
      if (event.data.type === 'slide') setCurrentSlide(event.data.slide);
    };
    bc.postMessage({ type: 'hello' } satisfies DeckMessage);
    return () => bc.close();
  }, [count, view]);

  useEffect(() => {
    storeStart(startedAt);
    const tick = () => setElapsed(Math.floor((Date.now() - startedAt) / 1000));
    // At once, not a second later: after a reload the timer goes on from where it was.
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, 1000);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [startedAt]);

  const go = (target: number) => {
    const clamped = Math.min(Math.max(1, target), count);
    setCurrentSlide(clamped);
    channel.current?.postMessage({ type: 'goto', slide: clamped } satisfies DeckMessage);
  };

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // In the notes (reached with Tab, or clicked), ↑ and ↓ scroll long notes; a clicker's keys still move the deck.
      const inNotes = (event.target as HTMLElement | null)?.closest('.presenter-notes-pane');
      if (inNotes && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) return;
      const digit = slideForDigit(event.key, count);
      if (digit !== null) {
        event.preventDefault();
        go(digit);
        return;
      }
      const action = deckAction(event.key);
      if (action === 'blank') {
        // The clicker may be talking to this window: blank the audience's screen from here.
        event.preventDefault();
        channel.current?.postMessage({ type: 'blank' } satisfies DeckMessage);
        return;
      }
      // Fullscreen must be asked for in the audience window itself (browsers require a gesture there).
      if (!action || action === 'fullscreen' || action === 'presenter' || action === 'help') return;
      if ((event.target as HTMLElement | null)?.closest('button') && (event.key === 'Enter' || event.key === ' '))
        return;
      event.preventDefault();
      go(nextSlide(slide, action, count));
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const hasNext = slide < count;
  return (
    <div className="presenter">
      <section className="presenter-main" aria-label="Current slide">
        <p className="presenter-heading">
          Now: <span data-testid="presenter-current">{slide}</span> / {count} · {titles[slide - 1]}
        </p>
        <div className="preview preview-current" data-show={slide}>
          {current}
        </div>
      </section>
      <aside className="presenter-side">
        <p className="presenter-heading">Next: {hasNext ? titles[slide] : 'end of the deck'}</p>
        <div className="preview preview-next" data-show={hasNext ? slide + 1 : 0}>
          {next}
        </div>
        <div className="presenter-timer">
          <span role="timer" aria-label="Time elapsed" data-testid="presenter-timer">
            {formatElapsed(elapsed)}
          </span>
          <button
            type="button"
            onClick={() => {
              setStartedAt(Date.now());
              setElapsed(0);
            }}
          >
            Reset timer
          </button>
        </div>
        <div className="presenter-buttons">
          <button type="button" onClick={() => go(slide - 1)} disabled={slide <= 1}>
            Previous
          </button>
          <button type="button" onClick={() => go(slide + 1)} disabled={!hasNext}>
            Next
          </button>
          <PptxDownloadButton
            which={{ kind: 'deck', view }}
            fileName={deckPptxName(view)}
            label="Download PowerPoint"
            title="Download PowerPoint: the deck, with its notes"
          />
        </div>
      </aside>
      {/* Across the window's full width, under both previews, and scrolling on its own when long:
          focusable, so that a keyboard can scroll it too (↑ ↓, above). */}
      <section className="presenter-notes-pane" aria-labelledby="presenter-notes-heading" tabIndex={0}>
        <h2 className="presenter-heading" id="presenter-notes-heading">
          Notes
        </h2>
        <p className="presenter-notes" data-testid="presenter-notes">
          {notes[slide - 1]}
        </p>
      </section>
    </div>
  );
}
