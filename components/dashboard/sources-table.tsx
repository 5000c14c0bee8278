import type { Dataset } from '@/lib/dataset/build';
import type { Source } from '@/lib/dataset/schema';
import { formatUsd, formatUsdExact } from '@/lib/format';
import { SortableTable, type TableColumn, type TableRow } from '../site/sortable-table';

type Props = { dataset: Dataset; source: (sourceId: string) => Source };

type Figure = {
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

const COLUMNS: TableColumn[] = [
  { label: 'Figure' },
  { label: 'Value', numeric: true },
  { label: 'Basis' },
  { label: 'Figure from' },
  { label: 'Reported by' },
  { label: 'Quote' },
];

function figuresOf(dataset: Dataset): Figure[] {
  const targets = dataset.targets.map<Figure>((t) => ({
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
    .map<Figure>((f) => ({
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

function rowOf(figure: Figure, s: Source): TableRow {
  return {
    key: figure.key,
    data: { 'data-basis': figure.basis, 'data-year': figure.year },
    sortValues: [
      figure.figure,
      figure.value,
      figure.basis,
      figure.publisher,
      `${s.publisher} ${s.published ?? ''}`,
      figure.quote,
    ],
    cells: [
      figure.figure,
      <span key="value" title={formatUsdExact(figure.value)}>
        {formatUsd(figure.value)}
      </span>,
      <span key="basis" className={`tag tag-${figure.basis}`}>
        {figure.basis}
      </span>,
      figure.publisher,
      <span key="reported">
        <a href={s.url} rel="noopener noreferrer">
          {s.publisher}
        </a>
        , <Published source={s} />
        <br />
        <span className="muted">{s.title}</span>
      </span>,
      <span key="quote">
        <q>{figure.quote}</q>
        {figure.note ? <span className="muted"> ({figure.note})</span> : null}
      </span>,
    ],
  };
}

/** Every figure with who produced it, who reported it, when, where, and the exact words; sortable by any column. */
export function SourcesTable({ dataset, source }: Props) {
  return (
    <div className="table-scroll" role="region" aria-label="Table of figures and sources" tabIndex={0}>
      <SortableTable
        className="sources-table"
        caption="Every figure, with its source and the words that support it"
        columns={COLUMNS}
        rows={figuresOf(dataset).map((figure) => rowOf(figure, source(figure.sourceId)))}
      />
    </div>
  );
}
