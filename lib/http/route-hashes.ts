import { pageHashesUnder, unionOf, type InlineHashes } from './inline-hashes';
import { framingOf, type Framing } from './security-headers';

/**
 * The inline-script and style hashes each kind of route's CSP lists on the Next
 * server: an embed page's, those of the embed pages; every other route's, those
 * of the other pages. (Static hosts get a policy per page: staticPageHashes.)
 */
export type HashesByFraming = Record<Framing, InlineHashes>;

/** From the built pages under `dir` (out/, or .next/server/app), each counted by the route it is served at. */
export function inlineHashesByFraming(dir: string): HashesByFraming {
  const pages = pageHashesUnder(dir);
  const framed = (framing: Framing) =>
    unionOf(pages.filter(({ file }) => framingOf(pathOfPage(file)) === framing).map(({ hashes }) => hashes));
  return { none: framed('none'), any: framed('any') };
}

/** A page of the static export with an address of its own: `/present/context`, from `present/context.html`. */
export type PageHashes = { path: string; file: string; hashes: InlineHashes };

/**
 * The hashes of a static export, for its headers: each page's own scripts, so
 * that its policy allows only those and stays short however many pages there are
 * (serve refuses a header over 2,048 characters, Cloudflare Pages a _headers
 * line over 2,000: one list for every page passed both at six pages); the 404
 * page's, for every other file (a host serves it at any address); the embed pages'.
 */
export type StaticHashes = { notFound: InlineHashes; pages: PageHashes[]; embed: InlineHashes };

export const NOT_FOUND_PAGE = '404.html';

/** The address a page is served at: 'index.html' at '/', 'present/context.html' at '/present/context'. */
export function pathOfPage(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`;
}

export function staticPageHashes(dir: string): StaticHashes {
  const all = pageHashesUnder(dir).map((page) => ({ ...page, path: pathOfPage(page.file) }));
  const pages = all.filter(({ file, path }) => file !== NOT_FOUND_PAGE && framingOf(path) === 'none');
  const unionOfPages = (list: typeof all) => unionOf(list.map(({ hashes }) => hashes));
  // Every page's styles on each: a link followed inside the app (the dashboard's "Present
  // as slides") keeps the first page's document, and its policy, while it adds the next
  // page's <style>. Scripts are not run that way, so each page lists only its own.
  const styles = unionOfPages(pages).styles;
  return {
    notFound: unionOfPages(all.filter(({ file }) => file === NOT_FOUND_PAGE)),
    pages: pages.map(({ path, file, hashes }) => ({
      path,
      file,
      hashes: { scripts: unionOf([hashes]).scripts, styles },
    })),
    embed: unionOfPages(all.filter(({ path }) => framingOf(path) === 'any')),
  };
}
