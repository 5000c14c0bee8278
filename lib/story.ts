import type { TargetAssessment } from './derive';
import { formatPercent, formatUsd } from './format';

/** The dek under the title: the whole story in two sentences, from the data. */
export function storyDek(assessments: readonly TargetAssessment[]): string {
  const ordered = [...assessments].sort((a, b) => a.target.set_in - b.target.set_in);
  const [first, ...later] = ordered;
  if (!first) return '';
  const cuts = later.map((a) => `in ${a.target.set_in} it was cut to ${formatUsd(a.target.value_usd)}`).join(', and ');
  const intro = `In ${first.target.set_in} Moscow said trade with the DPRK would reach ${formatUsd(first.target.value_usd)} by ${first.target.target_year}${cuts ? `; ${cuts}` : ''}.`;
  const lowest = [...assessments].sort((a, b) => a.target.value_usd - b.target.value_usd)[0] ?? first;
  const goal = assessments.length > 1 ? 'the lower goal' : 'the goal';
  return `${intro} Actual trade in ${lowest.actual.year} was ${formatUsd(lowest.actual.value_usd)}: ${formatPercent(lowest.attainment)} of ${goal}.`;
}

/** A chart title that states the point rather than naming the axes. */
export function targetActualTitle(assessments: readonly TargetAssessment[]): string {
  const lowest = [...assessments].sort((a, b) => a.target.value_usd - b.target.value_usd)[0];
  if (!lowest) return 'Targets and actual trade';
  return `Trade in ${lowest.actual.year} was ${formatUsd(lowest.actual.value_usd)}, far below even the reduced ${formatUsd(lowest.target.value_usd)} goal`;
}
