'use client';

import { use, type ReactNode } from 'react';

/*
 * Holds back hydration of a server-rendered chart until it is on screen. The
 * dashboard's HTML has every chart twice per view (wide and narrow) and in both
 * views, and the deck has every slide: CSS shows a few of them. Hydrating the
 * hidden ones made the page unresponsive for seconds on a phone. A component
 * that suspends while hydrating leaves the server's HTML as it is, so a hidden
 * chart stays as drawn (and prints, and reads as text) and is hydrated when it
 * is shown: a resize, a slide change, the presenter's next slide.
 */
type Waiting = { promise: Promise<void>; resolve: () => void };

const waiting = new Map<string, Waiting>();
/** Once shown, a chart stays hydrated: suspending it again would blank it. */
const released = new Set<string>();
let watching = false;

function isShown(selector: string): boolean {
  const element = document.querySelector(selector);
  // Unknown element or an older browser: hydrate now rather than never.
  if (!element || typeof element.checkVisibility !== 'function') return true;
  return element.checkVisibility();
}

function releaseShown() {
  for (const [selector, { resolve }] of waiting) {
    if (!isShown(selector)) continue;
    waiting.delete(selector);
    released.add(selector);
    resolve();
  }
}

/** What can show a hidden chart: the URL-state attributes, the presenter's data-show, the window size. */
function watch() {
  if (watching) return;
  watching = true;
  new MutationObserver(releaseShown).observe(document.documentElement, {
    attributes: true,
    subtree: true,
    attributeFilter: ['data-slide', 'data-context', 'data-show', 'data-theme'],
  });
  window.addEventListener('resize', releaseShown);
  window.addEventListener('beforeprint', releaseShown);
}

function untilShown(selector: string): Promise<void> {
  let entry = waiting.get(selector);
  if (!entry) {
    let resolve = () => {};
    const promise = new Promise<void>((r) => (resolve = r));
    entry = { promise, resolve };
    waiting.set(selector, entry);
    watch();
  }
  return entry.promise;
}

export function ShownGate({ selector, children }: { selector: string; children: ReactNode }) {
  if (typeof document !== 'undefined' && !released.has(selector)) {
    if (isShown(selector)) released.add(selector);
    else use(untilShown(selector));
  }
  return children;
}
