import { chartWords, type ChartId } from '../charts/registry';
import { VIEWS, type View } from '../charts/view';
import type { Dataset } from '../dataset/build';
import { afterTargetCredits } from '../dataset/after-target';
import { articleTargets } from '../dataset/derive';
import { creditGroups, groupLine, outletOf, sourceLookup, type Credit } from '../dataset/sources';
import { afterTargetRows, growthFigures } from '../deck/slide-figures';
import { DECK_TITLE, deckSlides, type SlideSpec } from '../deck/slides';
import { attainmentPptx, targetActualPptx } from './chart-bars';
import { trajectoryPptx } from './chart-trajectory';
import type { PptxChart, PptxDocument, PptxRun, PptxSlide } from './document';

/*
 * The deck and each chart as PowerPoint documents, from the same slides, words
 * and models as slide mode and the dashboard. Written at build time and served
 * as /data/pptx.json, which the browser fetches only when a PowerPoint file is
 * asked for.
 */

/** What a chart slide says in words of the marks its native chart draws otherwise than the page. */
const UNDRAWN: Record<Exclude<ChartId, 'trajectory'>, string> = {
  'target-vs-actual': 'Targets are drawn as outlined bars (hatched on the page): goals, not measurements.',
  attainment: 'Gridlines mark each third of a target (grey bands on the page).',
};

export function chartPptx(id: ChartId, dataset: Dataset, view: View): { chart: PptxChart; lines: string[] } {
  switch (id) {
    case 'target-vs-actual':
      return { chart: targetActualPptx(dataset, view), lines: [UNDRAWN[id]] };
    case 'attainment':
      return { chart: attainmentPptx(dataset, view), lines: [UNDRAWN[id]] };
    case 'trajectory':
      return trajectoryPptx(dataset, view);
  }
}

/** "Sources: KOTRA via CGTN, 2019-04-23; …", each outlet linked to its report. */
export function sourceRuns(credits: readonly Credit[]): PptxRun[] {
  const groups = creditGroups(credits);
  if (groups.length === 0) return [];
  const runs: PptxRun[] = [
    { text: groups.length > 1 || (groups[0]?.sources.length ?? 0) > 1 ? 'Sources: ' : 'Source: ' },
  ];
  groups.forEach((group, i) => {
    if (i > 0) runs.push({ text: '; ' });
    const [only] = group.sources;
    if (group.sources.length === 1 && only) {
      runs.push({ text: groupLine(group), url: only.url });
      return;
    }
    if (group.publisher) runs.push({ text: `${group.publisher} via ` });
    group.sources.forEach((source, j) =>
      runs.push(...(j > 0 ? [{ text: ', ' }] : []), { text: outletOf(source), url: source.url }),
    );
  });
  return runs;
}

/**
 * A chart's slide. Its subtitle is the page's, not the keyed one an image carries:
 * a native chart has its own legend, and its marks are not the page's shapes.
 */
function chartSlide(id: ChartId, view: View, dataset: Dataset, title: string, notes: string): PptxSlide {
  const words = chartWords(id, dataset, view);
  const { chart, lines } = chartPptx(id, dataset, view);
  const subtitle = id === 'attainment' ? 'Actual trade as a share of each target' : words.subtitle;
  return { title, subtitle, chart, lines, source: sourceRuns(words.credits), notes };
}

function slideOf(spec: SlideSpec, dataset: Dataset, storySource: PptxRun[]): PptxSlide {
  if (spec.chart) return chartSlide(spec.chart.id, spec.chart.view, dataset, spec.title, spec.notes);
  const base = { title: spec.title, notes: spec.notes, source: storySource };
  switch (spec.kind) {
    case 'growth':
      return { ...base, figures: growthFigures(dataset).map(({ value, caption }) => ({ value, caption })) };
    case 'after-target': {
      const figures = afterTargetRows(dataset);
      return {
        ...base,
        table: figures?.rows ?? [],
        lead: figures?.closing,
        source: sourceRuns(afterTargetCredits(dataset)),
      };
    }
    case 'sources': {
      const source = sourceLookup(dataset);
      const list = (spec.sourceIds ?? []).map((id): PptxRun[] => {
        const s = source(id);
        return [
          { text: `${s.publisher}${s.published ? `, ${s.published}` : ''}: ${s.title} ` },
          { text: s.url, url: s.url },
        ];
      });
      return { ...base, list, source: [] };
    }
    default:
      // The title slide: the story in two sentences under the deck's title.
      return { ...base, subtitle: spec.notes };
  }
}

/** The deck in one view, slide for slide as slide mode shows it, with its speaker notes. */
export function deckPptx(dataset: Dataset, view: View): PptxDocument {
  const storySource = sourceRuns(chartWords('target-vs-actual', dataset, 'article').credits);
  return { title: DECK_TITLE, slides: deckSlides(dataset, view).map((spec) => slideOf(spec, dataset, storySource)) };
}

/** One chart on one slide, in one view, with its summary as the notes. */
export function chartDocumentPptx(id: ChartId, dataset: Dataset, view: View): PptxDocument {
  const words = chartWords(id, dataset, view);
  return { title: words.title, slides: [chartSlide(id, view, dataset, words.title, words.summary)] };
}

/** Everything the browser needs to write any of the PowerPoint files, served under /data/ by this name. */
export const PPTX_FILES = 'pptx.json';

export type PptxFiles = {
  /** The deck of each view's slide mode (/present, /present/context). */
  decks: Record<View, PptxDocument>;
  charts: Record<ChartId, Record<View, PptxDocument>>;
  /** The years the targets were set for: the bars draw a reader's figures of those years. */
  targetYears: number[];
};

export function pptxFiles(dataset: Dataset, chartIds: readonly ChartId[]): PptxFiles {
  const charts = Object.fromEntries(
    chartIds.map((id) => [id, Object.fromEntries(VIEWS.map((view) => [view, chartDocumentPptx(id, dataset, view)]))]),
  ) as PptxFiles['charts'];
  const targetYears = [...new Set(articleTargets(dataset).map((t) => t.target_year))];
  const decks = Object.fromEntries(VIEWS.map((view) => [view, deckPptx(dataset, view)])) as PptxFiles['decks'];
  return { decks, charts, targetYears };
}
