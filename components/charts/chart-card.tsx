import type { ReactNode } from 'react';
import type { ExportMeta } from '@/lib/charts/export-svg';
import { ChartExportButtons } from './chart-export-buttons';

type Props = {
  id: string;
  /** Which chart this is, the same in every view (the id differs per view). */
  chart: string;
  title: string;
  subtitle: string;
  summary: string;
  /** The chart drawn for wide screens and for narrow ones; CSS shows one. */
  wide: ReactNode;
  narrow?: ReactNode;
  /** A key to the chart, in HTML, shared by both drawings. */
  legend?: ReactNode;
  footer: ReactNode;
  /** File name without extension and the text that goes into PNG/SVG exports. */
  exportAs: { fileBase: string; meta: ExportMeta; drawsUserData: boolean; keysUserShapes: boolean };
};

/**
 * A chart as a figure: a title that states the point, the chart, a text summary
 * that says the same in words, then sources and downloads.
 */
export function ChartCard({ id, chart, title, subtitle, summary, wide, narrow, legend, footer, exportAs }: Props) {
  const summaryId = `${id}-summary`;
  return (
    <figure
      className="chart-card"
      id={id}
      data-chart={chart}
      data-export-scope
      aria-labelledby={`${id}-title`}
      aria-describedby={summaryId}
    >
      <h2 id={`${id}-title`} className="chart-title">
        {title}
      </h2>
      <p className="chart-subtitle">{subtitle}</p>
      <div className={narrow ? 'chart-body chart-wide' : 'chart-body'}>{wide}</div>
      {narrow ? <div className="chart-body chart-narrow">{narrow}</div> : null}
      {legend}
      <figcaption className="chart-summary" id={summaryId}>
        {summary}
      </figcaption>
      <div className="chart-footer">
        {footer}
        <ChartExportButtons {...exportAs} />
      </div>
    </figure>
  );
}
