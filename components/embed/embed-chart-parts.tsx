import type { ReactNode } from 'react';
import { attainmentLegend } from '@/lib/charts/attainment/labels';
import { chartRegistry, type ChartId } from '@/lib/charts/registry';
import type { ChartWords } from '@/lib/charts/spec';
import { barsDrawing } from '@/lib/charts/target-actual/model';
import { trajectoryLegend } from '@/lib/charts/trajectory/legend';
import { drawingOf } from '@/lib/charts/trajectory/model';
import { gapYears } from '@/lib/charts/trajectory/user-words';
import type { View } from '@/lib/charts/view';
import type { Dataset } from '@/lib/dataset/build';
import { AttainmentLegend } from '../charts/attainment-legend';
import { AttainmentDrawings, TargetActualDrawings, TrajectoryDrawings } from '../charts/chart-drawings';
import { TrajectoryLegend } from '../charts/trajectory-legend';

/** What an embed shows of one chart: its words, its drawings (wide and narrow) and its key. */
export type EmbedChartParts = { words: ChartWords; drawings: ReactNode; legend?: ReactNode };

/**
 * One chart drawn as on the dashboard (components/dashboard/dashboard-charts.tsx
 * draws all three), from the same registry, drawings and legends.
 */
export function embedChartParts(chart: ChartId, dataset: Dataset, view: View): EmbedChartParts {
  switch (chart) {
    case 'target-vs-actual': {
      const spec = chartRegistry[chart];
      const model = spec.model(dataset, view);
      const words = spec.words(model, dataset, view);
      return { words, drawings: <TargetActualDrawings bars={barsDrawing(model)} label={words.label} /> };
    }
    case 'trajectory': {
      const spec = chartRegistry[chart];
      const model = spec.model(dataset, view);
      const words = spec.words(model, dataset, view);
      return {
        words,
        drawings: <TrajectoryDrawings model={drawingOf(model)} label={words.label} gaps={gapYears(model)} />,
        legend: <TrajectoryLegend entries={trajectoryLegend(model)} />,
      };
    }
    case 'attainment': {
      const spec = chartRegistry[chart];
      const model = spec.model(dataset, view);
      const words = spec.words(model, dataset, view);
      return {
        words,
        drawings: <AttainmentDrawings rows={model} label={words.label} />,
        legend: <AttainmentLegend entries={attainmentLegend(model.some((row) => row.outcome))} />,
      };
    }
  }
}
