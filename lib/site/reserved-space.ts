/*
 * A returning reader with data of their own saw the page jump (CLS 0.43): their
 * data comes from IndexedDB after the first paint, and the parts of the page that
 * draw it grow. So the heights those parts had with the data are kept in
 * localStorage, for this window width, and the before-paint script gives them
 * back as CSS variables: each part has `min-height: var(--reserve-<name>)`, which
 * does nothing while the variable is unset.
 */

export const RESERVED_SPACE_KEY = 'russia-dprk-reserved-space';

/** The parts of the page that grow when the reader's data is drawn. */
export const RESERVED_SLOTS = [
  'bars-wide',
  'bars-narrow',
  'bars-footer',
  'trajectory-legend',
  'trajectory-summary',
  'trajectory-footer',
  'your-data',
  'your-data-table',
] as const;
export type ReservedSlot = (typeof RESERVED_SLOTS)[number];

export type ReservedSpace = { width: number; heights: Partial<Record<ReservedSlot, number>> };

/** The attributes that make an element a slot: its name, and a height the before-paint script may reserve. */
export function reserveSlot(name: ReservedSlot) {
  return { 'data-reserve-slot': name, style: { minHeight: `var(--reserve-${name})` } } as const;
}
