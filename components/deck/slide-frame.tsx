import type { ReactNode } from 'react';
import { slideImageName } from '@/lib/charts/files';
import { chartRegistry } from '@/lib/charts/registry';
import type { View } from '@/lib/charts/view';
import type { SlideSpec } from '@/lib/deck/slides';
import { ChartExportButtons } from '../charts/chart-export-buttons';
import { UserDataCredit } from '../charts/user-data-credit';
import { EmbedButton } from '../embed/embed-button';

type Props = {
  index: number;
  count: number;
  spec: SlideSpec;
  source: string;
  /** A chart slide's chart title in each view, for its embed code (lib/embed/titles.ts). */
  embedTitles?: Record<View, string>;
  children: ReactNode;
};

/** One 16:9 slide: its title, a chart slide's keyed subtitle, the body, and a footer with the source, exports and embed code. */
export function SlideFrame({ index, count, spec, source, embedTitles, children }: Props) {
  const chart = spec.chart;
  const chartSpec = chart ? chartRegistry[chart.id] : undefined;
  return (
    <section
      className={`slide slide-kind-${spec.kind}`}
      data-index={index}
      aria-roledescription="slide"
      aria-label={`${index} of ${count}: ${spec.title}`}
      data-export-scope
    >
      <h2 className="slide-title">{spec.title}</h2>
      {chart ? <p className="slide-subtitle">{chart.words.keyedSubtitle}</p> : null}
      <div className="slide-body">{children}</div>
      <footer className="slide-footer">
        <span className="slide-source">
          {source}
          {chartSpec?.drawsUserData ? <UserDataCredit /> : null}
        </span>
        {chart && chartSpec ? (
          // Named after the slide: the dashboard exports other images of the same charts.
          <ChartExportButtons
            fileBase={slideImageName(index, chart.id, chart.view)}
            meta={{ title: spec.title, subtitle: chart.words.keyedSubtitle, source, unit: chartSpec.unit }}
            drawsUserData={chartSpec.drawsUserData}
            keysUserShapes={chartSpec.keysUserShapes}
          />
        ) : null}
        {chart && embedTitles ? <EmbedButton chart={chart.id} view={chart.view} titles={embedTitles} /> : null}
      </footer>
    </section>
  );
}
