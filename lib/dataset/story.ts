import { formatPercent, formatUsd } from '../format';
import type { TargetAssessment } from './derive';

/*
 * The story the dataset tells, in sentences shared by the page, the charts and
 * the slides. Every figure comes from data/; none is written here.
 */

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The smallest target: the one the article's "less than one-third" is measured against. */
export function lowestTarget(assessments: readonly TargetAssessment[]): TargetAssessment | undefined {
  return [...assessments].sort((a, b) => a.target.value_usd - b.target.value_usd)[0];
}

/** The dek under the title: the whole story in two sentences. */
export function storyDek(assessments: readonly TargetAssessment[]): string {
  const ordered = [...assessments].sort((a, b) => a.target.set_in - b.target.set_in);
  const [first, ...later] = ordered;
  if (!first) return '';
  const cuts = later.map((a) => `in ${a.target.set_in} it was cut to ${formatUsd(a.target.value_usd)}`).join(', and ');
  const intro = `In ${first.target.set_in} Moscow said trade with the DPRK would reach ${formatUsd(first.target.value_usd)} by ${first.target.target_year}${cuts ? `; ${cuts}` : ''}.`;
  const lowest = lowestTarget(assessments) ?? first;
  const goal = assessments.length > 1 ? 'the lower goal' : 'the goal';
  return `${intro} Actual trade in ${lowest.actual.year} was ${formatUsd(lowest.actual.value_usd)}: ${formatPercent(lowest.attainment)} of ${goal}.`;
}

/** "4.3 % of the original target and 8.5 % of the revised target": each target's share in its own year, by the context figure. */
export function outcomeShares(assessments: readonly TargetAssessment[]): string {
  return assessments
    .filter((a) => a.outcomeAttainment !== undefined)
    .map((a) => `${formatPercent(a.outcomeAttainment ?? 0)} of the ${lowerFirst(a.target.label)}`)
    .join(' and ');
}

/** The growth each target asked for, from the article's figure. */
export function growthSummary(assessments: readonly TargetAssessment[]): string {
  return assessments
    .map(
      (a) =>
        `Reaching the ${lowerFirst(a.target.label)} of ${formatUsd(a.target.value_usd)} by ${a.target.target_year} would have needed trade to grow ${formatPercent(a.requiredGrowth)} a year from ${a.actual.year}.`,
    )
    .join(' ');
}

/** What trade turned out to be in the target year, by a context figure: the first target that has one. */
export function outcomeOf(assessments: readonly TargetAssessment[]) {
  return assessments.find((a) => a.outcome)?.outcome;
}
