import type { Metadata } from 'next';
import { DeckSlides } from '@/components/deck/deck-slides';
import { PresenterView } from '@/components/deck/presenter-view';
import { loadDataset } from '@/lib/dataset/load';
import { slideVisibilityCss } from '@/lib/deck/slide-css';
import { DECK_TITLE, deckSlides } from '@/lib/deck/slides';
// The deck's stylesheet in parts, after the site's (app/layout.tsx), in this order.
import '../../styles/deck-slides.css';
import '../../styles/deck-controls.css';
import '../../styles/deck-presenter.css';
import '../../styles/deck-print-and-phones.css';

export const metadata: Metadata = { title: `Presenter · ${DECK_TITLE}` };

/** The presenter's window: current and next slide, notes and a timer, in step with the deck. */
export default function PresenterPage() {
  const dataset = loadDataset();
  const slides = deckSlides(dataset);
  return (
    <main id="main" className="presenter-page">
      {/* One string: two text children would hydrate differently from the server's text, and change the CSP hash. */}
      <style>{`${slideVisibilityCss(slides.length, '.preview-current', 'data-show', false)}\n${slideVisibilityCss(slides.length, '.preview-next', 'data-show', false)}`}</style>
      <h1 className="visually-hidden">{DECK_TITLE}: presenter view</h1>
      <PresenterView
        count={slides.length}
        titles={slides.map((s) => s.title)}
        notes={slides.map((s) => s.notes)}
        current={<DeckSlides dataset={dataset} slides={slides} idPrefix="presenter-current" />}
        next={<DeckSlides dataset={dataset} slides={slides} idPrefix="presenter-next" />}
      />
    </main>
  );
}
