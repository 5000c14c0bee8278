import { writeCsv } from '../../csv/write';
import type { Dataset } from '../../dataset/build';
import { assessTargets } from '../../dataset/derive';
import { csvRatio as ratio, prefixedSourceCells, prefixedSourceColumns } from '../../dataset/source-cells';
import { sourceLookup } from '../../dataset/sources';
import { showsContext, type View } from '../view';

/** One row per target, with the provenance of both figures it compares: the target's and the actual's. */
export function attainmentCsv(dataset: Dataset, view: View): string {
  const source = sourceLookup(dataset);
  const rows = assessTargets(dataset).map((a) => ({
    target_id: a.target.target_id,
    target: a.target.label,
    target_year: a.target.target_year,
    target_usd: a.target.value_usd,
    actual_year: a.actual.year,
    actual_usd: a.actual.value_usd,
    actual_publisher: a.actual.producer,
    attainment_ratio: ratio(a.attainment),
    shortfall_usd: a.shortfall,
    ...prefixedSourceCells('target', source(a.target.source_id), a.target.quote),
    ...prefixedSourceCells('actual', source(a.actual.source_id), a.actual.quote),
    ...(showsContext(view) && a.outcome
      ? {
          outcome_year: a.outcome.year,
          outcome_usd: a.outcome.value_usd,
          outcome_publisher: a.outcome.producer,
          outcome_attainment_ratio: ratio(a.outcomeAttainment ?? 0),
          outcome_source_url: source(a.outcome.source_id).url,
          outcome_quote: a.outcome.quote,
        }
      : {}),
  }));
  const columns = [
    'target_id',
    'target',
    'target_year',
    'target_usd',
    'actual_year',
    'actual_usd',
    'actual_publisher',
    'attainment_ratio',
    'shortfall_usd',
    ...prefixedSourceColumns('target'),
    ...prefixedSourceColumns('actual'),
  ];
  const contextColumns = [
    'outcome_year',
    'outcome_usd',
    'outcome_publisher',
    'outcome_attainment_ratio',
    'outcome_source_url',
    'outcome_quote',
  ];
  return writeCsv(showsContext(view) ? [...columns, ...contextColumns] : columns, rows);
}
