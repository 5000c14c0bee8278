import type { TargetAssessment } from './derive';
import { formatPercent, formatUsd } from '../format';

/** The smallest target: the one the article's "less than one-third" is measured against. */
function lowestTarget(assessments: readonly TargetAssessment[]): TargetAssessment | undefined {
  return [...assessments].sort((a, b) => a.target.value_usd - b.target.value_usd)[0];
}

/** The dek under the title: the whole story in two sentences, from the data. */
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

/** A chart title that states the point rather than naming the axes. */
export function targetActualTitle(assessments: readonly TargetAssessment[]): string {
  const lowest = lowestTarget(assessments);
  if (!lowest) return 'Targets and actual trade';
  return `Trade in ${lowest.actual.year} was ${formatUsd(lowest.actual.value_usd)}, far below even the reduced ${formatUsd(lowest.target.value_usd)} goal`;
}

/** "Stated targets for 2020 and actual …": the target years come from targets.csv. */
export function targetActualSubtitle(assessments: readonly TargetAssessment[], detail: string): string {
  const years = [...new Set(assessments.map((a) => a.target.target_year))].join(' and ');
  return `Stated targets${years ? ` for ${years}` : ''} and actual ${detail}, US$ million`;
}
