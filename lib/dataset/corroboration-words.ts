import { formatPercent, formatUsd, formatUsdInText } from '../format';
import type { Dataset } from './build';
import { citedInParentheses, listOf, uniqueCitations, type CitedText } from './cited-text';
import { corroborateFigure, corroborateTarget } from './corroboration';
import { sourceLookup } from './sources';
import type { Target, TradeFigure } from './schema';

/*
 * What the page says next to each of the article's figures: whether any other
 * report in data/ supports it, in plain words with links. Every amount, year and
 * percentage is read from data/.
 */

export function targetCorroborationText(target: Target, dataset: Dataset): CitedText {
  const source = sourceLookup(dataset);
  const { supporting, sameYear } = corroborateTarget(target, dataset);
  if (supporting.length > 0) {
    const cited = uniqueCitations(supporting.map((t) => source(t.source_id)));
    return ['Other reports state the same goal: ', ...listOf(cited.map((c) => [c])), '.'];
  }
  const alone = `Only the article gives this target: no other report here states ${formatUsd(target.value_usd)} for ${target.target_year}.`;
  if (sameYear.length === 0) return [alone];
  // The goal it replaced, still stated, reads last: "… and still a US$1 bn goal for 2020".
  const ordered = [...sameYear].sort((a, b) => Number(a.superseded) - Number(b.superseded));
  const goals = ordered.map((goal): CitedText => {
    const still = goal.superseded ? 'still ' : '';
    return [
      `${still}a ${formatUsd(goal.value_usd)} goal for ${goal.target_year} `,
      ...citedInParentheses(goal.targets.map((t) => source(t.source_id))),
    ];
  });
  return [`${alone} Reports from ${target.set_in} name `, ...listOf(goals), '.'];
}

/** "4.9 % higher", "0.9 % lower". */
function comparison(difference: number): string {
  if (difference === 0) return 'the same';
  return `${formatPercent(Math.abs(difference))} ${difference > 0 ? 'higher' : 'lower'}`;
}

export function figureCorroborationText(figure: TradeFigure, dataset: Dataset): CitedText {
  const source = sourceLookup(dataset);
  const { supporting, differing } = corroborateFigure(figure, dataset);
  const amount = `${formatUsdInText(figure.value_usd)} for ${figure.year}`;
  const head: CitedText =
    supporting.length > 0
      ? [
          `Also reported as ${amount} by `,
          ...listOf(uniqueCitations(supporting.map((f) => source(f.source_id))).map((c) => [c])),
          '.',
        ]
      : [`No other report here gives ${amount}.`];
  if (differing.length === 0) return head;
  const others = differing.map(({ figure: other, difference }): CitedText => {
    const kind = other.kind === 'reported' ? '' : `, ${other.kind}`;
    return [
      `${other.producer} ${formatUsdInText(other.value_usd)}${kind} (the article’s is ${comparison(difference)}; `,
      ...listOf(
        uniqueCitations(other.reports.map((r) => source(r.source_id))).map((c) => [c]),
        '; ',
        '; ',
      ),
      ')',
    ];
  });
  return [...head, ' Other producers’ figures for that year: ', ...listOf(others, '; ', '; and '), '.'];
}
