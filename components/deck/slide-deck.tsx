'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { deckAction, nextSlide, slideForDigit, slideFromSearch } from '@/lib/deck/keys';
import { deckChannel, type DeckMessage } from '@/lib/deck/channel';
import type { View } from '@/lib/charts/view';
import { DeckControls, DeckHelp } from './deck-controls';
import { currentSlide, serverSlide, setCurrentSlide, subscribeToSlide } from './slide-store';
import { withBasePath } from '@/lib/site/base-path';
import { presenterPath } from '@/lib/site/routes';

type Props = { view: View; count: number; titles: string[]; children: ReactNode };

/**
 * Slide mode: keys and clicker, fullscreen, blanking, and a presenter window kept
 * in step over a BroadcastChannel. The slides are server-rendered children; this
 * only decides which one shows, by setting data-slide on <html> (CSS does the rest,
 * the same way the before-paint script does for the URL's slide).
 */
export function SlideDeck({ view, count, titles, children }: Props) {
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
    const bc = new BroadcastChannel(deckChannel(view));
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
  }, [count, show, view]);

  const openPresenter = useCallback(() => {
    window.open(
      withBasePath(`${presenterPath(view)}?slide=${document.documentElement.dataset.slide ?? 1}`),
      'russia-dprk-presenter',
      'popup,width=1100,height=720',
    );
  }, [view]);

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
      // A dialog over the slide (Embed) keeps its keys: arrows move between its options, not slides.
      if (target?.closest('dialog')) return;
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
    if ((event.target as HTMLElement).closest('button, a, .deck-help, dialog')) return;
    if (blank) return setBlank(false);
    const half = event.clientX > window.innerWidth / 2 ? 'next' : 'previous';
    show(nextSlide(slide, half, count));
  }

  return (
    <div className="deck" ref={deckRef} onClick={onClick}>
      <div className="deck-stage">
        {children}
        <DeckControls
          view={view}
          slide={slide}
          count={count}
          title={titles[slide - 1] ?? ''}
          help={help}
          onShow={show}
          onFullscreen={toggleFullscreen}
          onPresenter={openPresenter}
          onHelp={() => setHelp((shown) => !shown)}
        />
        {help ? <DeckHelp count={count} /> : null}
      </div>
      {blank ? (
        <div className="deck-blank" data-testid="blank-screen" role="status">
          <span className="visually-hidden">Screen blanked; press any key to bring it back.</span>
        </div>
      ) : null}
    </div>
  );
}
