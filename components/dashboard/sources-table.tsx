import { showsContext, type View } from '@/lib/charts/view';
import type { Dataset } from '@/lib/dataset/build';
import { parseDerivation, describeDerivation } from '@/lib/dataset/derivation';
import { otherFiguresOfYear } from '@/lib/dataset/producer-series';
import type { FigureKind, Source, Target, TradeFigure } from '@/lib/dataset/schema';
import { formatPercent, formatUsd, formatUsdExact, formatUsdInText } from '@/lib/format';
import { SortableTable, type TableColumn, type TableRow } from '../site/sortable-table';
import type { TableFilter } from '../site/table-filters';

type Props = { dataset: Dataset; view: View; source: (sourceId: string) => Source };

const COLUMNS: TableColumn[] = [
  { label: 'Figure' },
  { label: 'Value', numeric: true },
  { label: 'Kind' },
  { label: 'Produced by' },
  { label: 'Reported by' },
  { label: 'Quote' },
  { label: 'Other figures that year' },
];

/** Targets count under one name in the publisher filter: they are goals, not anyone's statistics. */
const TARGETS = 'Stated targets';

const FILTERS: TableFilter[] = [
  { key: 'data-year', label: 'Year', all: 'All years' },
  { key: 'data-producer', label: 'Publisher', all: 'All publishers' },
];

function Published({ source }: { source: Source }) {
  return source.published ? (
    <time dateTime={source.published}>{source.published}</time>
  ) : (
    <span className="muted">date not recorded</span>
  );
}

function ReportedBy({ source }: { source: Source }) {
  return (
    <span>
      <a href={source.url} rel="noopener noreferrer">
        {source.publisher}
      </a>
      , <Published source={source} />
      <br />
      <span className="muted">{source.title}</span>
    </span>
  );
}

/** The words, in the report's language (so a screen reader reads them in it), and our gloss or caveat. */
function Quote({ quote, note, source }: { quote: string; note?: string; source: Source }) {
  return (
    <span>
      <q lang={source.language}>{quote}</q>
      {note ? <span className="muted"> ({note})</span> : null}
    </span>
  );
}

function Kind({ kind, derivedFrom }: { kind: FigureKind; derivedFrom?: string }) {
  const terms = derivedFrom ? parseDerivation(derivedFrom) : null;
  return (
    <span>
      <span className={`tag tag-kind-${kind}`}>{kind}</span>
      {terms ? <span className="muted"> {describeDerivation(terms, formatUsd)}</span> : null}
    </span>
  );
}

function targetRow(t: Target, source: Source, view: View): TableRow {
  const label = t.basis === 'article' ? `${t.label} (set in ${t.set_in})` : `${t.label}, set in ${t.set_in}`;
  return {
    key: t.target_id,
    data: { 'data-basis': t.basis, 'data-year': t.target_year, 'data-producer': TARGETS },
    sortValues: [
      label,
      t.value_usd,
      t.kind,
      t.set_by ?? '',
      `${source.publisher} ${source.published ?? ''}`,
      t.quote,
      '',
    ],
    cells: [
      <span key="figure">
        {label}
        {showsContext(view) ? <span className={`tag tag-${t.basis}`}> {t.basis}</span> : null}
      </span>,
      <span key="value" title={formatUsdExact(t.value_usd)}>
        {formatUsd(t.value_usd)}
      </span>,
      <Kind key="kind" kind={t.kind} />,
      t.set_by ?? <span className="muted">not named</span>,
      <ReportedBy key="reported" source={source} />,
      <Quote key="quote" quote={t.quote} note={t.note} source={source} />,
      '',
    ],
  };
}

/** Under 0.05 % apart (a rounded copy of a figure, mostly) would print as "0.0 % higher". */
const NEGLIGIBLE = 0.0005;

function describeDifference(difference: number): string {
  if (difference === 0) return 'the same';
  if (Math.abs(difference) < NEGLIGIBLE) return 'less than 0.1 % apart';
  return `this is ${formatPercent(Math.abs(difference))} ${difference > 0 ? 'higher' : 'lower'}`;
}

function tradeRow(f: TradeFigure, source: Source, view: View, inView: readonly TradeFigure[]): TableRow {
  const others = otherFiguresOfYear(f, inView);
  return {
    key: `${f.year}-${f.producer}-${f.source_id}`,
    data: { 'data-basis': f.basis, 'data-year': f.year, 'data-producer': f.producer },
    sortValues: [`Trade turnover ${f.year}`, f.value_usd, f.kind, f.producer, source.publisher, f.quote, others.length],
    cells: [
      <span key="figure">
        Trade turnover {f.year}
        {showsContext(view) ? <span className={`tag tag-${f.basis}`}> {f.basis}</span> : null}
      </span>,
      <span key="value" title={formatUsdExact(f.value_usd)}>
        {formatUsdInText(f.value_usd)}
      </span>,
      <Kind key="kind" kind={f.kind} derivedFrom={f.derived_from} />,
      f.producer,
      <ReportedBy key="reported" source={source} />,
      <Quote key="quote" quote={f.quote} note={f.note} source={source} />,
      others.length === 0 ? (
        <span key="others" className="muted">
          none
        </span>
      ) : (
        <ul key="others" className="year-comparisons">
          {others.map((o) => (
            <li key={`${o.producer}-${o.value_usd}`}>
              {o.producer} {formatUsdInText(o.value_usd)}
              {o.kind === 'reported' ? '' : ` (${o.kind})`}: {describeDifference(o.difference)}
            </li>
          ))}
        </ul>
      ),
    ],
  };
}

/**
 * Every figure in view with its kind, who produced it, who reported it, when,
 * where, the exact words and how it compares with the year's other figures;
 * sortable by any column and, with context, filtered by year and publisher.
 */
export function SourcesTable({ dataset, view, source }: Props) {
  const inView = (row: { basis: string }) => row.basis === 'article' || showsContext(view);
  const trade = dataset.trade.filter(inView);
  const rows = [
    ...dataset.targets.filter(inView).map((t) => targetRow(t, source(t.source_id), view)),
    ...[...trade]
      .sort((a, b) => a.year - b.year || a.basis.localeCompare(b.basis))
      .map((f) => tradeRow(f, source(f.source_id), view, trade)),
  ];
  // The article view has one figure a year, so no comparison column: "none" there
  // would contradict the corroboration notes, which name other reports' figures.
  const columns = showsContext(view) ? COLUMNS : COLUMNS.slice(0, -1);
  const shown = rows.map((row) => ({
    ...row,
    cells: row.cells.slice(0, columns.length),
    sortValues: row.sortValues.slice(0, columns.length),
  }));
  return (
    <div className="table-scroll" role="region" aria-label="Table of figures and sources" tabIndex={0}>
      <SortableTable
        className="sources-table"
        caption="Every figure, with its source and the words that support it"
        columns={columns}
        rows={shown}
        filters={showsContext(view) ? FILTERS : []}
        rowNoun={['figure', 'figures']}
      />
    </div>
  );
}
