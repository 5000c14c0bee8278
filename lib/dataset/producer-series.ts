import type { FigureKind, TradeFigure } from './schema';

/*
 * Each producer's figures as a series of its own: Russian customs, KOTRA and the
 * ITC count trade differently, so a line may join two years of one producer but
 * never a figure of one producer to a figure of another. Where several outlets
 * report one producer's figure for a year, one value is drawn and every report
 * is kept beside it.
 */

/** One producer's figure for one year: the report whose value is drawn, and every report of it. */
export type ProducerFigure = {
  year: number;
  producer: string;
  value_usd: number;
  kind: FigureKind;
  /** True where this is the source article's own figure. */
  article: boolean;
  /** The report drawn (first of `reports`), then the others, in file order. */
  reports: TradeFigure[];
};

export type ProducerSeries = {
  producer: string;
  /** The figures, one per year, oldest first; a year without one is a gap. */
  figures: ProducerFigure[];
};

/** Kinds from the firmest to the most cautious. */
const CAUTION: Record<FigureKind, number> = { reported: 0, derived: 1, statement: 2, estimate: 3 };

/** Figures that are not a total someone published as such: drawn hollow, joined by dashes. */
export const isSoftKind = (kind: FigureKind) => kind === 'derived' || kind === 'estimate';

/**
 * The figure a year is told by, where one must be chosen (the headline of a
 * target year, a sentence): the firmest kind, then the one most outlets report.
 */
export function leadFigure(figures: readonly ProducerFigure[]): ProducerFigure | undefined {
  return [...figures].sort((a, b) => CAUTION[a.kind] - CAUTION[b.kind] || b.reports.length - a.reports.length)[0];
}

/** Zeros a value ends in: 76000000 has 6, 75930000 has 4; fewer means more precise. */
function trailingZeros(value: number): number {
  let zeros = 0;
  for (let v = value; v !== 0 && v % 10 === 0; v /= 10) zeros += 1;
  return zeros;
}

/**
 * Which report of a producer's figure is drawn: the article's own; else the most
 * precise (US$75.93 m over a rounded US$76 m); else the most cautious kind, so an
 * estimate is never drawn as a reported total because one outlet repeated it
 * plainly; else the first in the file.
 */
function drawnFirst(a: TradeFigure, b: TradeFigure): number {
  return (
    Number(b.basis === 'article') - Number(a.basis === 'article') ||
    trailingZeros(a.value_usd) - trailingZeros(b.value_usd) ||
    CAUTION[b.kind] - CAUTION[a.kind]
  );
}

/** The series of each producer in `trade`, in the order their first figure appears in the file. */
export function producerSeries(trade: readonly TradeFigure[]): ProducerSeries[] {
  const byProducer = new Map<string, Map<number, TradeFigure[]>>();
  for (const figure of trade) {
    const years = byProducer.get(figure.producer) ?? new Map<number, TradeFigure[]>();
    byProducer.set(figure.producer, years);
    years.set(figure.year, [...(years.get(figure.year) ?? []), figure]);
  }
  return [...byProducer].map(([producer, years]) => ({
    producer,
    figures: [...years]
      .sort(([a], [b]) => a - b)
      .map(([year, reports]) => {
        // A stable sort: equal reports keep their file order.
        const ordered = [...reports].sort(drawnFirst);
        const drawn = ordered[0] as TradeFigure;
        return {
          year,
          producer,
          value_usd: drawn.value_usd,
          kind: drawn.kind,
          article: drawn.basis === 'article',
          reports: ordered,
        };
      }),
  }));
}

/** Runs of consecutive years within a series: each is one line, and a missing year ends it. */
export function consecutiveRuns<T extends { year: number }>(figures: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const figure of figures) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && figure.year === last.year + 1) run.push(figure);
    else runs.push([figure]);
  }
  return runs;
}

/** The difference of `value` from `reference`, as a share of the reference: 84 against 80.04 → 0.0495. */
export const relativeDifference = (value: number, reference: number) => (value - reference) / reference;

/** Another figure of the same year, and how far a figure is from it (as a share of it). */
export type YearComparison = { producer: string; value_usd: number; kind: FigureKind; difference: number };

/**
 * What a figure can be compared with in its year: each other producer's figure
 * as drawn, and any report of its own producer's figure that gives another value.
 */
export function otherFiguresOfYear(figure: TradeFigure, trade: readonly TradeFigure[]): YearComparison[] {
  const others = producerSeries(trade.filter((f) => f.year === figure.year)).flatMap((series) =>
    series.producer === figure.producer
      ? series.figures.flatMap((f) => f.reports).filter((r) => r.value_usd !== figure.value_usd)
      : series.figures.map((f) => f.reports[0] as TradeFigure),
  );
  const seen = new Set<string>();
  return others
    .filter((other) => {
      const key = `${other.producer}:${other.value_usd}`;
      return !seen.has(key) && seen.add(key);
    })
    .map((other) => ({
      producer: other.producer,
      value_usd: other.value_usd,
      kind: other.kind,
      difference: relativeDifference(figure.value_usd, other.value_usd),
    }));
}
