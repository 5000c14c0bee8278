import { formatPercent, formatUsd } from '../../format';
import type { AttainmentRow } from './model';

/*
 * The words the attainment bullets carry, in the drawing and in its key. Kept
 * apart from words.ts, which needs the whole dataset: these go to the browser.
 */

/** "Revised target for 2020: 16.8 % reached in 2015 · 8.5 % in 2020 (context)", in its parts. */
export function bulletLabel(row: AttainmentRow, narrow: boolean) {
  return {
    name: row.label,
    between: narrow ? ': ' : ` for ${row.targetYear}: `,
    share: formatPercent(row.attainment),
    after: ` reached in ${row.actualYear}`,
    outcome: row.outcome ? `${formatPercent(row.outcome.attainment)} in ${row.outcome.year} (context)` : null,
  };
}

/** The scale under each bullet: 0, a third of the target, the target, and the actual value by its bar. */
export function bulletScale(row: AttainmentRow) {
  return { zero: '0', third: 'one-third', target: formatUsd(row.target), actual: formatUsd(row.actual) };
}

export type AttainmentLegendEntry = { swatch: 'article' | 'context-thin' | 'rule' | 'bands'; label: string };

/** The key to the bullets. */
export function attainmentLegend(withOutcome: boolean): AttainmentLegendEntry[] {
  return [
    { swatch: 'article', label: 'Actual trade (article)' },
    ...(withOutcome ? [{ swatch: 'context-thin' as const, label: 'Trade in the target year (context)' }] : []),
    { swatch: 'rule', label: 'Target' },
    { swatch: 'bands', label: 'Thirds of the target' },
  ];
}
