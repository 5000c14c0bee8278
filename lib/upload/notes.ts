import { formatCount } from '../format';

/*
 * Sentences about an upload for the page. Kept apart from upload-pipeline.ts on
 * purpose: that module brings zod, and the page must not load zod until a file
 * is chosen (the worker does the reading).
 */

/** Blank lines and rows of bare delimiters are left out, and the reader is told: a sentence, or '' when there were none. */
export function skippedNote(report: { skippedBlankRows: number }): string {
  return report.skippedBlankRows > 0
    ? ` ${formatCount(report.skippedBlankRows, 'blank row was', 'blank rows were')} left out.`
    : '';
}
