'use client';

import Link from 'next/link';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { deckAction, keyHelp, nextSlide, slideForDigit, slideFromSearch } from '@/lib/deck/keys';
import { DECK_CHANNEL, type DeckMessage } from '@/lib/deck/channel';
import { currentSlide, serverSlide, setCurrentSlide, subscribeToSlide } from './slide-store';

type Props = { count: number; titles: string[]; children: ReactNode };

/**
 * Slide mode: keys and clicker, fullscreen, blanking, and a presenter window kept
 * in step over a BroadcastChannel. The slides are server-rendered children; this
 * only decides which one shows, by setting data-slide on <html> (CSS does the rest,
 * the same way the inline URL script does before the first paint).
 */
export function SlideDeck({ count, titles, children }: Props) {
  const slide = Math.min(useSyncExternalStore(subscribeToSlide, currentSlide, serverSlide), count);
  const [blank, setBlank] = useState(false);
  const [help, setHelp] = useState(false);
  const channel = useRef<BroadcastChannel | null>(null);
  const deckRef = useRef<HTMLDivElement>(null);

  const show = useCallback(
    (target: number, announce = true) => {
      const next = Math.min(Math.max(1, target), count);
      setCurrentSlide(next);
      // replaceState: moving through slides must not fill the back button's history.
      const url = new URL(window.location.href);
      url.searchParams.set('slide', String(next));
      window.history.replaceState(window.history.state, '', url);
      if (announce) channel.current?.postMessage({ type: 'slide', slide: next } satisfies DeckMessage);
    },
    [count],
  );

  // Start where the URL says (clamped to the deck), and keep the presenter window in step.
  useEffect(() => {
    const initial = slideFromSearch(window.location.search, count);
    if (initial !== currentSlide()) show(initial, false);
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(DECK_CHANNEL);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<DeckMessage>) => {
      const message = event.data;
      if (message.type === 'goto') show(message.slide, true);
      if (message.type === 'blank') setBlank((current) => !current);
      if (message.type === 'hello')
        bc.postMessage({
          type: 'slide',
          slide: Number(document.documentElement.dataset.slide ?? initial),
        } satisfies DeckMessage);
    };
    bc.postMessage({ type: 'slide', slide: initial } satisfies DeckMessage);
    return () => bc.close();
  }, [count, show]);

  const openPresenter = useCallback(() => {
    window.open(
      `/present/presenter?slide=${document.documentElement.dataset.slide ?? 1}`,
      'russia-dprk-presenter',
      'popup,width=1100,height=720',
    );
  }, []);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (blank) {
        // Any key brings the screen back, and does nothing else.
        event.preventDefault();
        setBlank(false);
        return;
      }
      const target = event.target as HTMLElement | null;
      // A control reached with Tab keeps its own Enter and Space (controls clicked with a mouse never take focus).
      if (target?.closest('button, a, input, textarea, select') && (event.key === 'Enter' || event.key === ' ')) return;
      if (event.key === 'Escape') {
        setHelp(false);
        // The browser leaves fullscreen on Esc by itself; this covers the cases it does not.
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        return;
      }
      const digit = slideForDigit(event.key, count);
      if (digit !== null) {
        event.preventDefault();
        show(digit);
        return;
      }
      const action = deckAction(event.key);
      if (!action) return;
      event.preventDefault();
      if (action === 'help') setHelp((shown) => !shown);
      else if (action === 'blank') setBlank(true);
      else if (action === 'fullscreen') toggleFullscreen();
      else if (action === 'presenter') openPresenter();
      else show(nextSlide(Number(document.documentElement.dataset.slide ?? 1), action, count));
    }
    window.addEventListener('keydown', onKey);
    // Says the deck now answers keys (tests wait for it: a key pressed earlier is lost).
    const deck = deckRef.current;
    deck?.setAttribute('data-keys', 'on');
    return () => {
      window.removeEventListener('keydown', onKey);
      deck?.removeAttribute('data-keys');
    };
  }, [blank, count, openPresenter, show, toggleFullscreen]);

  function onClick(event: React.MouseEvent<HTMLDivElement>) {
    if ((event.target as HTMLElement).closest('button, a, .deck-help')) return;
    if (blank) return setBlank(false);
    const half = event.clientX > window.innerWidth / 2 ? 'next' : 'previous';
    show(nextSlide(slide, half, count));
  }

  return (
    <div className="deck" ref={deckRef} onClick={onClick}>
      <div className="deck-stage">
        {children}
        {/* Clicking a control must not leave it focused: a clicker's Enter or Space would press it again. */}
        <nav className="deck-controls" aria-label="Slide controls" onMouseDown={(event) => event.preventDefault()}>
          <button
            type="button"
            onClick={() => show(slide - 1)}
            disabled={slide <= 1}
            aria-label="Previous slide"
            title="Previous slide (←)"
          >
            ‹
          </button>
          <span className="deck-progress" aria-live="polite" aria-atomic="true">
            <span className="visually-hidden">Slide </span>
            {slide} / {count}
            <span className="visually-hidden">: {titles[slide - 1]}</span>
          </span>
          <button
            type="button"
            onClick={() => show(slide + 1)}
            disabled={slide >= count}
            aria-label="Next slide"
            title="Next slide (→ or Space)"
          >
            ›
          </button>
          <button type="button" onClick={toggleFullscreen} aria-label="Full screen (F)" title="Full screen (F)">
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
          <button type="button" onClick={openPresenter} aria-label="Presenter view (P)" title="Presenter view (P)">
            P
          </button>
          <button
            type="button"
            onClick={() => setHelp((shown) => !shown)}
            aria-label="Keys (?)"
            title="Keys (?)"
            aria-expanded={help}
            aria-controls="deck-help"
          >
            ?
          </button>
          <Link href="/" className="deck-exit">
            Dashboard
          </Link>
        </nav>
        {help ? (
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
        ) : null}
      </div>
      {blank ? (
        <div className="deck-blank" data-testid="blank-screen" role="status">
          <span className="visually-hidden">Screen blanked; press any key to bring it back.</span>
        </div>
      ) : null}
    </div>
  );
}
