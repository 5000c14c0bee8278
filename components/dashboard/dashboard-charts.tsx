import { attainmentLegend } from '@/lib/charts/attainment/labels';
import { chartRegistry } from '@/lib/charts/registry';
import { barsDrawing } from '@/lib/charts/target-actual/model';
import { trajectoryLegend } from '@/lib/charts/trajectory/legend';
import { drawingOf } from '@/lib/charts/trajectory/model';
import { gapYears } from '@/lib/charts/trajectory/user-words';
import type { View } from '@/lib/charts/view';
import type { Dataset } from '@/lib/dataset/build';
import { embedTitles } from '@/lib/embed/titles';
import { AttainmentLegend } from '../charts/attainment-legend';
import { ChartCard } from '../charts/chart-card';
import { AttainmentDrawings, TargetActualDrawings, TrajectoryDrawings } from '../charts/chart-drawings';
import { TrajectoryLegend } from '../charts/trajectory-legend';
import { TrajectoryUserSummary } from '../charts/trajectory-user-summary';

/** The dashboard's three charts in one view, with their words from the chart registry. */
export function DashboardCharts({ dataset, view }: { dataset: Dataset; view: View }) {
  const { 'target-vs-actual': barsChart, trajectory: trajectoryChart, attainment: attainmentChart } = chartRegistry;
  const bars = barsChart.model(dataset, view);
  const barsWords = barsChart.words(bars, dataset, view);
  const trajectory = trajectoryChart.model(dataset, view);
  const trajectoryWords = trajectoryChart.words(trajectory, dataset, view);
  const gaps = gapYears(trajectory);
  const attainment = attainmentChart.model(dataset, view);
  const attainmentWords = attainmentChart.words(attainment, dataset, view);
  return (
    <>
      <ChartCard
        chart="target-vs-actual"
        view={view}
        embedTitles={embedTitles('target-vs-actual', dataset)}
        words={barsWords}
        drawings={<TargetActualDrawings bars={barsDrawing(bars)} label={barsWords.label} />}
        slots={{ footer: 'bars-footer' }}
      />
      <ChartCard
        chart="trajectory"
        view={view}
        embedTitles={embedTitles('trajectory', dataset)}
        words={trajectoryWords}
        drawings={<TrajectoryDrawings model={drawingOf(trajectory)} label={trajectoryWords.label} gaps={gaps} />}
        legend={<TrajectoryLegend entries={trajectoryLegend(trajectory)} />}
        userSummary={<TrajectoryUserSummary gaps={gaps} />}
        slots={{ summary: 'trajectory-summary', footer: 'trajectory-footer' }}
      />
      <ChartCard
        chart="attainment"
        view={view}
        embedTitles={embedTitles('attainment', dataset)}
        words={attainmentWords}
        drawings={<AttainmentDrawings rows={attainment} label={attainmentWords.label} />}
        legend={<AttainmentLegend entries={attainmentLegend(attainment.some((row) => row.outcome))} />}
      />
    </>
  );
}
