import type { Dataset } from '../../dataset/build';
import { assessTargets } from '../../dataset/derive';
import { showsContext, type View } from '../view';

/** One bullet: a target, the share of it the article's figure reached, and in the context view its own year's. */
export type AttainmentRow = {
  targetId: string;
  label: string;
  targetYear: number;
  target: number;
  actualYear: number;
  actual: number;
  attainment: number;
  /** What trade was in the target year itself, by a context figure: context view only. */
  outcome: { year: number; value: number; attainment: number } | null;
};

export function attainmentRows(dataset: Dataset, view: View): AttainmentRow[] {
  return assessTargets(dataset).map((a) => ({
    targetId: a.target.target_id,
    label: a.target.label,
    targetYear: a.target.target_year,
    target: a.target.value_usd,
    actualYear: a.actual.year,
    actual: a.actual.value_usd,
    attainment: a.attainment,
    outcome:
      showsContext(view) && a.outcome && a.outcomeAttainment !== undefined
        ? { year: a.outcome.year, value: a.outcome.value_usd, attainment: a.outcomeAttainment }
        : null,
  }));
}
