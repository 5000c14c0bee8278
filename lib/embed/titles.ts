import type { Dataset } from '../dataset/build';
import { chartWords, type ChartId } from '../charts/registry';
import { VIEWS, type View } from '../charts/view';

/**
 * A chart's title in each view, which names its frame in the embed code: the
 * dialog lets the reader pick the view, and a chart may say more with context
 * (the trajectory does). Worked out on the server, where the data is.
 */
export function embedTitles(chart: ChartId, dataset: Dataset): Record<View, string> {
  return Object.fromEntries(VIEWS.map((view) => [view, chartWords(chart, dataset, view).title])) as Record<
    View,
    string
  >;
}
