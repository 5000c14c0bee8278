import type { Dataset } from '../../dataset/build';
import { articleTargets, assessTargets } from '../../dataset/derive';
import type { Basis, FigureKind } from '../../dataset/schema';
import { formatCount } from '../../format';
import { isPartialYear } from '../../upload/partial-year';
import type { UserDataset } from '../../upload/user-data';
import { chartedPublishers } from '../user-series';
import { showsContext, type View } from '../view';

/** One bar of the target-versus-actual chart. */
export type TargetActualBar = {
  key: string;
  kind: 'target' | 'actual';
  /** 'user' for figures from a file the reader loaded in the browser. */
  basis: Basis | 'user';
  label: string;
  sublabel: string;
  year: number;
  value: number;
  publisher: string;
  /** What kind of figure it is (reported, derived …): a target is reported or stated. */
  figureKind: FigureKind;
  sourceId: string;
  quote: string;
  /** The figure's note in data/trade.csv or the reader's file, if any (targets have none). */
  note: string;
};

/** What the drawing needs, and no more: this goes to the browser with the page. */
export type BarDrawing = Pick<TargetActualBar, 'key' | 'kind' | 'basis' | 'label' | 'sublabel' | 'year' | 'value'>;

export function barsDrawing(bars: readonly TargetActualBar[]): BarDrawing[] {
  return bars.map(({ key, kind, basis, label, sublabel, year, value }) => ({
    key,
    kind,
    basis,
    label,
    sublabel,
    year,
    value,
  }));
}

/**
 * Targets first (in file order), then the article's actual figure each is judged
 * against, then, in the context view, what trade was in each target year.
 */
export function targetActualBars(dataset: Dataset, view: View): TargetActualBar[] {
  const assessments = assessTargets(dataset);
  const targets = articleTargets(dataset).map<TargetActualBar>((target) => ({
    key: target.target_id,
    kind: 'target',
    basis: 'article',
    label: target.label,
    sublabel: `for ${target.target_year}, set in ${target.set_in}`,
    year: target.target_year,
    value: target.value_usd,
    publisher: target.set_by ?? '',
    figureKind: target.kind,
    sourceId: target.source_id,
    quote: target.quote,
    note: '',
  }));
  const actualFigures = [
    ...assessments.map((a) => a.actual),
    ...(showsContext(view) ? assessments.flatMap((a) => (a.outcome ? [a.outcome] : [])) : []),
  ];
  const actuals = [...new Set(actualFigures)].map<TargetActualBar>((figure) => ({
    key: `actual-${figure.year}-${figure.basis}-${figure.producer}`,
    kind: 'actual',
    basis: figure.basis,
    label: `Actual ${figure.year}`,
    sublabel: `${figure.producer}${figure.basis === 'context' ? ' · context' : ''}`,
    year: figure.year,
    value: figure.value_usd,
    publisher: figure.producer,
    figureKind: figure.kind,
    sourceId: figure.source_id,
    quote: figure.quote,
    note: figure.note ?? '',
  }));
  return [...targets, ...actuals];
}

/** The reader's figures the chart draws: those of a target year, from the publishers charted. */
export function userFiguresForBars(user: UserDataset, targetYears: ReadonlySet<number>) {
  const charted = new Set(chartedPublishers(user));
  return user.figures.filter((figure) => targetYears.has(figure.year) && charted.has(figure.publisher));
}

/** Bars for the reader's figures in each target year, after the published ones. */
export function withUserBars(bars: readonly BarDrawing[], user: UserDataset | null): BarDrawing[] {
  if (!user) return [...bars];
  const targetYears = new Set(bars.filter((b) => b.kind === 'target').map((b) => b.year));
  const extra = userFiguresForBars(user, targetYears).map<BarDrawing>((figure) => ({
    key: `user-${figure.year}-${figure.publisher}`,
    kind: 'actual',
    basis: 'user',
    label: `Your data ${figure.year}`,
    sublabel: `${figure.publisher}${isPartialYear(figure) ? ` · ${formatCount(figure.months, 'month', 'months')}` : ''}`,
    year: figure.year,
    value: figure.value_usd,
  }));
  return [...bars, ...extra];
}
