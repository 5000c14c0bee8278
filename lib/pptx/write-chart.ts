import type PptxGenJS from 'pptxgenjs';
import { PPTX_FONT, type PptxChart } from './document';

/*
 * One chart of a slide as a native PowerPoint chart with its data sheet: bars, or
 * lines with a series per kind so each keeps its marker, dash and labels.
 */

export type Pptx = InstanceType<typeof PptxGenJS>;
export type Slide = ReturnType<Pptx['addSlide']>;

/** LAYOUT_WIDE: 13.333 × 7.5 inches. */
const WIDTH = 13.333;
export const MARGIN = 0.5;
export const INNER = WIDTH - 2 * MARGIN;

/** A colour mixed two parts in three with white: the fill of a hollow marker. */
function tint(color: string): string {
  return [0, 2, 4]
    .map((i) => Math.round(parseInt(color.slice(i, i + 2), 16) / 3 + (255 * 2) / 3))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** The most series a legend below the chart holds before it moves beside it. */
const LEGEND_BELOW_MAX = 6;

export function addChart(pptx: Pptx, slide: Slide, chart: PptxChart, y: number, h: number) {
  const common = {
    x: MARGIN,
    y,
    w: INNER,
    h,
    altText: chart.altText,
    showLegend: true,
    // Many series (the context trajectory has 15) make a legend below take half the chart's height: beside it, the plot keeps its height.
    legendPos: chart.series.length > LEGEND_BELOW_MAX ? ('r' as const) : ('b' as const),
    legendFontFace: PPTX_FONT,
    legendFontSize: 10,
    valAxisTitle: chart.valueAxisTitle,
    showValAxisTitle: true,
    valAxisTitleFontFace: PPTX_FONT,
    valAxisTitleFontSize: 11,
    valAxisLabelFormatCode: chart.axisFormat,
    valAxisLabelFontFace: PPTX_FONT,
    catAxisLabelFontFace: PPTX_FONT,
    valAxisLabelFontSize: 10,
    catAxisLabelFontSize: 10,
    valAxisMinVal: 0,
    ...(chart.valueMax !== undefined ? { valAxisMaxVal: chart.valueMax } : {}),
    ...(chart.majorUnit !== undefined ? { valAxisMajorUnit: chart.majorUnit } : {}),
    dataLabelFontFace: PPTX_FONT,
    dataLabelFontSize: 10,
    dataLabelFormatCode: chart.labelFormat,
    // A missing year is a gap, never a zero and never a line drawn across it.
    displayBlanksAs: 'gap',
  };
  const data = (values: (number | null)[], name: string) => ({
    name,
    labels: chart.categories,
    values: values as number[],
  });
  if (chart.type === 'bar') {
    slide.addChart(
      pptx.ChartType.bar,
      chart.series.map((s) => data(s.values, s.name)),
      {
        ...common,
        barDir: chart.horizontal ? 'bar' : 'col',
        barGrouping: 'clustered',
        ...(chart.overlaid ? { barOverlapPct: 100 } : {}),
        chartColors: chart.series.map((s) => s.color),
        // Every bar outlined, so a target drawn as an outline (white inside) reads as one.
        dataBorder: { pt: 1.25, color: '3D3D3D' },
        showValue: chart.series.some((s) => s.labels),
        // Labels where office suites put them on clustered bars, past the bar's end as on the page
        // (stacked, they sat inside: a short bar's label spilled over the axis, dark text on dark blue).
        // No dataLabelPosition: pptxgenjs 4.0.1 drops 'outEnd' for clustered bars.
        // Horizontal bars read top to bottom in the page's order (the types allow only minMax; PowerPoint takes both).
        catAxisOrientation: (chart.horizontal ? 'maxMin' : 'minMax') as 'minMax',
      },
    );
    return;
  }
  // A line chart: each series a chart of its own kind, so that each keeps its marker, dash and labels.
  const count = chart.series.length;
  // With several kinds, pptxgenjs takes the options second (its types still say data).
  const addCombo = slide.addChart.bind(slide) as unknown as (
    types: PptxGenJS.IChartMulti[],
    options: PptxGenJS.IChartOpts,
  ) => Slide;
  addCombo(
    chart.series.map((s, index) => {
      // pptxgenjs colours the line by this list's first entry and the marker by the series' place in the chart.
      // A hollow marker is filled with a pale tint of its colour, not white: LibreOffice draws no marker outline.
      const colors = Array.from({ length: count }, () => s.color);
      if (s.hollow && index > 0) colors[index] = tint(s.color);
      return {
        type: pptx.ChartType.line,
        data: [data(s.values, s.name)],
        options: {
          chartColors: colors,
          lineSize: s.lineWidth ?? 1.5,
          lineDash: s.lineDash ?? 'solid',
          lineDataSymbol: (s.marker ?? 'none') as 'circle',
          lineDataSymbolSize: s.markerSize ?? 7,
          lineDataSymbolLineColor: s.color,
          lineDataSymbolLineSize: s.hollow ? 1.75 : 0.75,
          showValue: s.labels ?? false,
          dataLabelPosition: 't' as const,
          dataLabelFormatCode: chart.labelFormat,
          dataLabelColor: s.color,
        },
      };
    }),
    common,
  );
}
