import { describe, it, expect } from 'vitest';
import { readDataset } from '../dataset/load';
import { assessTargets } from '../dataset/derive';
import { deckSlides } from './slides';
import { attainmentSummary } from '../charts/attainment/words';

/* Speaker notes from the real files in data/: each slide says its own thing. */

describe('deckSlides notes', () => {
  const slides = deckSlides(readDataset().dataset, 'article');
  const notes = slides.map((s) => s.notes);
  // Figures are written with no-break spaces (US$84 m); compared here as plain spaces.
  const plain = (text: string | undefined) => text?.replaceAll('\u00A0', ' ');

  it('never repeats another slide’s notes, whole or in part', () => {
    for (const [i, a] of notes.entries()) {
      for (const b of notes.slice(i + 1)) {
        expect(a).not.toBe(b);
        // No sentence of one slide's notes is a sentence of another's.
        const sentences = a.split(/(?<=\.) /);
        for (const sentence of sentences) expect(b).not.toContain(sentence);
      }
    }
  });

  it('tells the paths slide how far each target was from 2015, and the bullets slide how much was reached', () => {
    const byKind = new Map(slides.map((s) => [s.kind, s.notes]));
    expect(plain(byKind.get('trajectory'))).toBe(
      'Each line grows at a constant rate from US$84 m in 2015 to a target: US$1 bn by 2020 meant 11.9 times the 2015 level; US$500 m by 2020 meant 6.0 times the 2015 level. The article gives no figure for the years between, so none is drawn.',
    );
    expect(plain(byKind.get('attainment'))).toContain(
      'In 2015 trade had reached 8.4 % of the original target (US$1 bn), short of even a third of it.',
    );
    expect(plain(byKind.get('growth'))).toContain('would have needed trade to grow 64.1 % a year from 2015');
    // The context chart's one empty year is said as one year, and the after-target slide points to the chart it means.
    expect(plain(byKind.get('outcome'))).toContain('No annual total is recorded for 2022; the year is left empty.');
    expect(plain(byKind.get('after-target'))).toContain(
      'For 2022 no report here gives a total: the trajectory chart leaves the year empty.',
    );
  });
});

describe('the context view’s deck', () => {
  const article = deckSlides(readDataset().dataset, 'article');
  const slides = deckSlides(readDataset().dataset, 'context');
  const plain = (text: string | undefined) => text?.replaceAll('\u00A0', ' ');

  it('is the article deck with every chart in the context view, and no separate outcome slide', () => {
    expect(slides.map((s) => s.kind)).toEqual(article.map((s) => s.kind).filter((kind) => kind !== 'outcome'));
    expect(slides.filter((s) => s.chart).map((s) => s.chart?.view)).toEqual(['context', 'context', 'context']);
    expect(slides.find((s) => s.kind === 'trajectory')?.title).toBe(article.find((s) => s.kind === 'outcome')?.title);
  });

  it('tells its trajectory slide what the article deck’s outcome slide told, and never repeats a sentence', () => {
    const notes = slides.map((s) => s.notes);
    const trajectory = plain(slides.find((s) => s.kind === 'trajectory')?.notes);
    expect(trajectory).toContain('US$1 bn by 2020 meant 11.9 times the 2015 level');
    expect(trajectory).toContain(
      'In 2020 trade was US$42.74 m: 4.3 % of the original target and 8.5 % of the revised target.',
    );
    // The article deck's "none is drawn": here other publishers' years are drawn.
    expect(trajectory).not.toContain('none is drawn');
    expect(plain(slides[0]?.notes)).toContain('These slides add other publishers’ annual totals as context.');
    for (const [i, a] of notes.entries())
      for (const b of notes.slice(i + 1)) for (const sentence of a.split(/(?<=\.) /)) expect(b).not.toContain(sentence);
  });
});

describe('attainmentSummary in the context view', () => {
  it('adds the target year’s shares, as the bullets draw them', () => {
    const text = attainmentSummary(assessTargets(readDataset().dataset), 'context').replaceAll('\u00A0', ' ');
    expect(text).toContain(
      'In 2020, by a context figure (Russian customs service), it was 4.3 % of the original target and 8.5 % of the revised target.',
    );
  });
});
