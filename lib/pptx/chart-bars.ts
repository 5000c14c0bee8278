import { attainmentRows } from '../charts/attainment/model';
import { CHART_LIGHT } from '../charts/palette';
import { targetActualBars, type TargetActualBar } from '../charts/target-actual/model';
import { barsLabel } from '../charts/target-actual/words';
import type { View } from '../charts/view';
import type { Dataset } from '../dataset/build';
import { formatPercent } from '../format';
import { MILLION, MONEY_AXIS_FORMAT, MONEY_LABEL_FORMAT, type PptxChart, type PptxSeries } from './document';

/*
 * The two bar charts as native PowerPoint charts, from the same models the page
 * draws: targets versus actual trade, and how much of each target was reached.
 */

const hex = (color: string) => color.replace('#', '').toUpperCase();

/** A category's name as the page's axis gives it: the bar's label and what it is. */
export const barCategory = (bar: Pick<TargetActualBar, 'label' | 'sublabel'>) => `${bar.label} (${bar.sublabel})`;

/**
 * One series per kind of bar, so that each keeps its own look: the targets as
 * outlines (the page hatches them), the article's actual figure filled in its
 * blue, a context figure in orange. Overlaid, each category holds one bar.
 */
export function targetActualPptx(dataset: Dataset, view: View): PptxChart {
  const bars = targetActualBars(dataset, view);
  const valuesOf = (test: (bar: TargetActualBar) => boolean) =>
    bars.map((bar) => (test(bar) ? bar.value / MILLION : null));
  const series: PptxSeries[] = [
    { name: 'Targets', values: valuesOf((b) => b.kind === 'target'), color: 'FFFFFF', hollow: true, labels: true },
    {
      name: 'Actual trade, as the article reports it',
      values: valuesOf((b) => b.kind === 'actual' && b.basis === 'article'),
      color: hex(CHART_LIGHT.article),
      labels: true,
    },
  ];
  if (bars.some((b) => b.kind === 'actual' && b.basis === 'context')) {
    series.push({
      name: 'Actual trade, other reports (context)',
      values: valuesOf((b) => b.kind === 'actual' && b.basis === 'context'),
      color: hex(CHART_LIGHT.context),
      labels: true,
    });
  }
  return {
    chartId: 'target-vs-actual',
    type: 'bar',
    horizontal: true,
    overlaid: true,
    categories: bars.map(barCategory),
    series,
    valueAxisTitle: 'US$ million',
    axisFormat: MONEY_AXIS_FORMAT,
    labelFormat: MONEY_LABEL_FORMAT,
    altText: barsLabel(bars),
  };
}

/** Each target's share reached: by the article's figure, and in the context view by the target year's. */
export function attainmentPptx(dataset: Dataset, view: View): PptxChart {
  const rows = attainmentRows(dataset, view);
  const [first] = rows;
  const series: PptxSeries[] = [
    {
      name: `In ${first?.actualYear ?? ''}, by the article’s figure`,
      values: rows.map((r) => r.attainment),
      color: hex(CHART_LIGHT.article),
      labels: true,
    },
  ];
  if (rows.some((r) => r.outcome)) {
    series.push({
      name: `In ${rows.find((r) => r.outcome)?.outcome?.year ?? ''}, by a context figure`,
      values: rows.map((r) => r.outcome?.attainment ?? null),
      color: hex(CHART_LIGHT.context),
      labels: true,
    });
  }
  const said = rows.map(
    (r) =>
      `${r.label}: ${formatPercent(r.attainment)} in ${r.actualYear}${r.outcome ? `, ${formatPercent(r.outcome.attainment)} in ${r.outcome.year}` : ''}`,
  );
  return {
    chartId: 'attainment',
    type: 'bar',
    horizontal: true,
    categories: rows.map((r) => r.label),
    series,
    valueAxisTitle: 'Share of the target',
    axisFormat: '0%',
    labelFormat: '0.0%',
    valueMax: 1,
    // Gridlines at each third, where the page draws its grey bands.
    majorUnit: 1 / 3,
    altText: `Bar chart of the share of each target reached. ${said.join('; ')}.`,
  };
}
