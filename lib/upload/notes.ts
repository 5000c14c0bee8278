import { formatCount } from '../format';

/*
 * Sentences about an upload for the page. Kept apart from the readers on
 * purpose: that module brings zod, and the page must not load zod until a file
 * is chosen (the worker does the reading).
 */

/** Blank lines and rows of bare delimiters are left out, and the reader is told: a sentence, or '' when there were none. */
export function skippedNote(report: { skippedBlankRows: number }): string {
  return report.skippedBlankRows > 0
    ? ` ${formatCount(report.skippedBlankRows, 'blank row was', 'blank rows were')} left out.`
    : '';
}

/** Rows a reader left out by rule (UN Comtrade's other partners, re-exports, …): a sentence pointing to the notes, or ''. */
export function leftOutNote(report: { reading?: { leftOutRowCount: number } }): string {
  const count = report.reading?.leftOutRowCount ?? 0;
  return count > 0 ? ` ${formatCount(count, 'row was', 'rows were')} left out, as said below.` : '';
}
