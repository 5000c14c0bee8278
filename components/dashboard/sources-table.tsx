import type { Dataset } from '@/lib/dataset/build';
import { formatUsd, formatUsdExact } from '@/lib/format';
import type { Source } from '@/lib/dataset/schema';

type Props = { dataset: Dataset; source: (sourceId: string) => Source };

type Row = {
  key: string;
  figure: string;
  value: number;
  year: number;
  basis: string;
  publisher: string;
  sourceId: string;
  quote: string;
  note?: string;
};

function rowsOf(dataset: Dataset): Row[] {
  const targets = dataset.targets.map<Row>((t) => ({
    key: t.target_id,
    figure: `${t.label} (set in ${t.set_in})`,
    value: t.value_usd,
    year: t.target_year,
    basis: 'article',
    publisher: 'Stated target',
    sourceId: t.source_id,
    quote: t.quote,
  }));
  const trade = [...dataset.trade]
    .sort((a, b) => a.year - b.year || a.basis.localeCompare(b.basis))
    .map<Row>((f) => ({
      key: `${f.year}-${f.publisher}`,
      figure: `Trade turnover ${f.year}`,
      value: f.value_usd,
      year: f.year,
      basis: f.basis,
      publisher: f.publisher,
      sourceId: f.source_id,
      quote: f.quote,
      note: f.note,
    }));
  return [...targets, ...trade];
}

function Published({ source }: { source: Source }) {
  return source.published ? (
    <time dateTime={source.published}>{source.published}</time>
  ) : (
    <span className="muted">date not recorded</span>
  );
}

/** Every figure with who produced it, who reported it, when, where, and the exact words. */
export function SourcesTable({ dataset, source }: Props) {
  return (
    <div className="table-scroll" role="region" aria-label="Table of figures and sources" tabIndex={0}>
      <table className="sources-table">
        <caption className="visually-hidden">Every figure with its source and the supporting quote</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">Basis</th>
            <th scope="col">Figure from</th>
            <th scope="col">Reported by</th>
            <th scope="col">Quote</th>
          </tr>
        </thead>
        <tbody>
          {rowsOf(dataset).map((row) => {
            const s = source(row.sourceId);
            return (
              <tr key={row.key} data-basis={row.basis} data-year={row.year}>
                <th scope="row">{row.figure}</th>
                <td className="num" data-label="Value">
                  <span title={formatUsdExact(row.value)}>{formatUsd(row.value)}</span>
                </td>
                <td data-label="Basis">
                  <span className={`tag tag-${row.basis}`}>{row.basis}</span>
                </td>
                <td data-label="Figure from">{row.publisher}</td>
                <td data-label="Reported by">
                  <a href={s.url} rel="noopener noreferrer">
                    {s.publisher}
                  </a>
                  , <Published source={s} />
                  <br />
                  <span className="muted">{s.title}</span>
                </td>
                <td data-label="Quote">
                  <q>{row.quote}</q>
                  {row.note ? <span className="muted"> ({row.note})</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
