/** The BroadcastChannel the deck and its presenter window talk over. */
export const DECK_CHANNEL = 'russia-dprk-deck';

export type DeckMessage =
  | { type: 'slide'; slide: number } // the deck says where it is
  | { type: 'goto'; slide: number } // the presenter asks the deck to move
  | { type: 'hello' } // a presenter window has opened and wants the current slide
  | { type: 'blank' }; // the presenter pressed B or '.': blank or unblank the audience screen
