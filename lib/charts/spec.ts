import type { Dataset } from '../dataset/build';
import type { Credit } from '../dataset/sources';
import type { View } from './view';

/** What a chart says, in every place it is shown: page, slide, exported image, screen reader. */
export type ChartWords = {
  /** States the point rather than naming the axes. */
  title: string;
  /** Under the title on the page, where a legend sits beside the chart. */
  subtitle: string;
  /** Where no legend travels with the chart (slides, exported images): the subtitle keys the marks too. */
  keyedSubtitle: string;
  /** The chart's point in words: under the chart, read by screen readers; the chart says nothing it does not. */
  summary: string;
  /** The drawing's accessible name: what it draws, with its values. */
  label: string;
  /** Whose figures it draws, for its source line. */
  credits: Credit[];
  /** Said after the sources: "Required paths are derived, not reported". */
  sourceNote?: string;
};

/**
 * One chart: the only place its id, words, unit, files and CSV are written. Its
 * state (`model`: data → series) is kept apart from its drawing, whose positions
 * come from the chart's own layout.ts, so that both are tested without a browser.
 */
export type ChartSpec<Id extends string, Model> = {
  id: Id;
  /** What a screen reader hears it called after a link's text: "Download data (CSV) of the trajectory chart". */
  name: string;
  /** The unit line under an exported image. */
  unit: string;
  /** The reader's own data is drawn in it when loaded (and so credited, and added to its CSV). */
  drawsUserData: boolean;
  /** It draws the reader's data as points, which an exported image must key in words. */
  keysUserShapes: boolean;
  model(dataset: Dataset, view: View): Model;
  words(model: Model, dataset: Dataset, view: View): ChartWords;
  /** The table behind the chart, as the chart shows it, each figure with its provenance. */
  csv(dataset: Dataset, view: View): string;
};
