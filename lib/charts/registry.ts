import type { Dataset } from '../dataset/build';
import { attainmentChart } from './attainment/chart';
import type { ChartWords } from './spec';
import { targetActualChart } from './target-actual/chart';
import { trajectoryChart } from './trajectory/chart';
import type { View } from './view';

/**
 * Every chart of the app, by id: the one place a chart's words, unit, files and
 * CSV come from. The dashboard, the slides, the downloads, the image export and
 * the reader's-data CSVs all read it.
 */
export const chartRegistry = {
  'target-vs-actual': targetActualChart,
  trajectory: trajectoryChart,
  attainment: attainmentChart,
} as const;

export type ChartId = keyof typeof chartRegistry;
export const chartIds = Object.keys(chartRegistry) as ChartId[];

/** A chart's words for one view of the data. */
export function chartWords(id: ChartId, dataset: Dataset, view: View): ChartWords {
  switch (id) {
    case 'target-vs-actual':
      return targetActualChart.words(targetActualChart.model(dataset, view), dataset, view);
    case 'trajectory':
      return trajectoryChart.words(trajectoryChart.model(dataset, view), dataset, view);
    case 'attainment':
      return attainmentChart.words(attainmentChart.model(dataset, view), dataset, view);
  }
}

export function chartCsv(id: ChartId, dataset: Dataset, view: View): string {
  return chartRegistry[id].csv(dataset, view);
}
