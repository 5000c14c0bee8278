import { writeCsv, type CsvRow } from '../csv/write';
import { parenthesised } from '../format';
import type { Dataset } from './build';
import { articleTargets, assessTargets } from './derive';
import { csvRatio as ratio, sourceCells, SOURCE_COLUMNS } from './source-cells';
import { sourceLookup } from './sources';

/** The headline figures and every figure derived from them, with how each was derived. */
export function figuresWithDerivedCsv(dataset: Dataset): string {
  const source = sourceLookup(dataset);
  const rows: CsvRow[] = [];
  // The article's targets: the headline figures are the article's own.
  for (const target of articleTargets(dataset)) {
    rows.push({
      figure: `${target.label} for ${target.target_year} (set in ${target.set_in})`,
      value: target.value_usd,
      unit: 'US$',
      basis: 'article',
      derivation: '',
      ...sourceCells(source(target.source_id), target.quote),
    });
  }
  const assessments = assessTargets(dataset);
  const actuals = new Set(assessments.flatMap((a) => (a.outcome ? [a.actual, a.outcome] : [a.actual])));
  for (const actual of actuals) {
    rows.push({
      figure: `Actual trade ${actual.year} ${parenthesised(actual.producer)}`,
      value: actual.value_usd,
      unit: 'US$',
      basis: actual.basis,
      derivation: '',
      ...sourceCells(source(actual.source_id), actual.quote),
    });
  }
  for (const a of assessments) {
    const name = a.target.label.toLowerCase();
    const base = `${a.actual.year} actual / ${name}`;
    rows.push({
      figure: `Attainment of the ${name} in ${a.actual.year}`,
      value: ratio(a.attainment),
      unit: 'ratio',
      basis: 'derived',
      derivation: base,
    });
    rows.push({
      figure: `Shortfall against the ${name} in ${a.actual.year}`,
      value: a.shortfall,
      unit: 'US$',
      basis: 'derived',
      derivation: `${name} − ${a.actual.year} actual`,
    });
    rows.push({
      figure: `Annual growth needed ${a.actual.year}–${a.target.target_year} for the ${name}`,
      value: ratio(a.requiredGrowth),
      unit: 'ratio per year',
      basis: 'derived',
      derivation: `(${name} / ${a.actual.year} actual)^(1/${a.yearsLeft}) − 1`,
    });
    if (a.outcome && a.outcomeAttainment !== undefined) {
      rows.push({
        figure: `Attainment of the ${name} in ${a.outcome.year} ${parenthesised(`context: ${a.outcome.producer}`)}`,
        value: ratio(a.outcomeAttainment),
        unit: 'ratio',
        basis: 'derived',
        derivation: `${a.outcome.year} context figure / ${name}`,
      });
    }
  }
  return writeCsv(['figure', 'value', 'unit', 'basis', 'derivation', ...SOURCE_COLUMNS], rows);
}
