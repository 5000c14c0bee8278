import { showsContext, type View } from '@/lib/charts/view';
import { afterTargetYear } from '@/lib/dataset/after-target';
import { figureCorroborationText, targetCorroborationText } from '@/lib/dataset/corroboration-words';
import type { Dataset } from '@/lib/dataset/build';
import { assessTargets } from '@/lib/dataset/derive';
import { sourceLookup } from '@/lib/dataset/sources';
import { storyDek } from '@/lib/dataset/story';
import { SiteHeader } from '../site/site-header';
import { AfterTargetYearSection } from './after-target-year';
import { ContextSwitch } from './context-switch';
import { DashboardCharts } from './dashboard-charts';
import { DataAndSources } from './data-and-sources';
import { EventTimeline } from './event-timeline';
import { HeadlineFigures } from './headline-figures';
import { PageFooter } from './page-footer';
import { ReservedSpaceKeeper } from '../upload/reserved-space-keeper';
import { YourDataSection } from './your-data-section';

const HINTS: Record<View, string> = {
  article:
    'Showing the figures stated in the article. Switch on context figures for the full record: every annual total other reports give, each producer a series of its own.',
  context:
    'Showing context figures: every annual total other reports give, 2011 to the latest, each producer as a series of its own and each figure with its own source.',
};

/** The dashboard in one view: each view is a page of its own (app/page.tsx, app/context/page.tsx). */
export function Dashboard({ dataset, view }: { dataset: Dataset; view: View }) {
  const assessments = assessTargets(dataset);
  const source = sourceLookup(dataset);
  const withContext = showsContext(view);
  const events = dataset.events.filter((e) => e.basis === 'article' || withContext);
  const after = withContext ? afterTargetYear(dataset) : null;
  const corroboration = Object.fromEntries([
    ...assessments.map((a) => [a.target.target_id, targetCorroborationText(a.target, dataset)]),
    ...assessments.slice(0, 1).map((a) => ['actual', figureCorroborationText(a.actual, dataset)]),
  ]);
  return (
    <div className="page">
      {/* Site controls before <main>, so "Skip to content" passes them and lands on the story. */}
      <SiteHeader view={view} />
      <main id="main" tabIndex={-1}>
        <header className="page-header">
          <h1>Targets versus actual trade</h1>
          <p className="dek">{storyDek(assessments)}</p>
        </header>
        <ContextSwitch view={view} />
        <p className="context-hint">{HINTS[view]}</p>
        <HeadlineFigures assessments={assessments} view={view} corroboration={corroboration} />
        <DashboardCharts dataset={dataset} view={view} />
        {after ? <AfterTargetYearSection story={after} source={source} /> : null}
        <YourDataSection />
        <section className="section" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{withContext ? 'Timeline' : 'Timeline from the article'}</h2>
          <EventTimeline events={events} source={source} showBasis={withContext} />
        </section>
        <DataAndSources dataset={dataset} view={view} source={source} />
        <PageFooter dataset={dataset} />
        <ReservedSpaceKeeper />
      </main>
    </div>
  );
}
