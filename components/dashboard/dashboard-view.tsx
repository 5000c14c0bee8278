import type { Dataset } from '@/lib/dataset/build';
import { assessTargets } from '@/lib/dataset/derive';
import { ATTAINMENT_UNIT, MONEY_UNIT } from '@/lib/charts/export-svg';
import { chartCsvName } from '@/lib/http/downloads';
import { sourceLine, sourceLookup, type Credit } from '@/lib/dataset/sources';
import { targetActualSubtitle, targetActualTitle } from '@/lib/dataset/story';
import {
  attainmentSummary,
  barsLabel,
  bulletsSummary,
  trajectoryLabel,
  trajectorySummary,
} from '@/lib/charts/summaries';
import { targetActualBars } from '@/lib/charts/target-actual/model';
import { trajectoryModel } from '@/lib/charts/trajectory/model';
import type { ViewOptions } from '@/lib/charts/view';
import { AttainmentBullets, AttainmentLegend } from '../charts/attainment-bullets';
import { ChartCard } from '../charts/chart-card';
import { ChartOnDemand } from '../charts/chart-on-demand';
import { ContextSwitch } from './context-switch';
import { DownloadLink } from '../site/download-link';
import { HeadlineFigures } from './headline-figures';
import { SourceNote } from '../charts/source-note';
import { TrajectoryLegend } from '../charts/trajectory-legend';

type Props = { dataset: Dataset; options: ViewOptions };

/**
 * Everything on the dashboard that depends on the context switch. The page renders
 * it once per view and CSS shows the one the URL asks for, so that the page can be
 * fully static (and exported) while `?context=1` still opens the right view.
 */
export function DashboardView({ dataset, options }: Props) {
  const source = sourceLookup(dataset);
  const assessments = assessTargets(dataset);
  const bars = targetActualBars(dataset, options);
  const trajectory = trajectoryModel(dataset, options);
  const suffix = options.context ? '-with-context' : '';
  const credits = (items: { publisher?: string; sourceId: string }[]): Credit[] =>
    items.map((item) => ({ publisher: item.publisher || undefined, source: source(item.sourceId) }));
  const barCredits = credits(bars);
  const trajectoryCredits = credits(trajectory.figures.map((f) => ({ publisher: f.publisher, sourceId: f.source_id })));
  const attainmentCredits = credits([
    ...assessments.map((a) => ({ publisher: a.actual.publisher, sourceId: a.actual.source_id })),
    ...(options.context
      ? assessments.flatMap((a) =>
          a.outcome ? [{ publisher: a.outcome.publisher, sourceId: a.outcome.source_id }] : [],
        )
      : []),
  ]);
  const unit = (chart: 'target-vs-actual' | 'trajectory' | 'attainment') =>
    chart === 'attainment' ? ATTAINMENT_UNIT : MONEY_UNIT;
  // The bars and the trajectory draw a reader's own data; the attainment bullets do not.
  const exportAs = (
    chart: 'target-vs-actual' | 'trajectory' | 'attainment',
    title: string,
    subtitle: string,
    creditList: Credit[],
  ) => ({
    fileBase: `russia-dprk-${chart}${suffix}`,
    meta: { title, subtitle, source: sourceLine(creditList), unit: unit(chart) },
    drawsUserData: chart !== 'attainment',
    keysUserShapes: chart === 'trajectory',
  });
  const barsTitle = targetActualTitle(assessments);
  const barsSubtitle = targetActualSubtitle(assessments, 'annual trade turnover (exports + imports)');
  // Only the context view draws the path trade took; the article gives one actual year.
  const trajectoryTitle = options.context
    ? 'The path trade would have needed, and the path it took'
    : 'The path trade would have needed';
  // No year range: a reader's own data widens the axis, and the subtitle must stay true.
  const trajectorySubtitle = `Annual trade turnover, US$ million. Dashed and dotted lines grow at a constant rate from the ${assessments[0]?.actual.year} figure to each target; missing years are left as gaps.`;
  // An exported image has no legend: its subtitle keys the lines and, with context, the points.
  const trajectoryExportSubtitle = `Annual trade turnover, US$ million; dashed and dotted lines: constant growth needed to reach each target${
    options.context ? '; blue dot: the article’s figure, orange rings: other publishers’ figures' : ''
  }`;
  const attainmentTitle = 'How much of each target was reached';
  const bullets = bulletsSummary(assessments, options.context);
  const attainmentSubtitle = 'Actual trade as a share of each target; the grey bands mark thirds of the target';

  return (
    <div
      className={`view ${options.context ? 'view-context' : 'view-article'}`}
      data-view={options.context ? 'context' : 'article'}
    >
      <ContextSwitch withContext={options.context} />
      <p className="context-hint">
        {options.context
          ? 'Showing context figures: annual totals from other publishers, not stated in the article, each with its own source.'
          : 'Showing the figures stated in the article. Switch on context figures to chart other publishers’ annual totals too (all are listed under Data and sources).'}
      </p>

      <HeadlineFigures assessments={assessments} withContext={options.context} />

      <ChartCard
        id={`target-vs-actual${suffix}`}
        chart="target-vs-actual"
        title={barsTitle}
        subtitle={barsSubtitle}
        exportAs={exportAs('target-vs-actual', barsTitle, barsSubtitle, barCredits)}
        summary={attainmentSummary(assessments, options.context)}
        wide={
          <ChartOnDemand
            kind="target-vs-actual"
            chart={{
              id: `target-vs-actual${suffix}-wide`,
              bars,
              width: 920,
              height: 70 + bars.length * 64,
              label: barsLabel(bars),
            }}
          />
        }
        narrow={
          <ChartOnDemand
            kind="target-vs-actual"
            chart={{
              id: `target-vs-actual${suffix}-narrow`,
              bars,
              width: 360,
              height: 70 + bars.length * 72,
              label: barsLabel(bars),
            }}
          />
        }
        footer={
          <>
            <SourceNote credits={barCredits} drawsUserData />
            <DownloadLink file={chartCsvName('target-vs-actual', options)} context="of the target-versus-actual chart">
              Download data (CSV)
            </DownloadLink>
          </>
        }
      />

      <ChartCard
        id={`trajectory${suffix}`}
        chart="trajectory"
        title={trajectoryTitle}
        subtitle={trajectorySubtitle}
        exportAs={exportAs('trajectory', trajectoryTitle, trajectoryExportSubtitle, trajectoryCredits)}
        summary={trajectorySummary(trajectory, assessments, options.context)}
        wide={
          <ChartOnDemand
            kind="trajectory"
            chart={{
              id: `trajectory${suffix}-wide`,
              model: trajectory,
              width: 920,
              height: 460,
              label: trajectoryLabel(trajectory),
            }}
          />
        }
        narrow={
          <ChartOnDemand
            kind="trajectory"
            chart={{
              id: `trajectory${suffix}-narrow`,
              model: trajectory,
              width: 360,
              height: 420,
              label: trajectoryLabel(trajectory),
            }}
          />
        }
        legend={<TrajectoryLegend model={trajectory} />}
        footer={
          <>
            <SourceNote credits={trajectoryCredits} note="Required paths are derived, not reported" drawsUserData />
            <DownloadLink file={chartCsvName('trajectory', options)} context="of the trajectory chart">
              Download data (CSV)
            </DownloadLink>
          </>
        }
      />

      <ChartCard
        id={`attainment${suffix}`}
        chart="attainment"
        title={attainmentTitle}
        subtitle={attainmentSubtitle}
        exportAs={exportAs('attainment', attainmentTitle, attainmentSubtitle, attainmentCredits)}
        summary={bullets}
        wide={<AttainmentBullets assessments={assessments} withContext={options.context} width={720} label={bullets} />}
        narrow={
          <AttainmentBullets assessments={assessments} withContext={options.context} width={360} label={bullets} />
        }
        legend={<AttainmentLegend withContext={options.context} />}
        footer={
          <>
            <SourceNote credits={attainmentCredits} />
            <DownloadLink file={chartCsvName('attainment', options)} context="of the attainment chart">
              Download data (CSV)
            </DownloadLink>
          </>
        }
      />
    </div>
  );
}
