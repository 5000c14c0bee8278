import type { ReactNode } from 'react';
import { chartCsvName, chartXlsxName, chartImageName } from '@/lib/charts/files';
import { chartRegistry, type ChartId } from '@/lib/charts/registry';
import type { ChartWords } from '@/lib/charts/spec';
import { sourceLine } from '@/lib/dataset/sources';
import type { View } from '@/lib/charts/view';
import { reserveSlot, type ReservedSlot } from '@/lib/site/reserved-space';
import { PptxDownloadButton } from '../site/pptx-download-button';
import { EmbedButton } from '../embed/embed-button';
import { ChartDataLinks } from './chart-data-links';
import { ChartExportButtons } from './chart-export-buttons';
import { SourceNote } from './source-note';

type Props = {
  chart: ChartId;
  view: View;
  words: ChartWords;
  /** The chart drawn for wide screens and for narrow ones, each in its .chart-body; CSS shows one. */
  drawings: ReactNode;
  /** A key to the chart, in HTML, shared by both drawings. */
  legend?: ReactNode;
  /** Said after the summary once the reader's data is drawn (client side). */
  userSummary?: ReactNode;
  /** Parts that grow with the reader's data, whose space is kept for their return (lib/site/reserved-space.ts). */
  slots?: { summary?: ReservedSlot; footer?: ReservedSlot };
  /** The chart's title in each view, which names the frame of its embed code (lib/embed/titles.ts). */
  embedTitles: Record<View, string>;
};

/**
 * A chart as a figure: a title that states the point, the chart, a text summary
 * that says the same in words, then its sources, its table, its images and its
 * embed code. Every word and file name comes from the chart registry.
 */
export function ChartCard({ chart, view, words, drawings, legend, userSummary, slots = {}, embedTitles }: Props) {
  const spec = chartRegistry[chart];
  const id = chart;
  return (
    <figure
      className="chart-card"
      id={id}
      data-chart={chart}
      data-export-scope
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
    >
      <h2 id={`${id}-title`} className="chart-title">
        {words.title}
      </h2>
      <p className="chart-subtitle">{words.subtitle}</p>
      {drawings}
      {legend}
      <figcaption className="chart-summary" id={`${id}-summary`} {...(slots.summary ? reserveSlot(slots.summary) : {})}>
        {words.summary}
        {userSummary}
      </figcaption>
      <div className="chart-footer" {...(slots.footer ? reserveSlot(slots.footer) : {})}>
        <SourceNote credits={words.credits} note={words.sourceNote} drawsUserData={spec.drawsUserData} />
        <ChartDataLinks
          chart={chart}
          csvFile={chartCsvName(chart, view)}
          xlsxFile={chartXlsxName(chart, view)}
          drawsUserData={spec.drawsUserData}
          context={`of the ${spec.name}`}
        />
        <ChartExportButtons
          fileBase={chartImageName(chart, view)}
          meta={{
            title: words.title,
            subtitle: words.keyedSubtitle,
            source: sourceLine(words.credits),
            unit: spec.unit,
          }}
          drawsUserData={spec.drawsUserData}
          keysUserShapes={spec.keysUserShapes}
        />
        <PptxDownloadButton
          which={{ kind: 'chart', chart, view }}
          fileName={`${chartImageName(chart, view)}.pptx`}
          label="Download PowerPoint"
          title={`Download PowerPoint: ${words.title}`}
        />
        <EmbedButton chart={chart} view={view} titles={embedTitles} />
      </div>
    </figure>
  );
}
