import type { Dataset } from '../dataset/build';
import { afterTargetYear } from '../dataset/after-target';
import { assessTargets } from '../dataset/derive';
import { formatPercent, formatUsd, formatUsdInText } from '../format';

/*
 * The words of the slides that show figures rather than a chart, shared by the
 * slide on screen (components/deck/deck-slides.tsx) and the PowerPoint deck.
 */

/** The growth slide: the rate each target asked for, and from where to where. */
export function growthFigures(dataset: Dataset): { key: string; value: string; caption: string }[] {
  return assessTargets(dataset).map((a) => ({
    key: a.target.target_id,
    value: `≈ ${formatPercent(a.requiredGrowth)}`,
    caption: `a year, ${a.actual.year}–${a.target.target_year}, to go from ${formatUsd(a.actual.value_usd)} to the ${a.target.label.toLowerCase()} of ${formatUsd(a.target.value_usd)}`,
  }));
}

/** The after-the-target-year slide: each year's figure (or "no figure"), whose, of what kind; and the closing line. */
export function afterTargetRows(dataset: Dataset): { rows: [string, string, string][]; closing: string } | null {
  const story = afterTargetYear(dataset);
  if (!story) return null;
  return {
    rows: story.years.map(({ year, figure }) => [
      String(year),
      figure ? formatUsdInText(figure.value_usd) : 'no figure',
      figure ? `${figure.producer}${figure.kind === 'reported' ? '' : `, ${figure.kind}`}` : '',
    ]),
    closing: story.closing,
  };
}
