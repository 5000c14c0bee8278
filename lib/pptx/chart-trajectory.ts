import { CHART_LIGHT, paletteAt } from '../charts/palette';
import { trajectoryModel, type TrajectoryModel, type TrajectoryRow } from '../charts/trajectory/model';
import type { PublishedPoint } from '../charts/trajectory/published';
import { trajectoryLabel } from '../charts/trajectory/words';
import type { View } from '../charts/view';
import type { Dataset } from '../dataset/build';
import { isSoftKind } from '../dataset/producer-series';
import { formatPartialDate, formatPercent } from '../format';
import {
  MILLION,
  MONEY_AXIS_FORMAT,
  MONEY_LABEL_FORMAT,
  type PptxChart,
  type PptxMarker,
  type PptxSeries,
} from './document';

/*
 * The trajectory as a native PowerPoint line chart: one category per year, the
 * paths to each target, each producer's figures as series of their own (their
 * derived figures and estimates apart, dashed and hollow), the article's figure
 * labelled, the targets as labelled diamonds. A missing year is an empty cell,
 * drawn as a gap. The events and the target year, which a PowerPoint chart has no
 * mark for, are said in lines of text beside it.
 */

const hex = (color: string) => color.replace('#', '').toUpperCase();

/** PowerPoint's markers for the producers' styles (the page's circle, square, triangle, then shapes PowerPoint has). */
const MARKERS: readonly PptxMarker[] = ['circle', 'square', 'triangle', 'x', 'star', 'plus', 'square'];
export const markerOf = (style: number): PptxMarker => MARKERS[style % MARKERS.length] ?? 'circle';

const PATH_DASHES = ['dash', 'sysDot', 'lgDash'] as const;

function column(rows: readonly TrajectoryRow[], key: string): (number | null)[] {
  return rows.map((row) => {
    const value = row[key];
    return value === undefined ? null : value / MILLION;
  });
}

/** The values of some of a producer's points, at their years; null elsewhere. */
function pointsColumn(rows: readonly TrajectoryRow[], points: readonly PublishedPoint[]): (number | null)[] {
  const byYear = new Map(points.map((p) => [p.year, p.value / MILLION]));
  return rows.map((row) => byYear.get(row.year) ?? null);
}

function producerSeries(model: TrajectoryModel): PptxSeries[] {
  const published = model.series.filter((s) => s.role === 'article' || s.role === 'publisher');
  // The article's producer first, as in the legend on the page.
  published.sort((a, b) => (a.style ?? 0) - (b.style ?? 0));
  return published.flatMap((s): PptxSeries[] => {
    const points = model.points.filter((p) => p.key === s.key);
    const style = s.style ?? 0;
    const common = { color: hex(paletteAt(style).light), marker: markerOf(style), markerSize: 7, lineWidth: 1.5 };
    const article = points.filter((p) => p.article);
    // The article view: the article's one figure, large and labelled.
    if (points.length === 1 && article.length === 1)
      return [{ ...common, name: s.label, values: pointsColumn(model.rows, points), markerSize: 11, labels: true }];
    const firm = points.filter((p) => !isSoftKind(p.kind));
    const soft = points.filter((p) => isSoftKind(p.kind));
    const kinds = [...new Set(soft.map((p) => p.kind))].join(' or ');
    return [
      ...(firm.length > 0 ? [{ ...common, name: s.label, values: pointsColumn(model.rows, firm) }] : []),
      ...(soft.length > 0
        ? [
            {
              ...common,
              name: `${s.label}, ${kinds === 'derived' ? 'derived from exports and imports' : kinds}`,
              values: pointsColumn(model.rows, soft),
              hollow: true,
              lineDash: 'dash' as const,
            },
          ]
        : []),
      // The article's own figure once more over its producer's line, larger and labelled: the story's point.
      ...(article.length > 0
        ? [
            {
              ...common,
              name: 'The article’s figure',
              values: pointsColumn(model.rows, article),
              markerSize: 11,
              lineWidth: 0,
              labels: true,
            },
          ]
        : []),
    ];
  });
}

/** What the chart has no native mark for, in words: the target year, the events, the hollow marks. */
function unmarked(model: TrajectoryModel): string[] {
  const lines: string[] = [];
  if (model.targetYear !== null) lines.push(`The targets were set for ${model.targetYear}.`);
  if (model.points.some((p) => isSoftKind(p.kind)))
    lines.push('Hollow markers on dashed lines: figures derived from exports and imports, or estimates.');
  if (model.events.length > 0)
    lines.push(`Events: ${model.events.map((e) => `${formatPartialDate(e.date)}, ${e.title}`).join('; ')}.`);
  return lines;
}

export function trajectoryPptx(dataset: Dataset, view: View): { chart: PptxChart; lines: string[] } {
  const model = trajectoryModel(dataset, view);
  const paths = model.series
    .filter((s) => s.role === 'required-path')
    .map((s): PptxSeries => ({
      name: `${s.label}: +${formatPercent(s.growth ?? 0)} a year`,
      values: column(model.rows, s.key),
      color: hex(CHART_LIGHT.path),
      marker: 'none',
      lineWidth: 1.75,
      lineDash: PATH_DASHES[(s.targetIndex ?? 0) % PATH_DASHES.length],
    }));
  const targets = model.series
    .filter((s) => s.role === 'target' || s.role === 'goal')
    .map((s): PptxSeries => ({
      name: s.role === 'goal' ? `${s.label} (other reports)` : s.label,
      values: column(model.rows, s.key),
      color: hex(s.role === 'goal' ? CHART_LIGHT.muted : CHART_LIGHT.target),
      marker: 'diamond',
      markerSize: s.role === 'goal' ? 9 : 11,
      // The article's targets solid; the goals only other reports state, paler.
      hollow: s.role === 'goal',
      lineWidth: 0,
      labels: true,
    }));
  return {
    chart: {
      chartId: 'trajectory',
      type: 'line',
      categories: model.rows.map((row) => String(row.year)),
      series: [...paths, ...producerSeries(model), ...targets],
      valueAxisTitle: 'US$ million',
      axisFormat: MONEY_AXIS_FORMAT,
      labelFormat: MONEY_LABEL_FORMAT,
      altText: trajectoryLabel(model),
    },
    lines: unmarked(model),
  };
}
