import { formatPartialDate } from '../format';
import type { Source } from './schema';
import { outletOf } from './sources';

/*
 * Sentences that cite their sources as links: plain text and citations in
 * order, so that lib/ writes the words and a component only draws the links.
 */

export type Citation = { text: string; url: string; sourceId: string };
export type CitedText = (string | Citation)[];

/** "SBS, 24 February 2015", or the outlet alone where the report is undated. */
export function citationOf(source: Source): Citation {
  const outlet = outletOf(source);
  const text = source.published ? `${outlet}, ${formatPartialDate(source.published)}` : outlet;
  return { text, url: source.url, sourceId: source.source_id };
}

/** Each source once, in the order given. */
export function uniqueCitations(sources: readonly Source[]): Citation[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.source_id) && seen.add(s.source_id)).map(citationOf);
}

/** Parts joined as a list: "a, b and c", with each part itself cited text. */
export function listOf(parts: readonly CitedText[], separator = ', ', last = ' and '): CitedText {
  return parts.flatMap((part, i) => {
    if (i === 0) return part;
    return [i === parts.length - 1 ? last : separator, ...part];
  });
}

/** "(SBS, 24 February 2015; Radio Free Asia, 17 March 2015)". */
export function citedInParentheses(sources: readonly Source[]): CitedText {
  return [
    '(',
    ...listOf(
      uniqueCitations(sources).map((c) => [c]),
      '; ',
      '; ',
    ),
    ')',
  ];
}

/** The text alone, for places that cannot hold a link (slide notes, a test). */
export const plainText = (text: CitedText) =>
  text.map((part) => (typeof part === 'string' ? part : part.text)).join('');
