import type { View } from '../charts/view';

/*
 * The app's pages. Each view of the dashboard is a page of its own; slide mode
 * remembers which one the reader came from, so that "Dashboard" takes them back.
 */

export function viewPath(view: View): string {
  return view === 'context' ? '/context' : '/';
}

/** Slide mode, opened from a view of the dashboard. */
export function presentPath(from: View): string {
  return from === 'context' ? '/present?from=context' : '/present';
}

/** The view slide mode was opened from, by its address (`?from=context`). */
export function viewFromSearch(search: string): View {
  return new URLSearchParams(search).get('from') === 'context' ? 'context' : 'article';
}

/** Old links asked for the context view with `?context=1` on the home page: they land on /context. */
export function isOldContextLink(search: string): boolean {
  const value = new URLSearchParams(search).get('context');
  return value === '1' || value === 'true' || value === 'yes';
}
