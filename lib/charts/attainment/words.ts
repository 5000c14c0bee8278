import type { Dataset } from '../../dataset/build';
import { assessTargets, type TargetAssessment } from '../../dataset/derive';
import { sourceLookup } from '../../dataset/sources';
import { lowerFirst, outcomeOf, outcomeShares } from '../../dataset/story';
import { formatPercent, formatUsd, parenthesised } from '../../format';
import type { ChartWords } from '../spec';
import { showsContext, type View } from '../view';
import type { AttainmentRow } from './model';

/** How much of each target was reached; in the context view, also in the target year itself, as the bullets draw it. */
export function attainmentSummary(assessments: readonly TargetAssessment[], view: View): string {
  const reached = assessments
    .map(
      (a) =>
        `In ${a.actual.year} trade had reached ${formatPercent(a.attainment)} of the ${lowerFirst(a.target.label)} (${formatUsd(a.target.value_usd)}), ${a.attainment < 1 / 3 ? 'short of even a third of it' : 'past a third of it'}.`,
    )
    .join(' ');
  const outcome = outcomeOf(assessments);
  if (!showsContext(view) || !outcome) return reached;
  return `${reached} In ${outcome.year}, by a context figure ${parenthesised(outcome.producer)}, it was ${outcomeShares(assessments)}.`;
}

export function attainmentWords(_rows: readonly AttainmentRow[], dataset: Dataset, view: View): ChartWords {
  const assessments = assessTargets(dataset);
  const source = sourceLookup(dataset);
  const summary = attainmentSummary(assessments, view);
  const subtitle = 'Actual trade as a share of each target; the grey bands mark thirds of the target';
  const outcomes = showsContext(view) ? assessments.flatMap((a) => (a.outcome ? [a.outcome] : [])) : [];
  return {
    title: 'How much of each target was reached',
    subtitle,
    keyedSubtitle: subtitle,
    summary,
    label: summary,
    credits: [...assessments.map((a) => a.actual), ...outcomes].map((f) => ({
      publisher: f.producer,
      source: source(f.source_id),
    })),
  };
}
