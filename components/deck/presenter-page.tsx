import type { View } from '@/lib/charts/view';
import { loadDataset } from '@/lib/dataset/load';
import { slideVisibilityCss } from '@/lib/deck/slide-css';
import { DECK_TITLE, deckSlides } from '@/lib/deck/slides';
import { DeckSlides } from './deck-slides';
import { PresenterView } from './presenter-view';

/** The presenter's window of one view's deck: current and next slide, notes and a timer, in step with the deck. */
export function PresenterPage({ view }: { view: View }) {
  const dataset = loadDataset();
  const slides = deckSlides(dataset, view);
  return (
    <main id="main" className="presenter-page">
      {/* One string: two text children would hydrate differently from the server's text, and change the CSP hash. */}
      <style>{`${slideVisibilityCss(slides.length, '.preview-current', 'data-show', false)}\n${slideVisibilityCss(slides.length, '.preview-next', 'data-show', false)}`}</style>
      <h1 className="visually-hidden">{DECK_TITLE}: presenter view</h1>
      <PresenterView
        view={view}
        count={slides.length}
        titles={slides.map((s) => s.title)}
        notes={slides.map((s) => s.notes)}
        current={<DeckSlides dataset={dataset} slides={slides} idPrefix="presenter-current" />}
        next={<DeckSlides dataset={dataset} slides={slides} idPrefix="presenter-next" />}
      />
    </main>
  );
}
