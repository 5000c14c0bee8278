import { attainmentSummary } from '../charts/attainment/words';
import { chartWords, type ChartId } from '../charts/registry';
import type { ChartWords } from '../charts/spec';
import { targetActualSummary } from '../charts/target-actual/words';
import { trajectoryModel } from '../charts/trajectory/model';
import { contextSummary } from '../charts/trajectory/words';
import type { View } from '../charts/view';
import type { Dataset } from '../dataset/build';
import { assessTargets } from '../dataset/derive';
import { growthSummary, outcomeOf, outcomeShares, storyDek } from '../dataset/story';
import { formatPartialDate, formatUsd } from '../format';
import { afterTargetYear } from '../dataset/after-target';
import { plainText } from '../dataset/cited-text';
import { pathsNotes, shortfallNotes } from './notes';

export const DECK_TITLE = 'Russia–DPRK trade: targets versus actuals';

/** Which slide it is, for its layout (`slide-kind-…`) and for tests. */
export type SlideKind =
  'title' | 'target-vs-actual' | 'trajectory' | 'attainment' | 'growth' | 'outcome' | 'after-target' | 'sources';

/**
 * One slide: its title and speaker notes, written from the data. A chart slide
 * shows a chart of the registry in one view, with that chart's own words.
 */
export type SlideSpec = {
  kind: SlideKind;
  title: string;
  notes: string;
  chart?: { id: ChartId; view: View; words: ChartWords };
  /** A Sources slide's reports (source_id), in the order of sources.csv. */
  sourceIds?: string[];
};

/**
 * The deck in one view of the dashboard, as the reader who opens slide mode from
 * it expects (/present from /, /present/context from /context). The article deck
 * draws the article's figures and ends its charts with the path trade took, from
 * other publishers' figures; the context deck draws every chart with them, so
 * its trajectory slide is that path and it needs no slide of its own.
 */
export function deckSlides(dataset: Dataset, view: View): SlideSpec[] {
  const assessments = assessTargets(dataset);
  const outcome = outcomeOf(assessments);
  const chartSlide = (kind: SlideKind, id: ChartId, chartView: View, notes: string): SlideSpec => {
    const words = chartWords(id, dataset, chartView);
    return { kind, title: words.title, notes, chart: { id, view: chartView, words } };
  };
  const outcomeNotes = outcome
    ? [
        contextSummary(trajectoryModel(dataset, 'context')),
        `In ${outcome.year} trade was ${formatUsd(outcome.value_usd)}: ${outcomeShares(assessments)}. These are context figures from other publishers, not from the article.`,
      ].join(' ')
    : '';
  const contextDeck = view === 'context';
  const slides: SlideSpec[] = [
    {
      kind: 'title',
      title: DECK_TITLE,
      notes: contextDeck
        ? `${storyDek(assessments)} These slides add other publishers’ annual totals as context.`
        : storyDek(assessments),
    },
    chartSlide('target-vs-actual', 'target-vs-actual', view, targetActualSummary(assessments, view)),
    // Each slide's notes say something the others do not: the growth rates belong to the growth slide.
    chartSlide(
      'trajectory',
      'trajectory',
      view,
      contextDeck ? `${pathsNotes(assessments, view)} ${outcomeNotes}`.trim() : pathsNotes(assessments, view),
    ),
    chartSlide(
      'attainment',
      'attainment',
      view,
      `${attainmentSummary(assessments, view)} The grey bands mark thirds of each target.`,
    ),
    {
      kind: 'growth',
      title: 'The growth each target required',
      notes: `${growthSummary(assessments)} ${shortfallNotes(assessments)}`,
    },
  ];
  if (outcome && !contextDeck) slides.push(chartSlide('outcome', 'trajectory', 'context', outcomeNotes));
  const after = afterTargetYear(dataset);
  if (after) {
    const events = after.events.map((e) => `${formatPartialDate(e.date)}: ${e.title}.`).join(' ');
    slides.push({
      kind: 'after-target',
      title: 'After the target year',
      notes: [...after.years.map((y) => plainText(y.text)), after.closing, events ? `Since then: ${events}` : '']
        .filter(Boolean)
        .join(' '),
    });
  }
  slides.push(...sourcesSlides(dataset));
  return slides;
}

/**
 * Reports a Sources slide lists, each with its address in full (the slide is also
 * printed and handed out): as many as stay readable on a 1024×768 projector.
 */
export const SOURCES_PER_SLIDE = 12;

/** The Sources slides: every report, in the order of sources.csv, over as many slides as it takes. */
function sourcesSlides(dataset: Dataset): SlideSpec[] {
  const ids = dataset.sources.map((s) => s.source_id);
  const pages = Array.from({ length: Math.ceil(ids.length / SOURCES_PER_SLIDE) }, (_, i) =>
    ids.slice(i * SOURCES_PER_SLIDE, (i + 1) * SOURCES_PER_SLIDE),
  );
  return pages.map((sourceIds, i) => {
    const range = `${i * SOURCES_PER_SLIDE + 1}–${i * SOURCES_PER_SLIDE + sourceIds.length} of ${ids.length}`;
    return {
      kind: 'sources' as const,
      title: pages.length > 1 ? `Sources (${i + 1} of ${pages.length})` : 'Sources',
      sourceIds,
      notes:
        i === 0
          ? `Every figure, its publisher and the words that support it are on the dashboard, downloadable as CSV. Reports ${range}, each with its address.`
          : `Reports ${range}, each with its address.`,
    };
  });
}
