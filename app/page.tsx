import { AttainmentBullets } from '@/components/attainment-bullets';
import { ChartCard } from '@/components/chart-card';
import { ContextSwitch } from '@/components/context-switch';
import { DownloadLink } from '@/components/download-link';
import { EventTimeline } from '@/components/event-timeline';
import { HeadlineFigures } from '@/components/headline-figures';
import { SourceNote } from '@/components/source-note';
import { SourcesTable } from '@/components/sources-table';
import { TargetActualChart } from '@/components/target-actual-chart';
import { TrajectoryChart } from '@/components/trajectory-chart';
import { assessTargets } from '@/lib/derive';
import { chartCsvName, downloadNames } from '@/lib/downloads';
import { loadDataset } from '@/lib/load-dataset';
import { sourceLookup } from '@/lib/sources';
import { storyDek, targetActualTitle } from '@/lib/story';
import { attainmentSummary, trajectorySummary } from '@/lib/summaries';
import { targetActualBars } from '@/lib/target-actual-view';
import { trajectoryModel } from '@/lib/trajectory-view';
import { viewOptionsFromSearchParams } from '@/lib/view-options';

export default async function DashboardPage({ searchParams }: PageProps<'/'>) {
  const options = viewOptionsFromSearchParams(await searchParams);
  const dataset = loadDataset();
  const source = sourceLookup(dataset);
  const assessments = assessTargets(dataset);
  const bars = targetActualBars(dataset, options);
  const trajectory = trajectoryModel(dataset, options);
  const articleFigure = assessments[0]?.actual;
  const article = articleFigure ? source(articleFigure.source_id) : undefined;
  const credits = (items: { publisher?: string; sourceId: string }[]) => items.map((i) => ({ publisher: i.publisher || undefined, source: source(i.sourceId) }));

  return (
    <main id="main" className="page">
      <header className="page-header">
        <p className="eyebrow">Russia–DPRK bilateral trade</p>
        <h1>Targets versus actual trade</h1>
        <p className="dek">{storyDek(assessments)}</p>
        <ContextSwitch withContext={options.context} />
        <p className="context-hint">
          {options.context
            ? 'Showing context figures: annual totals from other publishers, not stated in the article, each with its own source.'
            : 'Showing the figures stated in the article. Switch on context figures to see what trade was in later years.'}
        </p>
      </header>

      <HeadlineFigures assessments={assessments} withContext={options.context} />

      <ChartCard
        id="target-vs-actual"
        title={targetActualTitle(assessments)}
        subtitle="Stated targets for 2020 and actual annual trade turnover (exports + imports), US$ million"
        summary={attainmentSummary(assessments, options.context)}
        wide={<TargetActualChart id="target-vs-actual-wide" bars={bars} width={920} height={70 + bars.length * 64} />}
        narrow={<TargetActualChart id="target-vs-actual-narrow" bars={bars} width={360} height={70 + bars.length * 72} />}
        footer={
          <>
            <SourceNote credits={credits(bars)} />
            <DownloadLink file={chartCsvName('target-vs-actual', options)}>Download data (CSV)</DownloadLink>
          </>
        }
      />

      <ChartCard
        id="trajectory"
        title="The path trade would have needed, and the path it took"
        subtitle={`Annual trade turnover ${trajectory.firstYear}–${trajectory.lastYear}, US$ million; dashed lines grow at a constant rate from the ${assessments[0]?.actual.year} figure to each target. Missing years are left as gaps.`}
        summary={trajectorySummary(trajectory, assessments, options.context)}
        wide={<TrajectoryChart id="trajectory-wide" model={trajectory} width={920} height={460} />}
        narrow={<TrajectoryChart id="trajectory-narrow" model={trajectory} width={360} height={400} />}
        footer={
          <>
            <SourceNote credits={credits(trajectory.figures.map((f) => ({ publisher: f.publisher, sourceId: f.source_id })))} note="Required paths are derived, not reported" />
            <DownloadLink file={chartCsvName('trajectory', options)}>Download data (CSV)</DownloadLink>
          </>
        }
      />

      <ChartCard
        id="attainment"
        title="How much of each target was reached"
        subtitle="Actual trade as a share of each target; the grey bands mark thirds of the target"
        summary={attainmentSummary(assessments, options.context)}
        wide={<AttainmentBullets assessments={assessments} withContext={options.context} />}
        footer={
          <>
            <SourceNote credits={credits(assessments.map((a) => ({ publisher: a.actual.publisher, sourceId: a.actual.source_id })))} />
            <DownloadLink file={chartCsvName('attainment', options)}>Download data (CSV)</DownloadLink>
          </>
        }
      />

      <section className="section" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline from the article</h2>
        <EventTimeline events={dataset.events} source={source} />
      </section>

      <section className="section" aria-labelledby="sources-title">
        <h2 id="sources-title">Data and sources</h2>
        <p>
          Every figure with its source and the exact words that support it. Where two publishers give different
          figures for one year, both are kept: trade statistics often disagree.
        </p>
        <SourcesTable dataset={dataset} source={source} />
        <h3>Downloads</h3>
        <ul className="downloads">
          {downloadNames.filter((name) => !name.startsWith('chart-')).map((name) => (
            <li key={name}><DownloadLink file={name}>{name}</DownloadLink></li>
          ))}
        </ul>
      </section>

      <footer className="page-footer">
        {article ? (
          <p>
            Based on <a href={article.url} rel="noopener noreferrer">“{article.title}”</a> by {article.author}, {article.publisher}, {article.published}.
            All values are total bilateral trade turnover in current US dollars.
          </p>
        ) : null}
      </footer>
    </main>
  );
}
