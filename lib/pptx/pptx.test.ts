import { describe, expect, it } from 'vitest';
import { chartIds } from '../charts/registry';
import { VIEWS } from '../charts/view';
import { buildDataset } from '../dataset/build';
import { readDataFile, readDataset } from '../dataset/load';
import { dataFileNames, type DataFileName } from '../dataset/tables';
import { deckSlides } from '../deck/slides';
import type { UserDataset } from '../upload/user-data';
import { chartDocumentPptx, deckPptx, pptxFiles } from './deck';
import { readPptx, seriesOf, textOf } from './pptx-reader';
import { withUserData } from './with-user';
import { writePptx } from './write';

/*
 * The PowerPoint files, written as the browser writes them and read back as a
 * zip: slides, titles, native charts holding the figures of data/, notes, links.
 */

const dataset = () => readDataset().dataset;

describe('the deck as a PowerPoint file', { timeout: 30_000 }, () => {
  it('has the slides of each view’s slide mode, in order, each with its title and notes', async () => {
    for (const view of VIEWS) {
      const deck = readPptx(await writePptx(deckPptx(dataset(), view)));
      const slides = deckSlides(dataset(), view);
      expect(deck.slides, view).toHaveLength(slides.length);
      slides.forEach((slide, i) => {
        expect(textOf(deck.slides[i] ?? '')).toContain(slide.title);
        expect(textOf(deck.notes[i] ?? '')).toContain(slide.notes.slice(0, 60));
      });
      expect(deck.names).toContain('ppt/presentation.xml');
    }
  });

  it('draws every chart of the context deck with other publishers’ figures', async () => {
    const deck = readPptx(await writePptx(deckPptx(dataset(), 'context')));
    expect(deck.charts).toHaveLength(3);
    const [bars, trajectory, attainment] = deck.charts.map(seriesOf);
    // The target year's figure from the Russian customs service, beside the article's.
    expect(bars?.flatMap((s) => s.values)).toContain(42.74);
    expect(trajectory?.map((s) => s.name)).toContain('Russian customs service');
    expect(attainment?.flatMap((s) => s.values)).toEqual(expect.arrayContaining([0.084, 0.168]));
    expect(attainment?.flatMap((s) => s.values).some((v) => v !== null && Math.abs(v - 0.04274) < 1e-6)).toBe(true);
  });

  it('draws native charts holding the figures of data/, in US$ million, with their series', async () => {
    const deck = readPptx(await writePptx(deckPptx(dataset(), 'article')));
    const [bars, trajectory, attainment, context] = deck.charts.map(seriesOf);
    expect(bars?.map((s) => s.name)).toEqual(['Targets', 'Actual trade, as the article reports it']);
    expect(bars?.[0]?.values).toEqual([1000, 500, null]);
    expect(bars?.[1]?.values).toEqual([null, null, 84]);
    expect(trajectory?.find((s) => s.name === 'Actual trade, as the article reports it')?.values).toContain(84);
    expect(attainment?.[0]?.values).toEqual([0.084, 0.168]);
    // The context trajectory: each producer its own series, a gap where it has no figure.
    const customs = context?.find((s) => s.name === 'Russian customs service');
    const years = Array.from({ length: 15 }, (_, i) => 2010 + i);
    expect(customs?.values.map((v, i) => (v === null ? null : years[i]))).toEqual([
      null,
      null,
      null,
      2013,
      2014,
      2015,
      2016,
      2017,
      2018,
      2019,
      2020,
      2021,
      null,
      null,
      null,
    ]);
    expect(customs?.values[10]).toBeCloseTo(42.74);
    expect(context?.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'KOTRA (the article’s source)',
        'International Trade Centre',
        'International Trade Centre, derived from exports and imports',
        'Russian Association of Exporters and Importers, estimate',
        'Original target',
        'Goal for 2015 (other reports)',
      ]),
    );
    // A missing value is an absent point, never an empty one a reader could take for zero.
    for (const chart of deck.charts) expect(chart).not.toContain('<c:v></c:v>');
  });

  it('labels values in the page’s format, and names the fonts every office suite has', async () => {
    const deck = readPptx(await writePptx(deckPptx(dataset(), 'article')));
    expect(deck.charts[0]).toContain(
      'formatCode="[&gt;=1000]&quot;US$&quot;#,##0,&quot; bn&quot;;&quot;US$&quot;General&quot; m&quot;"',
    );
    // The bars' labels sit past the bar's end, as on the page, one bar per category (series overlaid).
    const bars = deck.charts[0] ?? '';
    expect(bars).toContain('<c:grouping val="clustered"/>');
    expect(bars).toContain('<c:overlap val="100"/>');
    // A legend of many entries (the context trajectory's 15) goes beside the chart, so the plot keeps its height.
    expect(deck.charts.map((chart) => chart.match(/<c:legendPos val="(\w+)"\/>/)?.[1])).toEqual(['b', 'b', 'b', 'r']);
    // No position written: an office suite's own for clustered bars is past the end (LibreOffice 7.4 draws it so).
    expect(bars).not.toContain('<c:dLblPos');
    expect(deck.slides.join('')).toContain('typeface="Arial"');
    expect(deck.names.some((n) => /\.(png|jpe?g|emf)$/.test(n))).toBe(false);
  });

  it('links the source line of each slide to its reports, and lists every report on the Sources slides', async () => {
    const deck = readPptx(await writePptx(deckPptx(dataset(), 'article')));
    expect(deck.links[1]).toContain('https://news.cgtn.com/news/3d3d774e336b544d34457a6333566d54/share_amp.html');
    const listed = deck.links.flat();
    for (const source of dataset().sources) expect(listed).toContain(source.url);
  });
});

describe('one chart as a PowerPoint file', () => {
  it('is one slide with that chart, its title, its summary as the notes', async () => {
    for (const id of chartIds) {
      const doc = chartDocumentPptx(id, dataset(), 'context');
      const file = readPptx(await writePptx(doc));
      expect(file.slides).toHaveLength(1);
      expect(file.charts).toHaveLength(1);
      expect(textOf(file.slides[0] ?? '')).toContain(doc.title);
      expect(textOf(file.notes[0] ?? '')).toContain(doc.slides[0]?.notes.slice(0, 60));
    }
  });
});

describe('the reader’s own data in the PowerPoint charts', () => {
  const user: UserDataset = {
    fileName: 'mine.csv',
    loadedAt: '',
    rowCount: 3,
    figures: [
      { year: 2020, value_usd: 40_000_000, publisher: 'ITC', months: 0 },
      { year: 2025, value_usd: 60_000_000, publisher: 'ITC', months: 0 },
      { year: 2026, value_usd: 5_000_000, publisher: 'ITC', months: 2 },
    ],
  };

  it('adds their series, credited as not verified by us, and widens the years to hold them', async () => {
    const files = pptxFiles(dataset(), chartIds);
    const doc = withUserData(files.charts.trajectory.context, user, files.targetYears);
    const file = readPptx(await writePptx(doc));
    const series = seriesOf(file.charts[0] ?? '');
    const mine = series.find((s) => s.name === 'Your data: mine.csv, not verified by us');
    expect(mine?.values.at(-2)).toBe(60);
    expect(series.find((s) => s.name.endsWith('(partial years)'))?.values.at(-1)).toBe(5);
    expect(textOf(file.slides[0] ?? '')).toContain('Your data: mine.csv (not verified by us)');
  });

  it('adds a bar for their figure in the target year', async () => {
    const files = pptxFiles(dataset(), chartIds);
    const file = readPptx(
      await writePptx(withUserData(files.charts['target-vs-actual'].article, user, files.targetYears)),
    );
    const mine = seriesOf(file.charts[0] ?? '').find((s) => s.name === 'Your data: mine.csv (not verified by us)');
    expect(mine?.values).toEqual([null, null, null, 40]);
  });
});

describe('the deck follows data/', () => {
  it('changes with a figure of trade.csv', async () => {
    const texts = Object.fromEntries(dataFileNames.map((name) => [name, readDataFile(name)])) as Record<
      DataFileName,
      string
    >;
    texts['trade.csv'] = texts['trade.csv'].replace('2015,84000000,article,', '2015,86000000,article,');
    const { dataset: changed, issues } = buildDataset(texts);
    expect(issues).toEqual([]);
    const deck = readPptx(await writePptx(deckPptx(changed, 'article')));
    expect(seriesOf(deck.charts[0] ?? '')[1]?.values).toEqual([null, null, 86]);
    expect(textOf(deck.slides[0] ?? '')).toContain('US$86');
    const withContext = readPptx(await writePptx(deckPptx(changed, 'context')));
    expect(seriesOf(withContext.charts[0] ?? '').flatMap((s) => s.values)).toContain(86);
    expect(textOf(withContext.notes[1] ?? '')).toContain('US$86');
  });
});
