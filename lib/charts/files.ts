import type { View } from './view';

/*
 * The names of every file a chart gives a reader, in one place: the CSV behind it
 * (served under /data/, one per view so that a static build can serve it) and its
 * images. Each says what it is even out of context, in a folder of downloads.
 */

/** What every downloaded file's name starts with. */
export const FILE_PREFIX = 'russia-dprk';

const viewSuffix = (view: View) => (view === 'context' ? '-with-context' : '');

/** The name under /data/: chart-trajectory-with-context.csv. */
export function chartCsvName(chart: string, view: View): string {
  return `chart-${chart}${viewSuffix(view)}.csv`;
}

/** Its workbook beside it: chart-trajectory-with-context.xlsx. */
export function chartXlsxName(chart: string, view: View): string {
  return `chart-${chart}${viewSuffix(view)}.xlsx`;
}

/** The name a browser saves a download under: russia-dprk-trade.csv. */
export function attachmentName(name: string): string {
  return name.startsWith(`${FILE_PREFIX}-`) ? name : `${FILE_PREFIX}-${name}`;
}

/** An image of a chart from the dashboard, without extension: russia-dprk-trajectory-with-context. */
export function chartImageName(chart: string, view: View): string {
  return `${FILE_PREFIX}-${chart}${viewSuffix(view)}`;
}

/** An image of a chart from a slide, named after the slide so it never overwrites the dashboard's. */
export function slideImageName(slide: number, chart: string, view: View): string {
  return `${FILE_PREFIX}-slide-${slide}-${chart}${viewSuffix(view)}`;
}

/** A view's slide deck as a PowerPoint file, as the browser saves it: russia-dprk-slides-with-context.pptx. */
export function deckPptxName(view: View): string {
  return `${FILE_PREFIX}-slides${viewSuffix(view)}.pptx`;
}
