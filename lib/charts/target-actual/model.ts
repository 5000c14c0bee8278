import type { Dataset } from '../../dataset/build';
import { assessTargets } from '../../dataset/derive';
import type { TradeBasis } from '../../dataset/schema';
import type { ViewOptions } from '../view';

/** One bar of the target-versus-actual chart. */
export type TargetActualBar = {
  key: string;
  kind: 'target' | 'actual';
  /** 'user' for figures from a file the reader loaded in the browser. */
  basis: TradeBasis | 'user';
  label: string;
  sublabel: string;
  year: number;
  value: number;
  publisher: string;
  sourceId: string;
  quote: string;
  /** The figure's note in data/trade.csv, if any (targets have none). */
  note: string;
};

/**
 * Targets first (in file order), then the article's actual figure each is judged
 * against, then, with context on, what trade was in each target year.
 */
export function targetActualBars(dataset: Dataset, options: ViewOptions): TargetActualBar[] {
  const assessments = assessTargets(dataset);
  const targets = dataset.targets.map<TargetActualBar>((target) => ({
    key: target.target_id,
    kind: 'target',
    basis: 'article',
    label: target.label,
    sublabel: `for ${target.target_year}, set in ${target.set_in}`,
    year: target.target_year,
    value: target.value_usd,
    publisher: '',
    sourceId: target.source_id,
    quote: target.quote,
    note: '',
  }));
  const actualFigures = [
    ...assessments.map((a) => a.actual),
    ...(options.context ? assessments.flatMap((a) => (a.outcome ? [a.outcome] : [])) : []),
  ];
  const unique = [...new Set(actualFigures)];
  const actuals = unique.map<TargetActualBar>((figure) => ({
    key: `actual-${figure.year}-${figure.basis}-${figure.publisher}`,
    kind: 'actual',
    basis: figure.basis,
    label: `Actual ${figure.year}`,
    sublabel: `${figure.publisher}${figure.basis === 'context' ? ' · context' : ''}`,
    year: figure.year,
    value: figure.value_usd,
    publisher: figure.publisher,
    sourceId: figure.source_id,
    quote: figure.quote,
    note: figure.note ?? '',
  }));
  return [...targets, ...actuals];
}
