import type { View } from '../charts/view';

/*
 * The app's pages. Each view of the dashboard is a page of its own, and so is
 * its slide mode, with its presenter window: the deck of a view draws its charts
 * in that view, and "Dashboard" takes the reader back to it.
 */

export function viewPath(view: View): string {
  return view === 'context' ? '/context' : '/';
}

/** Slide mode of a view of the dashboard. */
export function presentPath(view: View): string {
  return view === 'context' ? '/present/context' : '/present';
}

/** The presenter's window of a view's slide mode. */
export function presenterPath(view: View): string {
  return `${presentPath(view)}/presenter`;
}

/** Old links to the context view's slides said `/present?from=context`: they land on /present/context. */
export function isOldContextDeckLink(search: string): boolean {
  return new URLSearchParams(search).get('from') === 'context';
}

/** Old links asked for the context view with `?context=1` on the home page: they land on /context. */
export function isOldContextLink(search: string): boolean {
  const value = new URLSearchParams(search).get('context');
  return value === '1' || value === 'true' || value === 'yes';
}
