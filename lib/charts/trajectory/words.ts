import type { Dataset } from '../../dataset/build';
import { assessTargets } from '../../dataset/derive';
import { sourceLookup } from '../../dataset/sources';
import { growthSummary } from '../../dataset/story';
import { formatUsd, parenthesised } from '../../format';
import type { ChartWords } from '../spec';
import { showsContext, type View } from '../view';
import type { TrajectoryModel } from './model';
import { gapYears, listFormat } from './user-words';

/** The context figures a trajectory draws, and the years it leaves empty. */
export function contextSummary(model: TrajectoryModel): string {
  const context = model.figures.filter((f) => f.basis === 'context');
  const gaps = gapYears(model);
  const parts: string[] = [];
  if (context.length > 0) {
    const listed = context.map((f) => `${f.year} ${formatUsd(f.value_usd)} ${parenthesised(f.publisher)}`).join('; ');
    parts.push(`Context figures from other sources: ${listed}.`);
  }
  if (gaps.length > 0) {
    parts.push(`No annual total is recorded for ${listFormat.format(gaps.map(String))}; those years are left empty.`);
  }
  return parts.join(' ');
}

/** The drawing's accessible name: what it draws, with every published value. */
export function trajectoryLabel(model: TrajectoryModel): string {
  const figures = model.figures
    .map(
      (f) =>
        `${f.year} ${formatUsd(f.value_usd)} ${parenthesised(`${f.publisher}${f.basis === 'context' ? ', context' : ''}`)}`,
    )
    .join('; ');
  return `Line chart of annual trade ${model.firstYear}–${model.lastYear} against the constant-growth paths to each target. Actual figures: ${figures}.`;
}

export function trajectoryWords(model: TrajectoryModel, dataset: Dataset, view: View): ChartWords {
  const assessments = assessTargets(dataset);
  const source = sourceLookup(dataset);
  const growth = growthSummary(assessments);
  const context = showsContext(view);
  const from = assessments[0]?.actual.year;
  const lines = 'dashed and dotted lines: constant growth needed to reach each target';
  return {
    // Only the context view draws the path trade took; the article gives one actual year.
    title: context ? 'The path trade would have needed, and the path it took' : 'The path trade would have needed',
    // No year range: a reader's own data widens the axis, and the subtitle must stay true.
    subtitle: `Annual trade turnover, US$ million. Dashed and dotted lines grow at a constant rate from the ${from} figure to each target; missing years are left as gaps.`,
    // No legend travels with a slide or an image: the subtitle keys the lines and, with context, the points.
    keyedSubtitle: `Annual trade turnover, US$ million; ${lines}${context ? '; blue dot: the article’s figure, orange rings: other publishers’ figures' : ''}`,
    summary: context ? `${growth} ${contextSummary(model)}`.trim() : growth,
    label: trajectoryLabel(model),
    credits: model.figures.map((f) => ({ publisher: f.publisher, source: source(f.source_id) })),
    sourceNote: 'Required paths are derived, not reported',
  };
}
