import { formatCount, formatUsd, parenthesised } from '../format';
import { isPartialYear } from '../upload/partial-year';
import type { UserDataset, UserFigure } from '../upload/user-data';

/*
 * How the charts name and pick the reader's own figures: one series per
 * publisher, named after the file, never passed off as a published figure.
 */

/** A chart stays readable with a few series; the rest of a reader's publishers are in the table. */
export const MAX_USER_SERIES = 6;

/** "Your data: mine.csv": the reader's figures as a series, a source and a table heading. */
export function userDataName(fileName: string): string {
  return `Your data: ${fileName}`;
}

/** How a chart credits the reader's data, on the page and in its exports. */
export function userDataCredit(fileName: string): string {
  return `${userDataName(fileName)} (not verified by us)`;
}

/** A user series' name, in the chart and its legend: the publisher is named when the file has several. */
export function userSeriesLabel(fileName: string, publisher: string, several: boolean): string {
  // parenthesised: "UN Comtrade (reported by Russia)" reads "(UN Comtrade, reported by Russia)", never brackets in brackets.
  return `${userDataName(fileName)}${several ? ` ${parenthesised(publisher)}` : ''}`;
}

/** What a hollow mark means, in the legend and in an exported image's key. */
export const PARTIAL_YEAR_KEY = 'hollow: a partial year, its months added up';

/** Where the publishers not drawn are, when a file has more than MAX_USER_SERIES. */
export function hiddenPublishersNote(hidden: number): string {
  return `The ${MAX_USER_SERIES} publishers with most years are drawn; ${formatCount(hidden, 'more is', 'more are')} in the table.`;
}

/** "US$3 m (2 mo)": a value, with the months of a partial year. */
export function userFigureLabel(figure: UserFigure): string {
  return `${formatUsd(figure.value_usd)}${isPartialYear(figure) ? ` (${figure.months} mo)` : ''}`;
}

/** The publishers drawn: those with the most years, at most MAX_USER_SERIES. */
export function chartedPublishers(user: UserDataset): string[] {
  const counts = new Map<string, number>();
  for (const f of user.figures) counts.set(f.publisher, (counts.get(f.publisher) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_USER_SERIES)
    .map(([publisher]) => publisher);
}
