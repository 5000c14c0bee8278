import { PPTX_FONT, type PptxDocument, type PptxRun, type PptxSlide } from './document';
import { withoutEmptyPoints } from './empty-points';
import { addChart, INNER, MARGIN, type Pptx } from './write-chart';

/*
 * A PptxDocument written as a .pptx with pptxgenjs: 16:9 slides in Arial, each
 * chart a native chart with its data sheet, the source line's reports linked,
 * the notes in PowerPoint's notes. pptxgenjs is imported here, on the call, so
 * that no page carries it until a PowerPoint file is asked for.
 */

const TEXT = '1F1F1F';
const MUTED = '595959';

const runsOf = (runs: readonly PptxRun[]) =>
  runs.map((run) => ({ text: run.text, options: run.url ? { hyperlink: { url: run.url } } : {} }));

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
