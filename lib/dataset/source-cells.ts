import type { CsvRow } from '../csv/write';
import type { Source } from './schema';

/*
 * The columns a downloaded CSV gives each figure, so that a row carries its own
 * provenance: who reported it, when, where, and the words that support it.
 */

export const SOURCE_COLUMNS = [
  'source_id',
  'source_title',
  'source_publisher',
  'source_published',
  'source_url',
  'quote',
] as const;

export function sourceCells(source: Source, quote: string): CsvRow {
  return {
    source_id: source.source_id,
    source_title: source.title,
    source_publisher: source.publisher,
    source_published: source.published,
    source_url: source.url,
    quote,
  };
}

/** The same columns for one of several figures on a row: `target_source_url`, `actual_quote`. */
export function prefixedSourceCells(prefix: string, source: Source, quote: string): CsvRow {
  return Object.fromEntries(
    Object.entries(sourceCells(source, quote)).map(([column, value]) => [`${prefix}_${column}`, value]),
  );
}

export const prefixedSourceColumns = (prefix: string) => SOURCE_COLUMNS.map((column) => `${prefix}_${column}`);

/** Ratios rounded to 4 decimals (0.1680): more would be false precision. */
export const csvRatio = (value: number) => Math.round(value * 1e4) / 1e4;
