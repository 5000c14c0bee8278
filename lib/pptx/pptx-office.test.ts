import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartIds } from '../charts/registry';
import { readDataset } from '../dataset/load';
import { deckSlides } from '../deck/slides';
import { officePath, pdfToTextPath } from '../../scripts/office-path';
import { pptxFiles } from './deck';
import { writePptx } from './write';

/*
 * The real client: the deck and a chart's file opened by LibreOffice Impress
 * (headless) and printed to PDF, whose text says what a reader sees on each
 * slide: the titles, the charts' axis labels and legends, the data labels in the
 * page's number format, the notes kept out of the slides.
 */

const dir = mkdtempSync(path.join(tmpdir(), 'pptx-office-'));
const files = ['deck', 'deck-with-context', 'chart'] as const;
const pages: Record<(typeof files)[number], string[]> = { deck: [], 'deck-with-context': [], chart: [] };

beforeAll(async () => {
  const written = pptxFiles(readDataset().dataset, chartIds);
  writeFileSync(path.join(dir, 'deck.pptx'), await writePptx(written.decks.article));
  writeFileSync(path.join(dir, 'deck-with-context.pptx'), await writePptx(written.decks.context));
  writeFileSync(path.join(dir, 'chart.pptx'), await writePptx(written.charts.trajectory.context));
  execFileSync(
    officePath(),
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files.map((name) => path.join(dir, `${name}.pptx`)),
    ],
    { stdio: 'pipe', timeout: 150_000 },
  );
  for (const name of files) {
    const text = execFileSync(pdfToTextPath(), ['-layout', path.join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
    // pdftotext ends each page with a form feed.
    pages[name] = text.split('\f').slice(0, -1);
  }
}, 180_000);

const flat = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ');

describe('the PowerPoint files, opened in LibreOffice Impress', () => {
  it('shows each view’s deck slide for slide, each with its title', () => {
    for (const [name, view] of [
      ['deck', 'article'],
      ['deck-with-context', 'context'],
    ] as const) {
      const slides = deckSlides(readDataset().dataset, view);
      expect(pages[name], name).toHaveLength(slides.length);
      slides.forEach((slide, i) => expect(flat(pages[name][i]), `${name} ${i + 1}`).toContain(flat(slide.title)));
    }
  });

  it('draws the context deck’s charts with the target year’s figure', () => {
    const [, bars, , attainment] = pages['deck-with-context'].map(flat);
    expect(bars).toContain('US$84 m');
    expect(bars).toContain('US$42.74 m');
    expect(attainment).toContain('4.3%');
    expect(attainment).toContain('8.5%');
  });

  it('draws the charts from their data: axis labels, legends, and data labels as the page writes them', () => {
    const [, bars, trajectory, attainment] = pages.deck.map(flat);
    expect(bars).toContain('Original target (for 2020, set in 2014)');
    expect(bars).toContain('US$1 bn');
    expect(bars).toContain('US$500 m');
    expect(bars).toContain('US$84 m');
    expect(bars).toContain('Actual trade, as the article reports it');
    expect(trajectory).toContain('US$ million');
    expect(trajectory).toContain('Path needed for the revised target: +42.9 % a year');
    expect(attainment).toContain('16.8%');
    expect(attainment).toContain('8.4%');
  });

  it('gives the context trajectory every producer’s series in its legend, and says what it cannot draw', () => {
    const chart = flat(pages.chart[0]);
    for (const name of [
      'Russian customs service',
      'KOTRA (the article’s source)',
      'Kremlin',
      'Goal for 2015 (other reports)',
    ])
      expect(chart).toContain(name);
    expect(chart).toContain('US$84 m');
    expect(chart).toContain('US$300 m');
    expect(chart).toContain('Events: 2014, Russia cancels 90% of the DPRK');
  });
});
