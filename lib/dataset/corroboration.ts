import type { Dataset } from './build';
import { producerSeries, relativeDifference, type ProducerFigure } from './producer-series';
import type { Target, TradeFigure } from './schema';

/*
 * Does any other report in data/ support the article's figures? A target is
 * supported by another report of the same goal (the same amount for the same
 * year); a trade total by another report of the same total for the same year,
 * equal once both are rounded as coarsely as the rounder of the two (US$34 m
 * supports US$34.05 m; US$83.22 m does not support US$84 m).
 */

/** Zeros a whole amount ends in, as a power of ten: 76000000 → 1000000. */
function roundingUnit(value: number): number {
  let unit = 1;
  while (value !== 0 && value % (unit * 10) === 0) unit *= 10;
  return unit;
}

/** Equal at the precision of the rounder of the two amounts. */
export function sameAmount(a: number, b: number): boolean {
  const unit = Math.max(roundingUnit(a), roundingUnit(b));
  return Math.round(a / unit) === Math.round(b / unit);
}

/** Context targets that state one goal: the same amount for the same year. */
export type GoalGroup = { value_usd: number; target_year: number; targets: Target[] };

export type TargetCorroboration = {
  target: Target;
  /** Other reports of the same goal. */
  supporting: Target[];
  /** Other goals that reports from the year the target was set name, where it has no support. */
  sameYear: (GoalGroup & { /** The goal the target says it replaced, still stated. */ superseded: boolean })[];
};

export type FigureCorroboration = {
  figure: TradeFigure;
  supporting: TradeFigure[];
  /** Other producers' figures for the year, each with how far the article's figure is from it. */
  differing: { figure: ProducerFigure; difference: number }[];
};

function goalGroups(targets: readonly Target[]): GoalGroup[] {
  const groups = new Map<string, GoalGroup>();
  for (const target of targets) {
    const key = `${target.target_year}:${target.value_usd}`;
    const group = groups.get(key) ?? { value_usd: target.value_usd, target_year: target.target_year, targets: [] };
    group.targets.push(target);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const isGoal = (target: Target, goal: { value_usd: number; target_year: number }) =>
  target.value_usd === goal.value_usd && target.target_year === goal.target_year;

export function corroborateTarget(target: Target, dataset: Dataset): TargetCorroboration {
  const others = dataset.targets.filter((t) => t.basis === 'context' && t.source_id !== target.source_id);
  const supporting = others.filter((t) => isGoal(t, target));
  const superseded = dataset.targets.find((t) => t.target_id === target.supersedes);
  const sameYear =
    supporting.length > 0
      ? []
      : goalGroups(others.filter((t) => t.set_in === target.set_in)).map((group) => ({
          ...group,
          superseded: superseded !== undefined && isGoal(superseded, group),
        }));
  return { target, supporting, sameYear };
}

export function corroborateFigure(figure: TradeFigure, dataset: Dataset): FigureCorroboration {
  // The figure itself is the row with its key (year, producer, source_id), wherever the dataset was read.
  const isItself = (f: TradeFigure) => f.producer === figure.producer && f.source_id === figure.source_id;
  const sameYear = dataset.trade.filter((f) => f.year === figure.year && !isItself(f));
  const supporting = sameYear.filter(
    (f) => f.source_id !== figure.source_id && sameAmount(f.value_usd, figure.value_usd),
  );
  const differing = producerSeries(sameYear.filter((f) => !supporting.includes(f)))
    .flatMap((series) => series.figures)
    .map((other) => ({ figure: other, difference: relativeDifference(figure.value_usd, other.value_usd) }));
  return { figure, supporting, differing };
}
