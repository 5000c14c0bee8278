import type { Dataset } from './build';
import { leadFigure, producerSeries } from './producer-series';
import type { Target, TradeFigure } from './schema';

/** The targets the source article states: the story's own (context targets are shown beside them, never in place). */
export const articleTargets = (dataset: Dataset) => dataset.targets.filter((t) => t.basis === 'article');

/** Share of a target reached: 84 m of 500 m → 0.168. */
export function attainment(actual: number, target: number): number {
  return actual / target;
}

/** How far short of the target: 500 m − 84 m → 416 m. */
export function shortfall(actual: number, target: number): number {
  return target - actual;
}

/** Compound annual growth needed to go from `actual` to `target` in `years`. */
export function requiredAnnualGrowth(actual: number, target: number, years: number): number {
  return (target / actual) ** (1 / years) - 1;
}

/** Values on the constant-growth path from (fromYear, actual) to (toYear, target). */
export function requiredPath(
  fromYear: number,
  actual: number,
  toYear: number,
  target: number,
): { year: number; value: number }[] {
  const growth = requiredAnnualGrowth(actual, target, toYear - fromYear);
  return Array.from({ length: toYear - fromYear + 1 }, (_, step) => ({
    year: fromYear + step,
    value: step === toYear - fromYear ? target : actual * (1 + growth) ** step,
  }));
}

export type TargetAssessment = {
  target: Target;
  /** The article's latest actual figure before the target year. */
  actual: TradeFigure;
  attainment: number;
  shortfall: number;
  yearsLeft: number;
  requiredGrowth: number;
  /** Context figure for the target year itself (what trade turned out to be), if any: the firmest, most reported one. */
  outcome: TradeFigure | undefined;
  outcomeAttainment: number | undefined;
};

/** The article's figure each target is judged against: its latest one before the target year. */
export function articleActualFor(target: Target, trade: readonly TradeFigure[]): TradeFigure | undefined {
  return trade
    .filter((figure) => figure.basis === 'article' && figure.year < target.target_year)
    .reduce<TradeFigure | undefined>(
      (latest, figure) => (!latest || figure.year > latest.year ? figure : latest),
      undefined,
    );
}

/** What trade turned out to be in a year, by the context figures: the report drawn for the lead producer's figure. */
export function contextOutcome(trade: readonly TradeFigure[], year: number): TradeFigure | undefined {
  const figures = producerSeries(trade.filter((f) => f.basis === 'context' && f.year === year)).flatMap(
    (s) => s.figures,
  );
  return leadFigure(figures)?.reports[0];
}

export function assessTargets(dataset: Dataset): TargetAssessment[] {
  return articleTargets(dataset).flatMap((target) => {
    const actual = articleActualFor(target, dataset.trade);
    if (!actual) return [];
    const outcome = contextOutcome(dataset.trade, target.target_year);
    const yearsLeft = target.target_year - actual.year;
    return [
      {
        target,
        actual,
        attainment: attainment(actual.value_usd, target.value_usd),
        shortfall: shortfall(actual.value_usd, target.value_usd),
        yearsLeft,
        requiredGrowth: requiredAnnualGrowth(actual.value_usd, target.value_usd, yearsLeft),
        outcome,
        outcomeAttainment: outcome ? attainment(outcome.value_usd, target.value_usd) : undefined,
      },
    ];
  });
}
