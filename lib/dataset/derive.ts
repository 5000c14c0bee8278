import type { Dataset } from './build';
import type { Target, TradeFigure } from './schema';

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
  /** Context figure for the target year itself (what trade turned out to be), if any. */
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

export function assessTargets(dataset: Dataset): TargetAssessment[] {
  return dataset.targets.flatMap((target) => {
    const actual = articleActualFor(target, dataset.trade);
    if (!actual) return [];
    const outcome = dataset.trade.find((figure) => figure.basis === 'context' && figure.year === target.target_year);
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
