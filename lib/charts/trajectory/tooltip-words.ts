import { formatPercent, formatUsdInText } from '../../format';
import { relativeDifference } from '../../dataset/producer-series';
import type { PublishedPoint } from './published';

/*
 * The trajectory tooltip's words for a published figure, kept apart from the
 * component so that they are tested without a browser.
 */

const KIND_WORDS: Record<PublishedPoint['kind'], string> = {
  reported: 'reported total',
  derived: 'derived by us',
  estimate: 'estimate',
  statement: 'official’s statement',
};

/** "KOTRA: US$84 m", then "the article’s figure · reported total · via CGTN", and any disagreeing report. */
export function figureTooltipLines(point: PublishedPoint): string[] {
  const kind = point.derivation ? `${KIND_WORDS.derived}: ${point.derivation}` : KIND_WORDS[point.kind];
  const detail = [point.article ? 'the article’s figure' : '', kind, `via ${point.reporters.join(', ')}`];
  const others = point.otherValues.map((v) => `another report gives ${formatUsdInText(v)}`);
  return [`${point.producer}: ${formatUsdInText(point.value)}`, detail.filter(Boolean).join(' · '), ...others];
}

/** Where a year's figures differ: "The highest is 4.9 % above the lowest." */
export function spreadLine(points: readonly PublishedPoint[]): string | null {
  const values = points.map((p) => p.value);
  if (values.length < 2) return null;
  const high = Math.max(...values);
  const low = Math.min(...values);
  if (high === low) return 'The figures agree.';
  return `They differ: the highest is ${formatPercent(relativeDifference(high, low))} above the lowest.`;
}
