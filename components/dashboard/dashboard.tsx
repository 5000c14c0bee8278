import type { View } from '@/lib/charts/view';
import type { Dataset } from '@/lib/dataset/build';
import { assessTargets } from '@/lib/dataset/derive';
import { sourceLookup } from '@/lib/dataset/sources';
import { storyDek } from '@/lib/dataset/story';
import { SiteHeader } from '../site/site-header';
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
    'Showing the figures stated in the article. Switch on context figures to chart other publishers’ annual totals too (all are listed under Data and sources).',
  context:
    'Showing context figures: annual totals from other publishers, not stated in the article, each with its own source.',
};

/** The dashboard in one view: each view is a page of its own (app/page.tsx, app/context/page.tsx). */
export function Dashboard({ dataset, view }: { dataset: Dataset; view: View }) {
  const assessments = assessTargets(dataset);
  const source = sourceLookup(dataset);
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
        <HeadlineFigures assessments={assessments} view={view} />
        <DashboardCharts dataset={dataset} view={view} />
        <YourDataSection />
        <section className="section" aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline from the article</h2>
          <EventTimeline events={dataset.events} source={source} />
        </section>
        <DataAndSources dataset={dataset} source={source} />
        <PageFooter dataset={dataset} />
        <ReservedSpaceKeeper />
      </main>
    </div>
  );
}
