import type { TargetAssessment } from '../dataset/derive';
import type { View } from '../charts/view';
import { formatUsd } from '../format';

// One decimal always: "6.0 times" beside "11.9 times", since 500 / 84 is 5.95, not a round 6.
const multiple = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * What each target asked of trade, as a multiple of the actual figure: a talking
 * point for the paths slide. In the article view it adds why no other year is drawn;
 * in the context view other publishers' years are drawn, and their notes say so.
 */
export function pathsNotes(assessments: readonly TargetAssessment[], view: View): string {
  const [first] = assessments;
  if (!first) return '';
  const asks = assessments.map(
    (a) =>
      `${formatUsd(a.target.value_usd)} by ${a.target.target_year} meant ${multiple.format(a.target.value_usd / a.actual.value_usd)} times the ${a.actual.year} level`,
  );
  const paths = `Each line grows at a constant rate from ${formatUsd(first.actual.value_usd)} in ${first.actual.year} to a target: ${asks.join('; ')}.`;
  return view === 'article' ? `${paths} The article gives no figure for the years between, so none is drawn.` : paths;
}

export function shortfallNotes(assessments: readonly TargetAssessment[]): string {
  return assessments
    .map((a) => `Shortfall against the ${a.target.label.toLowerCase()}: ${formatUsd(a.shortfall)}.`)
    .join(' ');
}
