import { attachmentName } from '../charts/files';
import { EMBED_ROOT } from '../embed/routes';
import { contentTypeOf, downloadNames, isAttachment } from './downloads';
import type { PageHashes, StaticHashes } from './route-hashes';
import { contentSecurityPolicy, securityHeaders, type Header } from './security-headers';

/**
 * Headers a static host must send for out/: the security headers on every file,
 * each page's CSP carrying the hashes of its own inline scripts, and the download
 * headers on the CSVs. The Next server sets the same itself
 * (next.config.ts, proxy.ts and app/data/[file]/route.ts). `npm run export`
 * writes them for `serve` (serve.json) and for Netlify and Cloudflare Pages
 * (out/_headers); see scripts/finish-export.ts.
 */
export type StaticHeaderRule = {
  source: string;
  /** Headers an earlier rule set that this one takes off again, before setting its own (`! Name` in _headers). */
  removes?: string[];
  headers: Header[];
};

/*
 * Every function here takes the build's base path ('' at a domain root, '/trade'
 * under a sub-path; lib/site/base-path.ts): the rules then match only under it.
 * serve's sources are relative to the folder it serves, which for a sub-path build
 * is the folder that holds `trade/` (a copy of out/), as a host's web root would.
 */
const folderOf = (base: string) => (base ? `${base.slice(1)}/` : '');

function downloadRules(base: string): StaticHeaderRule[] {
  return downloadNames.map((name) => ({
    source: `${folderOf(base)}data/${name}`,
    headers: [
      { key: 'Content-Type', value: contentTypeOf(name) },
      ...(isAttachment(name)
        ? [{ key: 'Content-Disposition', value: `attachment; filename="${attachmentName(name)}"` }]
        : []),
    ],
  }));
}

/**
 * The security headers on every file, X-Frame-Options DENY, and the CSP of the
 * 404 page: a host serves it at any address that has no file. A page with an
 * address of its own then has its own CSP (pageRules).
 */
function everyFileRule(inline: StaticHashes, base: string): StaticHeaderRule {
  return { source: `${folderOf(base)}**`, headers: securityHeaders(inline.notFound) };
}

/**
 * The embed pages may be framed by any site: after the rule for every file, theirs
 * takes off the CSP and X-Frame-Options and sets its own CSP (frame-ancestors *,
 * the embed pages' hashes).
 */
function embedRule(inline: StaticHashes, base: string): StaticHeaderRule {
  return {
    source: `${folderOf(base)}${EMBED_ROOT.slice(1)}/**`,
    removes: ['Content-Security-Policy', 'X-Frame-Options'],
    headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(inline.embed, 'any') }],
  };
}

/** The addresses a page is asked for at: `/present/context`; the home page under a sub-path with its slash and without. */
function pageAddresses(page: PageHashes, base: string): string[] {
  return page.path === '/' && base ? [`${base}/`, base] : [`${base}${page.path}`];
}

const pagePolicy = (page: PageHashes): Header => ({
  key: 'Content-Security-Policy',
  value: contentSecurityPolicy(page.hashes, 'none'),
});

/**
 * Each page's own CSP, by its address (as Netlify and Cloudflare Pages match a rule:
 * the address asked for, `/present/context`; the home page also without its slash
 * under a sub-path), taking off the every-file rule's first.
 */
function pageRules(inline: StaticHashes, base: string): StaticHeaderRule[] {
  return inline.pages.flatMap((page) =>
    pageAddresses(page, base).map((address) => ({
      source: address.slice(1),
      removes: ['Content-Security-Policy'],
      headers: [pagePolicy(page)],
    })),
  );
}

/** The rules in the order a host applies them, each matching rule in turn (out/_headers). */
export function staticHeaderRules(inline: StaticHashes, base = ''): StaticHeaderRule[] {
  return [everyFileRule(inline, base), embedRule(inline, base), ...pageRules(inline, base), ...downloadRules(base)];
}

/**
 * serve's rules. serve applies every matching rule in order, a later value
 * replacing an earlier one, but cannot take a header off (its config takes
 * strings only). So X-Frame-Options goes on every file outside the embed folder,
 * by a glob that leaves it out (`{!(embed)/**,*}`: any first folder but that one,
 * or a file at the top), instead of on every file and off again.
 */
function serveRules(inline: StaticHashes, base: string): StaticHeaderRule[] {
  const every = everyFileRule(inline, base);
  const embed = embedRule(inline, base);
  const isFrameOptions = (header: Header) => header.key === 'X-Frame-Options';
  return [
    { source: every.source, headers: every.headers.filter((header) => !isFrameOptions(header)) },
    { source: `${folderOf(base)}{!(${EMBED_ROOT.slice(1)})/**,*}`, headers: every.headers.filter(isFrameOptions) },
    { source: embed.source, headers: embed.headers },
    // serve matches the file it serves (present/context.html), not the address asked for.
    ...inline.pages.map((page) => ({ source: `${folderOf(base)}${page.file}`, headers: [pagePolicy(page)] })),
    ...downloadRules(base),
  ];
}

/**
 * For `serve` (serve-handler): sources are globs over the file's path in out/.
 * No directory listings: serve would otherwise answer /data/ or /_next/ with an
 * "Index of" page (without the headers above) where the server gives its 404.
 * (A page asked for with a trailing slash, /present/, is sent on to /present by
 * the page itself: lib/site/before-paint-script.ts. serve cannot tell the two
 * apart in a redirect rule, and its `trailingSlash: false` drops the query.)
 */
export function serveConfig(
  inline: StaticHashes,
  base = '',
): { headers: Omit<StaticHeaderRule, 'removes'>[]; directoryListing: false } {
  const headers = serveRules(inline, base).map(({ source, headers }) => ({ source, headers }));
  return { headers, directoryListing: false };
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages: a URL pattern, then indented
 * `Key: value` lines. A header a rule takes off is written `! Key` first (Cloudflare
 * Pages' detach, applied in file order; Netlify's parser skips a line without a colon).
 */
export function headersFile(inline: StaticHashes, base = ''): string {
  return staticHeaderRules(inline, base)
    .map(({ source, removes = [], headers }) =>
      [
        `/${source.replace(/\*\*$/, '*')}`,
        ...removes.map((key) => `  ! ${key}`),
        ...headers.map(({ key, value }) => `  ${key}: ${value}`),
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

/**
 * The `_redirects` file of Netlify, which can match a query string: an old link
 * to the context view (`/?context=1`) goes on to `/context`, and one to its
 * slides (`/present?from=context`) to `/present/context`, without JavaScript too. Other static hosts rely on the page's before-paint script.
 */
export function redirectsFile(base = ''): string {
  return `${base}/ context=1 ${base}/context 301\n${base}/present from=context ${base}/present/context 301\n`;
}
