import type { CsvCell, CsvRow } from '../csv/write';

/*
 * The "Sources" sheet: every source a table's rows cite, with the words quoted
 * from it, gathered from the provenance columns our tables carry (source_id,
 * source_title, …, quote, and the same with a prefix where a row compares two
 * figures: target_source_url, actual_quote).
 */

export type Citation = {
  sourceId: string;
  publisher: string;
  title: string;
  published: string;
  url: string;
  quote: string;
};

/** What a source id stands for, where the table names a source by its id alone (the files of data/). */
export type SourceLookup = (sourceId: string) => Omit<Citation, 'quote' | 'sourceId'> | undefined;

const PREFIXES = ['', 'target_', 'actual_', 'outcome_'];

const text = (value: CsvCell) => (value === null || value === undefined ? '' : String(value));

function citationsOfRow(row: CsvRow, lookup: SourceLookup): Citation[] {
  return PREFIXES.flatMap((prefix) => {
    const sourceId = text(row[`${prefix}source_id`]);
    const url = text(row[`${prefix}source_url`]);
    if (!sourceId && !url) return [];
    const known = sourceId ? lookup(sourceId) : undefined;
    return [
      {
        sourceId,
        publisher: known?.publisher ?? text(row[`${prefix}source_publisher`]),
        title: known?.title ?? text(row[`${prefix}source_title`]),
        published: known?.published ?? text(row[`${prefix}source_published`]),
        url: known?.url ?? url,
        quote: text(row[`${prefix}quote`]),
      },
    ];
  });
}

/** Each source and quote once, in the order the rows cite them. */
export function citationsOf(rows: readonly CsvRow[], lookup: SourceLookup = () => undefined): Citation[] {
  const seen = new Map<string, Citation>();
  for (const citation of rows.flatMap((row) => citationsOfRow(row, lookup))) {
    const key = JSON.stringify(citation);
    if (!seen.has(key)) seen.set(key, citation);
  }
  return [...seen.values()];
}
