/** What a key press does in slide mode. Clickers send PageDown/PageUp, B or '.'. */
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'blank' | 'presenter' | 'help' | null;

const ACTIONS: Record<string, DeckAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  p: 'presenter',
  P: 'presenter',
  '?': 'help',
};

/** The keys, as the deck's help lists them: kept beside the map above so the two agree. */
export function keyHelp(count: number): readonly (readonly [keys: string, does: string])[] {
  return [
    ['→  ↓  Space  Page Down  Enter', 'next slide'],
    ['←  ↑  Page Up  Backspace', 'previous slide'],
    ['Home  End', 'first, last slide'],
    [`1 – ${Math.min(9, count)}`, 'that slide'],
    ['F', 'full screen'],
    ['B  or  .', 'blank the screen (any key brings it back)'],
    ['P', 'presenter view: notes, next slide, timer'],
    ['?', 'show or hide these keys'],
  ];
}

/** A digit key's slide (1–9), when the deck has it; null otherwise. */
export function slideForDigit(key: string, count: number): number | null {
  if (!/^[1-9]$/.test(key)) return null;
  const slide = Number(key);
  return slide <= count ? slide : null;
}

export function deckAction(key: string): DeckAction {
  return ACTIONS[key] ?? null;
}

/** The slide an action leads to, kept within 1…count. */
export function nextSlide(current: number, action: DeckAction, count: number): number {
  switch (action) {
    case 'next':
      return Math.min(count, current + 1);
    case 'previous':
      return Math.max(1, current - 1);
    case 'first':
      return 1;
    case 'last':
      return count;
    default:
      return current;
  }
}

/** `?slide=3` → 3; anything missing or out of range → 1 or the last slide. */
export function slideFromSearch(search: string, count: number): number {
  const value = Number.parseInt(new URLSearchParams(search).get('slide') ?? '', 10);
  if (!Number.isFinite(value) || value < 1) return 1;
  return Math.min(value, count);
}
