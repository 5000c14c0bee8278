import { formatPercent, formatUsd, formatUsdInText as usd } from '../format';
import type { Dataset } from './build';
import { citedInParentheses, type CitedText } from './cited-text';
import { sameAmount } from './corroboration';
import { articleTargets } from './derive';
import { leadFigure, producerSeries, relativeDifference, type ProducerFigure } from './producer-series';
import type { TradeEvent } from './schema';
import { sourceLookup, type Credit } from './sources';
import { lowerFirst } from './story';

/*
 * "After the target year": what trade was in the year the targets were set for,
 * and in every year after it with or without a figure, in sentences a reader can
 * quote. Every amount, year and percentage is computed from data/.
 */

export type AfterTargetYear = {
  targetYear: number;
  /** One paragraph per year, from the target year to the last with a figure, and the figure it tells (none: a gap). */
  years: { year: number; text: CitedText; figure: ProducerFigure | null }[];
  /** The latest figure against the targets. */
  closing: string;
  /** Events after the target year, oldest first. */
  events: TradeEvent[];
};

function change(value: number, previous: number): string {
  const difference = relativeDifference(value, previous);
  if (difference <= -0.9) return `collapsed to ${usd(value)}, ${formatPercent(-difference)} less than`;
  if (difference < 0) return `fell to ${usd(value)}, ${formatPercent(-difference)} less than`;
  return `rose to ${usd(value)}, ${formatPercent(difference)} more than`;
}

export function afterTargetYear(dataset: Dataset): AfterTargetYear | null {
  const targets = articleTargets(dataset);
  if (targets.length === 0) return null;
  const targetYear = Math.max(...targets.map((t) => t.target_year));
  const source = sourceLookup(dataset);
  const series = producerSeries(dataset.trade);
  const all = series.flatMap((s) => s.figures);
  const lastYear = Math.max(...all.map((f) => f.year));
  if (lastYear < targetYear) return null;
  const previousOf = (figure: ProducerFigure) =>
    series.find((s) => s.producer === figure.producer)?.figures.find((f) => f.year === figure.year - 1);
  const cite = (figure: ProducerFigure) => citedInParentheses([source(figure.reports[0]?.source_id ?? '')]);
  const shares = (value: number) =>
    targets
      .map((t) => `${formatPercent(value / t.value_usd)} of the ${lowerFirst(t.label)} of ${formatUsd(t.value_usd)}`)
      .join(' and ');

  const years: AfterTargetYear['years'] = [];
  for (let year = targetYear; year <= lastYear; year += 1) {
    const lead = leadFigure(all.filter((f) => f.year === year));
    if (!lead) {
      years.push({
        year,
        text: [`For ${year} no report here gives a total: the trajectory chart leaves the year empty.`],
        figure: null,
      });
      continue;
    }
    // Reports of the lead producer's figure that disagree with the one drawn, named rather than hidden.
    const disagreeing = lead.reports.filter((r) => !sameAmount(r.value_usd, lead.value_usd));
    const also: CitedText = disagreeing.flatMap((r) => [
      `; another report of the same figures gives ${usd(r.value_usd)} `,
      ...citedInParentheses([source(r.source_id)]),
    ]);
    const previous = previousOf(lead);
    let text: CitedText;
    if (year === targetYear) {
      text = [
        `In ${year}, the year the targets were set for, trade came to ${usd(lead.value_usd)} by ${lead.producer} figures `,
        ...cite(lead),
        ...also,
        `: ${shares(lead.value_usd)}.`,
      ];
    } else if (previous && lead.kind === 'reported') {
      text = [
        `In ${year}, by ${lead.producer} figures, trade ${change(lead.value_usd, previous.value_usd)} in ${year - 1} `,
      ];
      text.push(...cite(lead), ...also, '.');
    } else {
      const kind =
        lead.kind === 'reported' ? 'a reported total' : `${lead.kind === 'estimate' ? 'an' : 'a'} ${lead.kind}`;
      text = [`For ${year} the only figure is ${kind} (${lead.producer}): ${usd(lead.value_usd)} `];
      text.push(...cite(lead), ...also, '.');
    }
    years.push({ year, text, figure: lead });
  }
  const latest = leadFigure(all.filter((f) => f.year === lastYear));
  const closing = latest
    ? `The latest figure, ${usd(latest.value_usd)} for ${lastYear}, is ${shares(latest.value_usd)} that were set for ${targetYear}.`
    : '';
  const events = dataset.events
    .filter((e) => Number(e.date.slice(0, 4)) > targetYear)
    .sort((a, b) => a.date.localeCompare(b.date));
  return { targetYear, years, closing, events };
}

/** Whose figures the story after the target year tells, for a slide's source line. */
export function afterTargetCredits(dataset: Dataset): Credit[] {
  const source = sourceLookup(dataset);
  return (afterTargetYear(dataset)?.years ?? []).flatMap(({ figure }) =>
    figure ? figure.reports.map((r) => ({ publisher: r.producer, source: source(r.source_id) })) : [],
  );
}
