import { chartCsvName, chartXlsxName } from '@/lib/charts/files';
import { chartRegistry, type ChartId } from '@/lib/charts/registry';
import type { View } from '@/lib/charts/view';
import type { Dataset } from '@/lib/dataset/build';
import { DECK_TITLE } from '@/lib/deck/slides';
import { withBasePath } from '@/lib/site/base-path';
import { viewPath } from '@/lib/site/routes';
import { ChartDataLinks } from '../charts/chart-data-links';
import { SourceNote } from '../charts/source-note';
import { embedChartParts } from './embed-chart-parts';
import { EmbedFrame } from './embed-frame';

type Props = { dataset: Dataset; chart: ChartId; view: View };

/**
 * One chart for another site's article, its provenance carried along: the title
 * that states the point, the chart, its summary, the source line with links, its
 * table and the full dashboard. Links open in the window around the frame, never
 * inside it; the downloads are the published tables only.
 */
export function EmbedFigure({ dataset, chart, view }: Props) {
  const spec = chartRegistry[chart];
  const { words, drawings, legend } = embedChartParts(chart, dataset, view);
  return (
    <EmbedFrame chart={chart} label={`A chart from ${DECK_TITLE}`}>
      <figure
        className="chart-card embed-figure"
        data-chart={chart}
        aria-labelledby="embed-title"
        aria-describedby="embed-summary"
      >
        <h1 id="embed-title" className="chart-title">
          {words.title}
        </h1>
        <p className="chart-subtitle">{words.subtitle}</p>
        {drawings}
        {legend}
        <figcaption className="chart-summary" id="embed-summary">
          {words.summary}
        </figcaption>
        <div className="chart-footer">
          <SourceNote credits={words.credits} note={words.sourceNote} linkTarget="_top" />
          <ChartDataLinks
            chart={chart}
            csvFile={chartCsvName(chart, view)}
            xlsxFile={chartXlsxName(chart, view)}
            drawsUserData={false}
            context={`of the ${spec.name}`}
          />
          <a className="embed-dashboard-link" href={`${withBasePath(viewPath(view))}#${chart}`} target="_top">
            Full dashboard<span aria-hidden="true"> ↗</span>
          </a>
        </div>
      </figure>
    </EmbedFrame>
  );
}
