import type { Dataset } from '../../dataset/build';
import { assessTargets, type TargetAssessment } from '../../dataset/derive';
import { sourceLookup } from '../../dataset/sources';
import { lowerFirst, lowestTarget, outcomeOf, outcomeShares } from '../../dataset/story';
import { formatPercent, formatUsd, parenthesised } from '../../format';
import type { ChartWords } from '../spec';
import { showsContext, type View } from '../view';
import type { TargetActualBar } from './model';

/** A title that states the point rather than naming the axes. */
export function targetActualTitle(assessments: readonly TargetAssessment[]): string {
  const lowest = lowestTarget(assessments);
  if (!lowest) return 'Targets and actual trade';
  return `Trade in ${lowest.actual.year} was ${formatUsd(lowest.actual.value_usd)}, far below even the reduced ${formatUsd(lowest.target.value_usd)} goal`;
}

/** What the bars say, in words: each target's share, and in the context view what the target year itself saw. */
export function targetActualSummary(assessments: readonly TargetAssessment[], view: View): string {
  const [first] = assessments;
  if (!first) return 'There is no target with an actual figure to compare it with.';
  const parts = assessments.map(
    (a) => `${formatPercent(a.attainment)} of the ${lowerFirst(a.target.label)} of ${formatUsd(a.target.value_usd)}`,
  );
  const text = `Actual trade in ${first.actual.year}, ${formatUsd(first.actual.value_usd)} ${parenthesised(first.actual.producer)}, was ${parts.join(' and ')} for ${first.target.target_year}.`;
  const outcome = outcomeOf(assessments);
  if (!showsContext(view) || !outcome) return text;
  return `${text} In ${outcome.year} itself trade was ${formatUsd(outcome.value_usd)} ${parenthesised(`${outcome.producer}, context figure`)}: ${outcomeShares(assessments)}.`;
}

/** The drawing's accessible name: each bar with its value. */
export function barsLabel(bars: readonly Pick<TargetActualBar, 'label' | 'sublabel' | 'value'>[]): string {
  return `Bar chart: ${bars.map((b) => `${b.label} (${b.sublabel}) ${formatUsd(b.value)}`).join('; ')}.`;
}

export function targetActualWords(bars: readonly TargetActualBar[], dataset: Dataset, view: View): ChartWords {
  const assessments = assessTargets(dataset);
  const source = sourceLookup(dataset);
  const years = [...new Set(assessments.map((a) => a.target.target_year))].join(' and ');
  const subtitle = `Stated targets${years ? ` for ${years}` : ''} and actual annual trade turnover (exports + imports), US$ million`;
  return {
    title: targetActualTitle(assessments),
    subtitle,
    keyedSubtitle: `${subtitle}; hatched bars: targets`,
    summary: targetActualSummary(assessments, view),
    label: barsLabel(bars),
    credits: bars.map((bar) => ({ publisher: bar.publisher || undefined, source: source(bar.sourceId) })),
  };
}
