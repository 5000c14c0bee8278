import type PptxGenJS from 'pptxgenjs';
import { PPTX_FONT, type PptxChart, type PptxDocument, type PptxRun, type PptxSlide } from './document';
import { withoutEmptyPoints } from './empty-points';

/*
 * A PptxDocument written as a .pptx with pptxgenjs: 16:9 slides in Arial, each
 * chart a native chart with its data sheet, the source line's reports linked,
 * the notes in PowerPoint's notes. pptxgenjs is imported here, on the call, so
 * that no page carries it until a PowerPoint file is asked for.
 */

type Pptx = InstanceType<typeof PptxGenJS>;
type Slide = ReturnType<Pptx['addSlide']>;

const TEXT = '1F1F1F';
const MUTED = '595959';
/** LAYOUT_WIDE: 13.333 × 7.5 inches. */
const WIDTH = 13.333;
const MARGIN = 0.5;
const INNER = WIDTH - 2 * MARGIN;

/** A colour mixed two parts in three with white: the fill of a hollow marker. */
function tint(color: string): string {
  return [0, 2, 4]
    .map((i) => Math.round(parseInt(color.slice(i, i + 2), 16) / 3 + (255 * 2) / 3))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

const runsOf = (runs: readonly PptxRun[]) =>
  runs.map((run) => ({ text: run.text, options: run.url ? { hyperlink: { url: run.url } } : {} }));

/** The most series a legend below the chart holds before it moves beside it. */
const LEGEND_BELOW_MAX = 6;

function addChart(pptx: Pptx, slide: Slide, chart: PptxChart, y: number, h: number) {
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

function addSlide(pptx: Pptx, spec: PptxSlide) {
  const slide = pptx.addSlide();
  const font = { fontFace: PPTX_FONT, color: TEXT, margin: 0 };
  slide.addText(spec.title, { ...font, x: MARGIN, y: 0.35, w: INNER, h: 0.8, fontSize: 26, bold: true, valign: 'top' });
  let y = 1.15;
  if (spec.subtitle) {
    slide.addText(spec.subtitle, {
      ...font,
      color: MUTED,
      x: MARGIN,
      y,
      w: INNER,
      h: 0.6,
      fontSize: 13,
      valign: 'top',
    });
    y += 0.65;
  }
  const lines = spec.lines ?? [];
  const bottom = 6.85 - (lines.length > 0 ? 0.32 * lines.length + 0.1 : 0);
  if (spec.chart) addChart(pptx, slide, spec.chart, y, bottom - y);
  if (spec.figures) {
    const w = INNER / spec.figures.length;
    spec.figures.forEach((figure, i) => {
      slide.addText(
        [
          { text: figure.value, options: { fontSize: 44, bold: true, color: '0072B2', breakLine: true } },
          { text: figure.caption, options: { fontSize: 18 } },
        ],
        { ...font, x: MARGIN + i * w, y: y + 0.6, w: w - 0.3, h: 3, valign: 'top' },
      );
    });
  }
  if (spec.table && spec.table.length > 0) {
    const rowHeight = 0.55;
    slide.addTable(
      spec.table.map((row) => row.map((cell, i) => ({ text: cell, options: { bold: i < 2 } }))),
      {
        ...font,
        x: MARGIN,
        y: y + 0.3,
        w: INNER,
        colW: [1.3, 2.8, INNER - 4.1],
        rowH: rowHeight,
        fontSize: 22,
        border: { type: 'none' },
      },
    );
    if (spec.lead) {
      const below = y + 0.3 + spec.table.length * rowHeight + 0.3;
      slide.addText(spec.lead, { ...font, x: MARGIN, y: below, w: INNER, h: 1, fontSize: 18, valign: 'top' });
    }
  }
  if (spec.list) {
    slide.addText(
      spec.list.flatMap((runs) => [
        ...runsOf(runs).map((r) => ({ ...r, options: { ...r.options } })),
        { text: '', options: { breakLine: true } },
      ]),
      { ...font, x: MARGIN, y, w: INNER, h: 6.85 - y, fontSize: 10, valign: 'top', paraSpaceAfter: 4 },
    );
  }
  if (lines.length > 0) {
    slide.addText(lines.join('\n'), {
      ...font,
      color: MUTED,
      x: MARGIN,
      y: bottom + 0.05,
      w: INNER,
      h: 6.85 - bottom,
      fontSize: 11,
      valign: 'top',
    });
  }
  if (spec.source.length > 0) {
    slide.addText(runsOf(spec.source), {
      ...font,
      color: MUTED,
      x: MARGIN,
      y: 6.9,
      w: INNER,
      h: 0.5,
      fontSize: 9,
      valign: 'top',
    });
  }
  slide.addNotes(spec.notes);
}

/** The .pptx file's bytes. */
export async function writePptx(document: PptxDocument): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = document.title;
  pptx.theme = { headFontFace: PPTX_FONT, bodyFontFace: PPTX_FONT };
  for (const slide of document.slides) addSlide(pptx, slide);
  const written = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return withoutEmptyPoints(written);
}
