import type { View } from '../charts/view';

/** The BroadcastChannel a view's deck and its presenter window talk over: one per deck, whose slides differ. */
export function deckChannel(view: View): string {
  return `russia-dprk-deck-${view}`;
}

export type DeckMessage =
  | { type: 'slide'; slide: number } // the deck says where it is
  | { type: 'goto'; slide: number } // the presenter asks the deck to move
  | { type: 'hello' } // a presenter window has opened and wants the current slide
  | { type: 'blank' }; // the presenter pressed B or '.': blank or unblank the audience screen
