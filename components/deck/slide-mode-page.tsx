import { withBasePath } from '@/lib/site/base-path';
import type { View } from '@/lib/charts/view';
import { loadDataset } from '@/lib/dataset/load';
import { slideVisibilityCss } from '@/lib/deck/slide-css';
import { DECK_TITLE, deckSlides } from '@/lib/deck/slides';
import { viewPath } from '@/lib/site/routes';
import { DeckSlides } from './deck-slides';
import { SlideDeck } from './slide-deck';

/** Slide mode of one view. Static: every slide is in the HTML; ?slide=N picks one (see app/layout.tsx). */
export function SlideModePage({ view }: { view: View }) {
  const dataset = loadDataset();
  const slides = deckSlides(dataset, view);
  return (
    <main id="main" className="deck-page">
      <style>{slideVisibilityCss(slides.length, 'html', 'data-slide', true)}</style>
      <h1 className="visually-hidden">
        {DECK_TITLE}: slides{view === 'context' ? ', with context figures' : ''}
      </h1>
      <noscript>
        <p className="noscript-note deck-noscript">
          Moving between slides needs JavaScript, which is off in this browser. Print this page for every slide, or read
          the <a href={withBasePath(viewPath(view))}>dashboard</a>.
        </p>
      </noscript>
      <SlideDeck view={view} count={slides.length} titles={slides.map((s) => s.title)}>
        <DeckSlides dataset={dataset} slides={slides} idPrefix="deck" />
      </SlideDeck>
    </main>
  );
}
