import type { Dataset } from './build';
import type { Source } from './schema';

/** Looks up the publication behind a figure; the dataset guarantees it exists. */
export function sourceLookup(dataset: Dataset): (sourceId: string) => Source {
  const byId = new Map(dataset.sources.map((source) => [source.source_id, source]));
  return (sourceId) => {
    const source = byId.get(sourceId);
    if (!source) throw new Error(`Unknown source_id '${sourceId}': the dataset should have refused it.`);
    return source;
  };
}

/** "KOTRA via CGTN, 2019-04-23": who produced the figure and who reported it. */
export function creditLine(figurePublisher: string | undefined, source: Source): string {
  const reporter = source.publisher.replace(/\s*\(.*\)$/, '');
  const date = source.published ? `, ${source.published}` : '';
  if (!figurePublisher || figurePublisher === reporter) return `${reporter}${date}`;
  return `${figurePublisher} via ${reporter}${date}`;
}

export type Credit = { publisher?: string; source: Source };

/** Each distinct credit once, in first-seen order. */
export function uniqueCredits(credits: readonly Credit[]): Credit[] {
  const seen = new Set<string>();
  return credits.filter(({ publisher, source }) => {
    const key = creditLine(publisher, source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Source: KOTRA via CGTN, 2019-04-23" or "Sources: …; …", for image exports. */
export function sourceLine(credits: readonly Credit[]): string {
  const unique = uniqueCredits(credits);
  return `${unique.length > 1 ? 'Sources' : 'Source'}: ${unique.map(({ publisher, source }) => creditLine(publisher, source)).join('; ')}`;
}
