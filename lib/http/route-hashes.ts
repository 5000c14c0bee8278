import { inlineHashesUnder, type InlineHashes } from './inline-hashes';
import { framingOf, type Framing } from './security-headers';

/**
 * The inline-script and style hashes each kind of route's CSP lists: an embed
 * page's, those of the embed pages; every other route's, those of the other pages.
 * Each policy allows no script the pages it covers do not have, and stays short:
 * serve refuses a header over 2,048 characters, and Cloudflare Pages a _headers
 * line over 2,000 (every page's own data scripts in one list came to about 2,200).
 */
export type HashesByFraming = Record<Framing, InlineHashes>;

/** From the built pages under `dir` (out/, or .next/server/app), each counted by the route it is served at. */
export function inlineHashesByFraming(dir: string): HashesByFraming {
  const framing = (page: string) => framingOf(`/${page.replace(/\.html$/, '')}`);
  return {
    none: inlineHashesUnder(dir, (page) => framing(page) === 'none'),
    any: inlineHashesUnder(dir, (page) => framing(page) === 'any'),
  };
}
