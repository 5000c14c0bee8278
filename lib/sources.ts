import type { Dataset } from './dataset';
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
