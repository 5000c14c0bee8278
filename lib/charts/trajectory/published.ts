import type { Dataset } from '../../dataset/build';
import { outletOf } from '../../dataset/sources';
import {
  consecutiveRuns,
  isSoftKind,
  leadFigure,
  producerSeries,
  type ProducerFigure,
} from '../../dataset/producer-series';
import { describeDerivation, parseDerivation } from '../../dataset/derivation';
import { articleTargets } from '../../dataset/derive';
import type { FigureKind, Target, TradeFigure } from '../../dataset/schema';
import { formatUsd } from '../../format';
import { showsContext, type View } from '../view';

/*
 * The published figures as the trajectory draws them: one series per producer,
 * each with a style (colour and shape) of its own. A series' points are one data
 * key; the lines joining its consecutive years are others, solid between totals
 * someone published and dashed where a figure is derived or an estimate, so that
 * a line never runs between two producers or across a missing year.
 */

/** A published figure as drawn and as the tooltip tells it. */
export type PublishedPoint = {
  key: string;
  year: number;
  value: number;
  producer: string;
  kind: FigureKind;
  /** The source article's own figure: the story's point, drawn largest. */
  article: boolean;
  /** Its value is written beside it on the chart. */
  labelled: boolean;
  /** The outlets that report it. */
  reporters: string[];
  /** Values other reports of the same producer's figure give, where they differ. */
  otherValues: number[];
  /** How a derived figure was computed: "exports US$5.72 m + imports US$77.5 m". */
  derivation?: string;
};

export type PublishedSeries = {
  key: string;
  producer: string;
  /** Its colour and shape: 0 is the article's producer. */
  style: number;
  /** It holds the article's figure. */
  article: boolean;
  /** It holds a derived figure or an estimate (drawn hollow). */
  soft: boolean;
};

export type PublishedLine = { key: string; style: number; dashed: boolean };

export type Published = {
  series: PublishedSeries[];
  lines: PublishedLine[];
  points: PublishedPoint[];
  /** Each data key's value by year, for the chart's rows. */
  values: Map<string, Map<number, number>>;
};

export const ARTICLE_STYLE = 0;

function derivationOf(report: TradeFigure | undefined): { derivation?: string } {
  const terms = report?.derived_from ? parseDerivation(report.derived_from) : null;
  return terms ? { derivation: describeDerivation(terms, formatUsd) } : {};
}

/** Lines of one run of consecutive years, split where a segment changes from solid to dashed. */
function linesOf(run: readonly ProducerFigure[]): { dashed: boolean; figures: ProducerFigure[] }[] {
  const lines: { dashed: boolean; figures: ProducerFigure[] }[] = [];
  run.slice(1).forEach((figure, i) => {
    const previous = run[i] as ProducerFigure;
    const dashed = isSoftKind(previous.kind) || isSoftKind(figure.kind);
    const line = lines.at(-1);
    if (line && line.dashed === dashed) line.figures.push(figure);
    else lines.push({ dashed, figures: [previous, figure] });
  });
  return lines;
}

/**
 * The series of `trade`: the article's producer first (style 0), then the others,
 * those with more figures first, so that the longest series get the clearest
 * colours. `labelYears` are the years whose lead figure is labelled, besides the
 * article's own.
 */
export function publishedFigures(
  trade: readonly TradeFigure[],
  reporterOf: (figure: TradeFigure) => string,
  labelYears: readonly number[],
): Published {
  const all = producerSeries(trade);
  const ordered = [
    ...all.filter((s) => s.figures.some((f) => f.article)),
    ...all.filter((s) => !s.figures.some((f) => f.article)).sort((a, b) => b.figures.length - a.figures.length),
  ];
  const labelled = new Set(
    labelYears.flatMap((year) => leadFigure(all.flatMap((s) => s.figures.filter((f) => f.year === year))) ?? []),
  );
  const values = new Map<string, Map<number, number>>();
  const result: Published = { series: [], lines: [], points: [], values };
  // Style 0 is the article's colour: without the article's figure the styles start at 1.
  const offset = ordered[0]?.figures.some((f) => f.article) ? ARTICLE_STYLE : 1;
  ordered.forEach(({ producer, figures }, index) => {
    const article = figures.some((f) => f.article);
    const style = index + offset;
    const key = `figures:${style}`;
    result.series.push({ key, producer, style, article, soft: figures.some((f) => isSoftKind(f.kind)) });
    values.set(key, new Map(figures.map((f) => [f.year, f.value_usd])));
    for (const f of figures) {
      result.points.push({
        key,
        year: f.year,
        value: f.value_usd,
        producer,
        kind: f.kind,
        article: f.article,
        labelled: f.article || labelled.has(f),
        reporters: [...new Set(f.reports.map(reporterOf))],
        otherValues: [...new Set(f.reports.map((r) => r.value_usd).filter((v) => v !== f.value_usd))],
        ...derivationOf(f.reports[0]),
      });
    }
    for (const run of consecutiveRuns(figures)) {
      for (const line of linesOf(run)) {
        const lineKey = `line:${style}:${line.figures[0]?.year}`;
        result.lines.push({ key: lineKey, style, dashed: line.dashed });
        values.set(lineKey, new Map(line.figures.map((f) => [f.year, f.value_usd])));
      }
    }
  });
  return result;
}

/** The outlet of a figure's report, as a tooltip names it: "TASS", "Radio Free Asia". */
export function reporterLookup(dataset: Dataset): (figure: TradeFigure) => string {
  const outlets = new Map(dataset.sources.map((s) => [s.source_id, outletOf(s)]));
  return (figure) => outlets.get(figure.source_id) ?? figure.source_id;
}

/** The article's figures alone, or with every other report's in the context view. */
export function figuresInView(dataset: Dataset, view: View): TradeFigure[] {
  return dataset.trade.filter((f) => f.basis === 'article' || showsContext(view));
}

/** Targets that other reports state and the article's targets do not: drawn in the context view. */
export function otherGoals(dataset: Dataset, view: View) {
  if (!showsContext(view)) return [];
  const article = articleTargets(dataset);
  const goals = new Map<string, Target>();
  for (const t of dataset.targets.filter((t) => t.basis === 'context')) {
    const key = `goal:${t.target_year}:${t.value_usd}`;
    const stated = article.some((a) => a.target_year === t.target_year && a.value_usd === t.value_usd);
    if (!stated && !goals.has(key)) goals.set(key, t);
  }
  return [...goals].map(([key, target]) => ({ key, target }));
}
