import { CHART_LIGHT } from '../charts/palette';
import { userFiguresForBars } from '../charts/target-actual/model';
import { chartedPublishers, userDataCredit, userSeriesLabel } from '../charts/user-series';
import { isPartialYear } from '../upload/partial-year';
import type { UserDataset } from '../upload/user-data';
import { MILLION, type PptxChart, type PptxDocument, type PptxSeries, type PptxSlide } from './document';
import { markerOf } from './chart-trajectory';

/*
 * The reader's own figures added to a PowerPoint document in the browser, as on
 * the page: their own series in the charts that draw them (the trajectory, and
 * the bars for the target years), credited "not verified by us" in the source line.
 */

const USER = CHART_LIGHT.user.replace('#', '').toUpperCase();

/** Each charted publisher of the reader's: full years on a line, partial years hollow and apart. */
function trajectoryWithUser(chart: PptxChart, user: UserDataset): PptxChart {
  const publishers = chartedPublishers(user);
  const figures = user.figures.filter((f) => publishers.includes(f.publisher));
  const years = chart.categories.map(Number);
  const first = Math.min(...years, ...figures.map((f) => f.year - 1));
  const last = Math.max(...years, ...figures.map((f) => f.year));
  const categories = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  // The published series keep their values at their years, with empty cells for the years the reader's data adds.
  const widen = (values: (number | null)[]) => categories.map((year) => values[chart.categories.indexOf(year)] ?? null);
  const valuesOf = (chosen: typeof figures) => {
    const byYear = new Map(chosen.map((f) => [String(f.year), f.value_usd / MILLION]));
    return categories.map((year) => byYear.get(year) ?? null);
  };
  const several = publishers.length > 1;
  const series: PptxSeries[] = publishers.flatMap((publisher, shape) => {
    const own = figures.filter((f) => f.publisher === publisher);
    const name = `${userSeriesLabel(user.fileName, publisher, several)}, not verified by us`;
    const common = { color: USER, marker: markerOf(shape + 1), markerSize: 7 };
    const full = own.filter((f) => !isPartialYear(f));
    const partial = own.filter(isPartialYear);
    return [
      ...(full.length > 0
        ? [{ ...common, name, values: valuesOf(full), lineWidth: 1.5, lineDash: 'sysDot' as const }]
        : []),
      ...(partial.length > 0
        ? [{ ...common, name: `${name} (partial years)`, values: valuesOf(partial), lineWidth: 0, hollow: true }]
        : []),
    ];
  });
  return {
    ...chart,
    categories,
    series: [...chart.series.map((s) => ({ ...s, values: widen(s.values) })), ...series],
  };
}

/** A bar for each of the reader's figures in a target year, after the published bars. */
function barsWithUser(chart: PptxChart, user: UserDataset, targetYears: ReadonlySet<number>): PptxChart {
  const figures = userFiguresForBars(user, targetYears);
  if (figures.length === 0) return chart;
  const categories = [
    ...chart.categories,
    ...figures.map((f) => `Your data ${f.year} (${f.publisher}${isPartialYear(f) ? `, ${f.months} months` : ''})`),
  ];
  const pad = (values: (number | null)[]) => [...values, ...figures.map(() => null)];
  const own: PptxSeries = {
    name: userDataCredit(user.fileName),
    values: [...chart.categories.map(() => null), ...figures.map((f) => f.value_usd / MILLION)],
    color: USER,
    labels: true,
  };
  return { ...chart, categories, series: [...chart.series.map((s) => ({ ...s, values: pad(s.values) })), own] };
}

function slideWithUser(slide: PptxSlide, user: UserDataset, targetYears: ReadonlySet<number>): PptxSlide {
  const chart = slide.chart;
  if (!chart || chart.chartId === 'attainment') return slide;
  const drawn =
    chart.chartId === 'trajectory' ? trajectoryWithUser(chart, user) : barsWithUser(chart, user, targetYears);
  if (drawn === chart) return slide;
  return { ...slide, chart: drawn, source: [...slide.source, { text: `; ${userDataCredit(user.fileName)}` }] };
}

/** The document with the reader's data drawn where the page draws it; unchanged without any. */
export function withUserData(
  document: PptxDocument,
  user: UserDataset | null,
  targetYears: readonly number[],
): PptxDocument {
  if (!user || user.figures.length === 0) return document;
  const years = new Set(targetYears);
  return { ...document, slides: document.slides.map((slide) => slideWithUser(slide, user, years)) };
}
