import type { TargetAssessment } from '../dataset/derive';
import { formatPercent, formatUsd, parenthesised } from '../format';
import type { TrajectoryModel } from './trajectory/model';

/*
 * Each chart's point in one or two sentences: shown under the chart and read by
 * screen readers, so the chart never carries a fact that the text does not.
 */

const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "4.3 % of the original target and 8.5 % of the revised target": each target's share in its own year, by the context figure. */
export function outcomeShares(assessments: readonly TargetAssessment[]): string {
  return assessments
    .filter((a) => a.outcomeAttainment !== undefined)
    .map((a) => `${formatPercent(a.outcomeAttainment ?? 0)} of the ${lowerFirst(a.target.label)}`)
    .join(' and ');
}

export function attainmentSummary(assessments: readonly TargetAssessment[], withContext: boolean): string {
  const [first] = assessments;
  if (!first) return 'There is no target with an actual figure to compare it with.';
  const parts = assessments.map(
    (a) => `${formatPercent(a.attainment)} of the ${lowerFirst(a.target.label)} of ${formatUsd(a.target.value_usd)}`,
  );
  let text = `Actual trade in ${first.actual.year}, ${formatUsd(first.actual.value_usd)} ${parenthesised(first.actual.publisher)}, was ${parts.join(' and ')} for ${first.target.target_year}.`;
  const outcome = assessments.find((a) => a.outcome)?.outcome;
  if (withContext && outcome) {
    text += ` In ${outcome.year} itself trade was ${formatUsd(outcome.value_usd)} ${parenthesised(`${outcome.publisher}, context figure`)}: ${outcomeShares(assessments)}.`;
  }
  return text;
}

export function growthSummary(assessments: readonly TargetAssessment[]): string {
  return assessments
    .map(
      (a) =>
        `Reaching the ${lowerFirst(a.target.label)} of ${formatUsd(a.target.value_usd)} by ${a.target.target_year} would have needed trade to grow ${formatPercent(a.requiredGrowth)} a year from ${a.actual.year}.`,
    )
    .join(' ');
}

export function trajectorySummary(
  model: TrajectoryModel,
  assessments: readonly TargetAssessment[],
  withContext: boolean,
): string {
  const growth = growthSummary(assessments);
  return withContext ? `${growth} ${contextSummary(model)}`.trim() : growth;
}

/** The context figures a trajectory draws, and the years it leaves empty. */
export function contextSummary(model: TrajectoryModel): string {
  const context = model.figures.filter((f) => f.basis === 'context');
  const years = new Set(model.figures.map((f) => f.year));
  const gaps = model.rows.map((r) => r.year).filter((y) => !years.has(y) && y > Math.min(...years));
  const parts: string[] = [];
  if (context.length > 0)
    parts.push(
      `Context figures from other sources: ${context.map((f) => `${f.year} ${formatUsd(f.value_usd)} ${parenthesised(f.publisher)}`).join('; ')}.`,
    );
  if (gaps.length > 0)
    parts.push(`No annual total is recorded for ${listFormat.format(gaps.map(String))}; those years are left empty.`);
  return parts.join(' ');
}

/** The chart's accessible name: what it draws, with the values, from the data. */
export function barsLabel(bars: readonly { label: string; sublabel: string; value: number }[]): string {
  return `Bar chart: ${bars.map((b) => `${b.label} (${b.sublabel}) ${formatUsd(b.value)}`).join('; ')}.`;
}

export function trajectoryLabel(model: TrajectoryModel): string {
  const figures = model.figures
    .map(
      (f) =>
        `${f.year} ${formatUsd(f.value_usd)} ${parenthesised(`${f.publisher}${f.basis === 'context' ? ', context' : ''}`)}`,
    )
    .join('; ');
  return `Line chart of annual trade ${model.firstYear}–${model.lastYear} against the constant-growth paths to each target. Actual figures: ${figures}.`;
}

export function bulletsSummary(assessments: readonly TargetAssessment[], withContext = false): string {
  const reached = assessments
    .map(
      (a) =>
        `In ${a.actual.year} trade had reached ${formatPercent(a.attainment)} of the ${lowerFirst(a.target.label)} (${formatUsd(a.target.value_usd)}), ${a.attainment < 1 / 3 ? 'short of even a third of it' : 'past a third of it'}.`,
    )
    .join(' ');
  // With context, the bullets also show the target year itself: so does the text.
  const outcome = assessments.find((a) => a.outcome)?.outcome;
  if (!withContext || !outcome) return reached;
  return `${reached} In ${outcome.year}, by a context figure ${parenthesised(outcome.publisher)}, it was ${outcomeShares(assessments)}.`;
}

// One decimal always: "6.0 times" beside "11.9 times", since 500 / 84 is 5.95, not a round 6.
const multiple = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** What each target asked of trade, as a multiple of the actual figure: a talking point for the paths slide. */
export function pathsSummary(assessments: readonly TargetAssessment[]): string {
  const [first] = assessments;
  if (!first) return '';
  const asks = assessments.map(
    (a) =>
      `${formatUsd(a.target.value_usd)} by ${a.target.target_year} meant ${multiple.format(a.target.value_usd / a.actual.value_usd)} times the ${a.actual.year} level`,
  );
  return `Each line grows at a constant rate from ${formatUsd(first.actual.value_usd)} in ${first.actual.year} to a target: ${asks.join('; ')}. The article gives no figure for the years between, so none is drawn.`;
}
