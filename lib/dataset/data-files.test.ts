import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatReport } from '../csv/issues';
import { readDataset } from './load';

/* The real files in data/, checked against their schemas and against the article. */

const ARTICLE_ID = 'cgtn-2019-04-23';
const ARTICLE_PATH = path.join(process.cwd(), '..', 'shared', 'reference', `article-${ARTICLE_ID}.txt`);

/** The article holds no-break spaces and line breaks: compare with all whitespace as one space. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

describe('data/', () => {
  it('validates with zero issues', () => {
    const { issues } = readDataset();
    expect(issues, formatReport(issues)).toEqual([]);
  });

  it('keeps both 2015 values: KOTRA 84,000,000 (article) and International Trade Centre 83,220,000 (context)', () => {
    const figures2015 = readDataset().dataset.trade.filter((figure) => figure.year === 2015);
    expect(figures2015.map(({ publisher, value_usd, basis }) => ({ publisher, value_usd, basis }))).toEqual([
      { publisher: 'KOTRA', value_usd: 84000000, basis: 'article' },
      { publisher: 'International Trade Centre', value_usd: 83220000, basis: 'context' },
    ]);
  });

  it('has no trade rows for 2016 and 2017: a gap stays a gap', () => {
    const years = readDataset().dataset.trade.map((figure) => figure.year);
    expect(years).not.toContain(2016);
    expect(years).not.toContain(2017);
  });

  // The article lives beside the repository (../shared/reference, as in CI), never in it:
  // we quote it, we do not ship it. On a clone without it this one check is skipped.
  it.skipIf(!existsSync(ARTICLE_PATH))(`quotes the article ${ARTICLE_ID} word for word`, () => {
    if (!existsSync(ARTICLE_PATH)) {
      throw new Error(
        `The reference article is needed to check the quotes: expected it at ${ARTICLE_PATH} ` +
          '(the shared/reference folder beside the repository, as in CI).',
      );
    }
    const article = normalise(readFileSync(ARTICLE_PATH, 'utf8'));
    const { dataset } = readDataset();
    const quotes = [...dataset.targets, ...dataset.trade, ...dataset.events]
      .filter((row) => row.source_id === ARTICLE_ID)
      .map((row) => row.quote);
    expect(quotes.length).toBeGreaterThanOrEqual(12);
    const missing = quotes.flatMap((quote) =>
      quote
        .split(' … ')
        .map(normalise)
        .filter((fragment) => !article.includes(fragment)),
    );
    expect(missing, 'fragments not found in the article').toEqual([]);
  });
});
