import type { Metadata } from 'next';
import { withBasePath } from '@/lib/site/base-path';
import { DeckSlides } from '@/components/deck/deck-slides';
import { SlideDeck } from '@/components/deck/slide-deck';
import { loadDataset } from '@/lib/dataset/load';
import { slideVisibilityCss } from '@/lib/deck/slide-css';
import { DECK_TITLE, deckSlides } from '@/lib/deck/slides';
// The deck's stylesheet in parts, after the site's (app/layout.tsx), in this order.
import '../styles/deck-slides.css';
import '../styles/deck-controls.css';
import '../styles/deck-presenter.css';
import '../styles/deck-print-and-phones.css';

export const metadata: Metadata = { title: `Slides · ${DECK_TITLE}` };

/** Slide mode. Static: every slide is in the HTML; ?slide=N picks one (see layout.tsx). */
export default function PresentPage() {
  const dataset = loadDataset();
  const slides = deckSlides(dataset);
  return (
    <main id="main" className="deck-page">
      <style>{slideVisibilityCss(slides.length, 'html', 'data-slide', true)}</style>
      <h1 className="visually-hidden">{DECK_TITLE}: slides</h1>
      <noscript>
        <p className="noscript-note deck-noscript">
          Moving between slides needs JavaScript, which is off in this browser. Print this page for every slide, or read
          the <a href={withBasePath('/')}>dashboard</a>.
        </p>
      </noscript>
      <SlideDeck count={slides.length} titles={slides.map((s) => s.title)}>
        <DeckSlides dataset={dataset} slides={slides} idPrefix="deck" />
      </SlideDeck>
    </main>
  );
}
