import { attainmentCsv, figuresWithDerivedCsv, targetActualCsv, trajectoryCsv } from '../charts/chart-csv';
import type { Dataset } from '../dataset/build';
import { dataFileNames, isDataFileName } from '../dataset/tables';
import { uploadTemplateCsv } from '../upload/schema';
import type { ViewOptions } from '../charts/view';

export type ChartId = 'target-vs-actual' | 'trajectory' | 'attainment';

const chartBuilders: Record<ChartId, (dataset: Dataset, options: ViewOptions) => string> = {
  'target-vs-actual': targetActualCsv,
  trajectory: trajectoryCsv,
  attainment: attainmentCsv,
};

/** The download name of a chart's table, one per view so that a static build can serve it. */
export function chartCsvName(chart: ChartId, options: ViewOptions): string {
  return `chart-${chart}${options.context ? '-with-context' : ''}.csv`;
}

const generated: Record<string, (dataset: Dataset) => string> = {
  'figures-with-derived.csv': figuresWithDerivedCsv,
  'upload-template.csv': () => uploadTemplateCsv(),
};
for (const chart of Object.keys(chartBuilders) as ChartId[]) {
  for (const context of [false, true]) {
    generated[chartCsvName(chart, { context })] = (dataset) => chartBuilders[chart](dataset, { context });
  }
}

/** Every name served under /data/: the raw files first, then the generated tables. */
export const downloadNames: readonly string[] = [...dataFileNames, ...Object.keys(generated)];

export type Download =
  | { kind: 'raw'; name: (typeof dataFileNames)[number] }
  | { kind: 'generated'; name: string; build: (dataset: Dataset) => string };

export function findDownload(name: string): Download | undefined {
  if (isDataFileName(name)) return { kind: 'raw', name };
  const build = generated[name];
  return build ? { kind: 'generated', name, build } : undefined;
}

/** The file name a browser saves: says what it is even out of context. */
export function attachmentName(name: string): string {
  return `russia-dprk-${name}`;
}
