import { ATTAINMENT_SIZES } from '@/lib/charts/attainment/layout';
import { chartRegistry, type ChartId } from '@/lib/charts/registry';
import { TARGET_ACTUAL_SIZES } from '@/lib/charts/target-actual/layout';
import { barsDrawing } from '@/lib/charts/target-actual/model';
import { TRAJECTORY_SIZES } from '@/lib/charts/trajectory/layout';
import { drawingOf } from '@/lib/charts/trajectory/model';
import { gapYears } from '@/lib/charts/trajectory/user-words';
import type { View } from '@/lib/charts/view';
import type { Dataset } from '@/lib/dataset/build';
import { AttainmentBullets } from '../charts/attainment-bullets';
import { ChartOnDemand } from '../charts/chart-on-demand';

type Props = { dataset: Dataset; chart: ChartId; view: View; label: string; id: string };

/** A chart of the registry drawn at its slide size. */
export function SlideChart({ dataset, chart, view, label, id }: Props) {
  switch (chart) {
    case 'target-vs-actual':
      return (
        <div className="slide-chart">
          <ChartOnDemand
            kind="target-vs-actual"
            chart={{
              id,
              bars: barsDrawing(chartRegistry[chart].model(dataset, view)),
              size: TARGET_ACTUAL_SIZES.slide,
              label,
            }}
          />
        </div>
      );
    case 'trajectory': {
      const model = chartRegistry[chart].model(dataset, view);
      return (
        <div className="slide-chart">
          <ChartOnDemand
            kind="trajectory"
            chart={{ id, model: drawingOf(model), size: TRAJECTORY_SIZES.slide, label, gaps: gapYears(model) }}
          />
        </div>
      );
    }
    case 'attainment':
      return (
        <div className="slide-chart slide-bullets">
          <AttainmentBullets
            rows={chartRegistry[chart].model(dataset, view)}
            width={ATTAINMENT_SIZES.slide.width}
            label={label}
          />
        </div>
      );
  }
}
