import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from './load';
import type { Source } from './schema';

/*
 * Every quote in data/ is checked, word for word, against the stored excerpt of
 * its report in ../shared/reference/sources/<source_id>.txt (the source article
 * against its full text). The references live beside the repository, as in CI,
 * never in it: we quote the reports, we do not ship them. On a clone without
 * them these checks are skipped, and only then.
 */

const REFERENCE = path.join(process.cwd(), '..', 'shared', 'reference');
const ARTICLE_ID = 'cgtn-2019-04-23';
const present = existsSync(path.join(REFERENCE, 'sources'));

/** Pages hold no-break spaces and line breaks: compare with every run of whitespace as one space. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

type Excerpt = { header: Record<string, string>; text: string };

/** A stored excerpt: its header (url, publisher, published …), then after `---` the report's words. */
function excerptOf(sourceId: string): Excerpt | null {
  if (sourceId === ARTICLE_ID) {
    const article = path.join(REFERENCE, `article-${ARTICLE_ID}.txt`);
    return existsSync(article) ? { header: {}, text: normalise(readFileSync(article, 'utf8')) } : null;
  }
  const file = path.join(REFERENCE, 'sources', `${sourceId}.txt`);
  if (!existsSync(file)) return null;
  const [head = '', ...body] = readFileSync(file, 'utf8').split(/^---$/m);
  const header = Object.fromEntries(
    head.split('\n').flatMap((line) => {
      const match = /^(\w+):\s?(.*)$/.exec(line);
      return match ? [[match[1] ?? '', (match[2] ?? '').trim()]] : [];
    }),
  );
  return { header, text: normalise(body.join('---')) };
}

/** The fragments of a quote (joined by " … " where words are left out) not found in the excerpt. */
function missingFragments(quote: string, excerpt: Excerpt): string[] {
  return quote
    .split(' … ')
    .map(normalise)
    .filter((fragment) => !excerpt.text.includes(fragment));
}

type Quoted = { file: string; row: number; source_id: string; quote: string };

function quotedRows(): Quoted[] {
  const { dataset } = readDataset();
  const rows = (file: string, list: readonly { source_id: string; quote: string }[]) =>
    list.map(({ source_id, quote }, i) => ({ file, row: i + 2, source_id, quote }));
  return [
    ...rows('targets.csv', dataset.targets),
    ...rows('trade.csv', dataset.trade),
    ...rows('events.csv', dataset.events),
  ];
}

describe.skipIf(!present)('quotes in data/, against the stored excerpts of their reports', () => {
  it('finds every quote word for word in its report', () => {
    const problems = quotedRows().flatMap(({ file, row, source_id, quote }) => {
      const excerpt = excerptOf(source_id);
      if (!excerpt) return [`${file}:${row} cites ${source_id}, which has no stored excerpt`];
      return missingFragments(quote, excerpt).map((fragment) => `${file}:${row} (${source_id}): “${fragment}”`);
    });
    expect(problems, 'quotes not found verbatim').toEqual([]);
    expect(quotedRows().length).toBeGreaterThan(50);
  });

  it('fails on a quote that is not verbatim: one changed word is enough', () => {
    const excerpt = excerptOf('tass-2021-02-19');
    expect(excerpt).not.toBeNull();
    if (!excerpt) return;
    expect(missingFragments('amounted to $42.74 mln', excerpt)).toEqual([]);
    expect(missingFragments('amounted to $42.47 mln', excerpt)).toEqual(['amounted to $42.47 mln']);
    expect(missingFragments('amounted to $42.74 mln … in the year 2020', excerpt)).toEqual(['in the year 2020']);
  });

  it('gives each report the address and date its excerpt records', () => {
    const { dataset } = readDataset();
    const mismatches = dataset.sources.flatMap((source: Source) => {
      if (source.source_id === ARTICLE_ID) return [];
      const excerpt = excerptOf(source.source_id);
      if (!excerpt) return [`${source.source_id}: no stored excerpt`];
      const { url = '', published = '' } = excerpt.header;
      return [
        ...(url === source.url ? [] : [`${source.source_id}: url ${source.url}, excerpt ${url}`]),
        ...(published === (source.published ?? '')
          ? []
          : [`${source.source_id}: published ${source.published ?? '(none)'}, excerpt ${published || '(none)'}`]),
      ];
    });
    expect(mismatches).toEqual([]);
  });
});
