/*
 * A PowerPoint deck as plain data: slides with their words, links, notes and
 * native charts (series of numbers with their styles). The server writes it from
 * data/ (lib/pptx/deck.ts), the browser adds the reader's own series to it and
 * lib/pptx/write.ts turns it into a .pptx with pptxgenjs, loaded only when asked.
 */

/** A run of text, linked where it names a report. */
export type PptxRun = { text: string; url?: string };

/** PowerPoint's built-in marker shapes, as the OOXML names them. */
export type PptxMarker = 'circle' | 'square' | 'triangle' | 'diamond' | 'x' | 'star' | 'plus' | 'dash' | 'none';

export type PptxSeries = {
  name: string;
  /** One value per category, in the chart's unit; null where there is none (a gap, never a zero). */
  values: (number | null)[];
  /** RRGGBB. */
  color: string;
  /**
   * Hollow: a bar drawn as an outline (a target, not a measurement), or a marker
   * drawn as one (a derived figure, an estimate).
   */
  hollow?: boolean;
  /** Line charts: the marker and its size. */
  marker?: PptxMarker;
  markerSize?: number;
  /** Line charts: 0 for points only. */
  lineWidth?: number;
  lineDash?: 'solid' | 'dash' | 'sysDot' | 'lgDash';
  /** Its values written beside its points or bars. */
  labels?: boolean;
};

export type PptxChart = {
  /** The chart of the registry it draws: the reader's data is added to those that draw it. */
  chartId: 'target-vs-actual' | 'trajectory' | 'attainment';
  type: 'bar' | 'line';
  /** Bars: horizontal, as on the page. */
  horizontal?: boolean;
  /**
   * Bars: one bar per category, whichever series holds its value: the series drawn
   * over each other rather than side by side (not stacked, so labels can sit outside the bar's end).
   */
  overlaid?: boolean;
  categories: string[];
  series: PptxSeries[];
  valueAxisTitle: string;
  /** Excel number formats: of the value axis, and of the data labels. */
  axisFormat: string;
  labelFormat: string;
  valueMax?: number;
  /** The step between the value axis' gridlines. */
  majorUnit?: number;
  /** What a screen reader hears: the chart's accessible name on the page. */
  altText: string;
};

export type PptxSlide = {
  title: string;
  /** Under the title: the chart's keyed subtitle, or the story's dek. */
  subtitle?: string;
  chart?: PptxChart;
  /** What PowerPoint cannot draw natively, said in words (events, bands, hatching), and the story's lines. */
  lines?: string[];
  /** A table of a few rows (the years after the target year). */
  table?: string[][];
  /** A sentence under the table, in large type. */
  lead?: string;
  /** Large figures with their captions (the growth each target required). */
  figures?: { value: string; caption: string }[];
  /** A list of reports, each a line of runs (the Sources slides). */
  list?: PptxRun[][];
  /** The source line, its reports linked. */
  source: PptxRun[];
  notes: string;
};

export type PptxDocument = { title: string; slides: PptxSlide[] };

/** Fonts every office suite has: the file must look the same in PowerPoint, Keynote, Google Slides and LibreOffice. */
export const PPTX_FONT = 'Arial';

/** Values on the charts are in millions of US dollars, as the page's axes. */
export const MILLION = 1e6;

/** "US$84 m", "US$42.74 m", "US$1 bn" from a value in millions: the page's format as an Excel number format. */
export const MONEY_LABEL_FORMAT = '[>=1000]"US$"#,##0," bn";"US$"General" m"';
export const MONEY_AXIS_FORMAT = '#,##0';

/** The Content-Type of a .pptx file. */
export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
