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
  const reporter = outletOf(source);
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

/** Beyond this many credits a source line names each producer once, with its outlets: it must fit under a chart. */
const MANY_CREDITS = 4;

/** One producer's figures and the outlets that report them. */
export type CreditGroup = { publisher?: string; sources: Source[] };

/** Credits by producer, each outlet once, in first-seen order; one group per credit while they are few. */
export function creditGroups(credits: readonly Credit[]): CreditGroup[] {
  const unique = uniqueCredits(credits);
  if (unique.length <= MANY_CREDITS) return unique.map(({ publisher, source }) => ({ publisher, sources: [source] }));
  const groups = new Map<string, CreditGroup>();
  for (const { publisher, source } of unique) {
    const group = groups.get(publisher ?? '') ?? { publisher, sources: [] };
    if (!group.sources.some((s) => outletOf(s) === outletOf(source))) group.sources.push(source);
    groups.set(publisher ?? '', group);
  }
  return [...groups.values()];
}

/** The outlet of a source, without what follows it in brackets: "Radio Free Asia". */
export const outletOf = (source: Source) => source.publisher.replace(/\s*\(.*\)$/, '');

/** "KOTRA via CGTN, 2019-04-23" for one report; "KOTRA via CGTN, Radio Free Asia, Yonhap" for several. */
export function groupLine({ publisher, sources }: CreditGroup): string {
  const [only] = sources;
  if (sources.length === 1 && only) return creditLine(publisher, only);
  const outlets = sources.map(outletOf).join(', ');
  return publisher ? `${publisher} via ${outlets}` : outlets;
}

/** "Source: KOTRA via CGTN, 2019-04-23" or "Sources: …; …", for image exports and slides. */
export function sourceLine(credits: readonly Credit[]): string {
  const groups = creditGroups(credits);
  const many = groups.length > 1 || (groups[0]?.sources.length ?? 0) > 1;
  return `${many ? 'Sources' : 'Source'}: ${groups.map(groupLine).join('; ')}`;
}
