'use client';

import { lazy, startTransition, useEffect, useRef, useState, type ComponentProps } from 'react';
import type { TargetActualChart } from './target-actual-chart';
import type { TrajectoryChart } from './trajectory-chart';
import { useUserData } from './user-data/use-user-data';

// recharts (about 115 KB gzip) is fetched only when a chart is first used, never on page load.
const charts = {
  trajectory: lazy(() => import('./trajectory-chart').then((module) => ({ default: module.TrajectoryChart }))),
  targetVsActual: lazy(() => import('./target-actual-chart').then((module) => ({ default: module.TargetActualChart }))),
};

type Props =
  | { kind: 'trajectory'; chart: ComponentProps<typeof TrajectoryChart> }
  | { kind: 'target-vs-actual'; chart: ComponentProps<typeof TargetActualChart> };

/** Where the reader was when the chart woke up, so the live chart can carry on from there. */
type Wake = { focus: boolean; x: number; y: number };

const onServer = typeof window === 'undefined';

/**
 * A recharts chart that the browser keeps as the server drew it until somebody uses it.
 *
 * Hydrating every chart on load (the dashboard draws eight: two views, each wide and
 * narrow) was most of a phone's main-thread time, and recharts most of the page's
 * JavaScript. The server HTML already is the chart, its colours in CSS variables, so
 * until the reader points at it, focuses it, or loads data of their own, there is
 * nothing for the browser to run. On the client this renders an element whose inner
 * HTML React leaves alone (React does not hydrate the children of a
 * `dangerouslySetInnerHTML` element), and on first use loads recharts and swaps in
 * the live chart, replaying the pointer position or focus so that the tooltip or
 * keyboard layer answers at once. With JavaScript off, the server drawing is the chart.
 */
export function ChartOnDemand(props: Props) {
  const hasUserData = useUserData() !== null;
  const [used, setUsed] = useState(false);
  const wake = useRef<Wake | null>(null);
  const host = useRef<HTMLDivElement>(null);

  // The reader's own data must be drawn, so it wakes the chart. In a transition: the
  // server drawing stays on screen while recharts loads (lazy suspends, no fallback).
  useEffect(() => {
    if (hasUserData) startTransition(() => setUsed(true));
  }, [hasUserData]);

  useEffect(() => {
    const from = wake.current;
    const element = host.current;
    if (!used || !from || !element) return;
    wake.current = null;
    if (from.focus) {
      // Focus went to the body when the drawing it was on was replaced. If the reader
      // has tabbed on while recharts loaded, their focus stays where they took it.
      if (document.activeElement === document.body) element.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
      return;
    }
    // recharts follows mousemove; the ones so far went to the server drawing. Replayed
    // only if the pointer is still over this chart (`view` gives the event page coordinates).
    const under = document.elementFromPoint(from.x, from.y);
    if (under && element.contains(under)) under.dispatchEvent(new MouseEvent('mousemove', { clientX: from.x, clientY: from.y, bubbles: true, view: window }));
  }, [used]);

  if (onServer || used) {
    return (
      <div key="live" ref={host} className="chart-drawing">
        {props.kind === 'trajectory' ? <charts.trajectory {...props.chart} /> : <charts.targetVsActual {...props.chart} />}
      </div>
    );
  }
  const use = (from: Wake) => {
    wake.current = from;
    startTransition(() => setUsed(true));
  };
  return (
    <div
      key="static"
      className="chart-drawing"
      onPointerEnter={(event) => use({ focus: false, x: event.clientX, y: event.clientY })}
      // While recharts loads, follow the pointer, so the tooltip opens where it is now.
      onPointerMove={(event) => {
        if (wake.current && !wake.current.focus) wake.current = { focus: false, x: event.clientX, y: event.clientY };
      }}
      onFocus={() => use({ focus: true, x: 0, y: 0 })}
      // Empty on purpose: the server's drawing is inside, and stays until first use.
      dangerouslySetInnerHTML={{ __html: '' }}
      suppressHydrationWarning
    />
  );
}
