import type { Dataset } from '../dataset/build';
import { assessTargets } from '../dataset/derive';
import { formatUsd } from '../format';
import {
  attainmentSummary,
  bulletsSummary,
  contextSummary,
  growthSummary,
  outcomeShares,
  pathsSummary,
} from '../charts/summaries';
import { storyDek, targetActualTitle } from '../dataset/story';
import { trajectoryModel } from '../charts/trajectory/model';

export type SlideKind = 'title' | 'target-vs-actual' | 'trajectory' | 'attainment' | 'growth' | 'outcome' | 'sources';

/** One slide: what it shows, its title, and speaker notes written from the data. */
export type SlideSpec = { kind: SlideKind; title: string; notes: string };

export const DECK_TITLE = 'Russia–DPRK trade: targets versus actuals';

export function deckSlides(dataset: Dataset): SlideSpec[] {
  const assessments = assessTargets(dataset);
  const contextTrajectory = trajectoryModel(dataset, { context: true });
  const outcome = assessments.find((a) => a.outcome)?.outcome;
  const slides: SlideSpec[] = [
    { kind: 'title', title: DECK_TITLE, notes: storyDek(assessments) },
    { kind: 'target-vs-actual', title: targetActualTitle(assessments), notes: attainmentSummary(assessments, false) },
    // Each slide's notes say something the others do not: the growth rates belong to the growth slide.
    { kind: 'trajectory', title: 'The path trade would have needed', notes: pathsSummary(assessments) },
    {
      kind: 'attainment',
      title: 'How much of each target was reached',
      notes: `${bulletsSummary(assessments)} The grey bands mark thirds of each target.`,
    },
    {
      kind: 'growth',
      title: 'The growth each target required',
      notes: `${growthSummary(assessments)} ${assessments.map((a) => `Shortfall against the ${a.target.label.toLowerCase()}: ${formatUsd(a.shortfall)}.`).join(' ')}`,
    },
  ];
  if (outcome) {
    slides.push({
      kind: 'outcome',
      title: `What trade turned out to be in ${outcome.year}`,
      notes: `${contextSummary(contextTrajectory)} In ${outcome.year} trade was ${formatUsd(outcome.value_usd)}: ${outcomeShares(assessments)}. These are context figures from other publishers, not from the article.`,
    });
  }
  slides.push({
    kind: 'sources',
    title: 'Sources',
    notes:
      'Every figure, its publisher and the words that support it. The data are downloadable as CSV from the dashboard.',
  });
  return slides;
}
