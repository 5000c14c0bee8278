'use client';

import { lazy, startTransition, useEffect, useLayoutEffect, useRef, useState, type ComponentProps } from 'react';
import type { TargetActualChart } from './target-actual-chart';
import type { TrajectoryChart } from './trajectory-chart';
import { pointerInDrawing } from './pointer-in-drawing';
import { useDrawnUserData } from './published-only';

// recharts (about 115 KB gzip) is fetched only when a chart is first used, never on page load.
const loadTrajectory = () => import('./trajectory-chart');
const loadTargetActual = () => import('./target-actual-chart');
const charts = {
  trajectory: lazy(() => loadTrajectory().then((module) => ({ default: module.TrajectoryChart }))),
  targetVsActual: lazy(() => loadTargetActual().then((module) => ({ default: module.TargetActualChart }))),
};

type Props =
  | { kind: 'trajectory'; chart: ComponentProps<typeof TrajectoryChart> }
  | { kind: 'target-vs-actual'; chart: ComponentProps<typeof TargetActualChart> };

/** What the reader was doing when the chart woke up, so the live chart can carry on from there. */
type Wake = { focus: boolean; pointer: { x: number; y: number } | null };

const onServer = typeof window === 'undefined';

/** At the latest, hidden drawings take in the reader's data this long after it loads. */
const IDLE_WAKE_MS = 2000;

/**
 * A recharts chart that the browser keeps as the server drew it until somebody uses it.
 *
 * Hydrating every chart on load (each dashboard chart is drawn twice, wide and narrow;
 * the presenter window draws every slide twice) was most of a phone's main-thread
 * time, and recharts most of the page's JavaScript. The server HTML already is the chart, its colours in CSS variables, so
 * until the reader points at it, focuses it, or loads data of their own, there is
 * nothing for the browser to run. On the client this renders an element whose inner
 * HTML React leaves alone (React does not hydrate the children of a
 * `dangerouslySetInnerHTML` element), and on first use loads recharts and swaps in
 * the live chart, replaying the pointer position or focus so that the tooltip or
 * keyboard layer answers at once. With JavaScript off, the server drawing is the chart.
 */
export function ChartOnDemand(props: Props) {
  const hasUserData = useDrawnUserData() !== null;
  const [used, setUsed] = useState(false);
  const wake = useRef<Wake>({ focus: false, pointer: null });
  const host = useRef<HTMLDivElement>(null);
  const load = props.kind === 'trajectory' ? loadTrajectory : loadTargetActual;

  // Goes live once the code is here: a failed fetch (offline, or a deploy that renamed
  // the chunks) leaves the drawing as it is rather than the page on its error screen.
  // The transition keeps the drawing on screen while the lazy component resolves.
  const goLive = () => {
    load().then(
      () => startTransition(() => setUsed(true)),
      () => undefined,
    );
  };

  // Mounted on the client (a link from the slides, a retry after an error) there is
  // no server drawing inside to keep: draw the chart straight away.
  useLayoutEffect(() => {
    if (!used && host.current && host.current.childNodes.length === 0) goLive();
    // Only on mount: later renders keep what the first one decided.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The reader's own data must be drawn, so it wakes the chart: at once if the drawing
  // is displayed (of a chart's wide and narrow drawings, one is), else when
  // CSS shows it (a ResizeObserver reports display:none giving way to a size) or when the
  // browser is next idle, whichever comes first. Hidden ones must not wait for ever: a
  // printout shows drawings the screen hides (every slide of the deck, for one).
  useEffect(() => {
    const element = host.current;
    if (!hasUserData || used || !element) return;
    const observer = new ResizeObserver(() => {
      if (element.getClientRects().length === 0) return;
      observer.disconnect();
      goLive();
    });
    observer.observe(element);
    const idle =
      typeof requestIdleCallback === 'function' ? requestIdleCallback(goLive, { timeout: IDLE_WAKE_MS }) : null;
    const timer = idle === null ? window.setTimeout(goLive, IDLE_WAKE_MS) : null;
    return () => {
      observer.disconnect();
      if (idle !== null) cancelIdleCallback(idle);
      if (timer !== null) window.clearTimeout(timer);
    };
    // goLive is the same work every render; only the data and the state decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hasUserData, used]);

  // The live chart reads the pointer in its own drawing's coordinates, from its first
  // event on (the replayed one below included), however CSS has scaled the drawing.
  useLayoutEffect(() => {
    const element = host.current;
    if (!used || !element) return;
    return pointerInDrawing(element);
  }, [used]);

  // A layout effect: focus moves to the live chart in the same task that removed the
  // drawing, so a key pressed in between never finds it on the body.
  useLayoutEffect(() => {
    const element = host.current;
    if (!used || !element) return;
    const { focus, pointer } = wake.current;
    wake.current = { focus: false, pointer: null };
    // Focus went to the body when the drawing it was on was replaced; anywhere else,
    // the reader has moved on while recharts loaded, and their focus stays there.
    if (focus && document.activeElement === document.body)
      element.querySelector<HTMLElement>('[tabindex="0"]')?.focus({ preventScroll: true });
    if (!pointer) return;
    // recharts follows mousemove; the ones so far went to the server drawing. Replayed
    // only if the pointer is still over this chart (`view` gives the event page coordinates).
    const under = document.elementFromPoint(pointer.x, pointer.y);
    if (under && element.contains(under))
      under.dispatchEvent(
        new MouseEvent('mousemove', { clientX: pointer.x, clientY: pointer.y, bubbles: true, view: window }),
      );
  }, [used]);

  if (onServer || used) {
    return (
      <div key="live" ref={host} className="chart-drawing">
        {props.kind === 'trajectory' ? (
          <charts.trajectory {...props.chart} />
        ) : (
          <charts.targetVsActual {...props.chart} />
        )}
      </div>
    );
  }
  return (
    <div
      key="static"
      ref={host}
      className="chart-drawing"
      onPointerEnter={(event) => {
        wake.current.pointer = { x: event.clientX, y: event.clientY };
        goLive();
      }}
      // While recharts loads, follow the pointer, so the tooltip opens where it is now, or not at all.
      onPointerMove={(event) => {
        wake.current.pointer = { x: event.clientX, y: event.clientY };
      }}
      onPointerLeave={() => {
        wake.current.pointer = null;
      }}
      // A tap or click focuses the drawing too (it is focusable): the pointer position is kept.
      onFocus={() => {
        wake.current.focus = true;
        goLive();
      }}
      // Moving focus elsewhere cancels giving it back; the drawing being replaced does not
      // (a removed element is no longer connected when its blur arrives, if it arrives).
      onBlur={(event) => {
        if (event.currentTarget.isConnected) wake.current.focus = false;
      }}
      // Empty on purpose: the server's drawing is inside, and stays until first use.
      dangerouslySetInnerHTML={{ __html: '' }}
      suppressHydrationWarning
    />
  );
}
