import type { ReactNode } from 'react';

type Props = {
  id: string;
  title: string;
  subtitle: string;
  summary: string;
  /** The chart drawn for wide screens and for narrow ones; CSS shows one. */
  wide: ReactNode;
  narrow?: ReactNode;
  footer: ReactNode;
};

/**
 * A chart as a figure: a title that states the point, the chart, a text summary
 * that says the same in words, then sources and downloads.
 */
export function ChartCard({ id, title, subtitle, summary, wide, narrow, footer }: Props) {
  const summaryId = `${id}-summary`;
  return (
    <figure className="chart-card" id={id} aria-labelledby={`${id}-title`} aria-describedby={summaryId}>
      <h2 id={`${id}-title`} className="chart-title">{title}</h2>
      <p className="chart-subtitle">{subtitle}</p>
      <div className={narrow ? 'chart-body chart-wide' : 'chart-body'}>{wide}</div>
      {narrow ? <div className="chart-body chart-narrow">{narrow}</div> : null}
      <figcaption className="chart-summary" id={summaryId}>{summary}</figcaption>
      <div className="chart-footer">{footer}</div>
    </figure>
  );
}
