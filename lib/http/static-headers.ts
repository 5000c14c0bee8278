import { attachmentName } from '../charts/files';
import { EMBED_ROOT } from '../embed/routes';
import { contentTypeOf, downloadNames, isAttachment } from './downloads';
import type { InlineHashes } from './inline-hashes';
import { contentSecurityPolicy, securityHeaders, type Header } from './security-headers';

/**
 * Headers a static host must send for out/: the security headers on every file
 * (the CSP carrying the hashes of the exported pages' inline scripts) and the
 * download headers on the CSVs. The Next server sets the same itself
 * (next.config.ts, proxy.ts and app/data/[file]/route.ts). `npm run export`
 * writes them for `serve` (serve.json) and for Netlify and Cloudflare Pages
 * (out/_headers); see scripts/finish-export.ts.
 */
export type StaticHeaderRule = {
  source: string;
  /** Headers an earlier rule set that this one takes off again (before setting its own). */
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
 * The embed pages may be framed by any site: after the rule for every file, theirs
 * takes off the CSP and X-Frame-Options and sets its own CSP (frame-ancestors *).
 * Hosts apply every matching rule in order; serve lets a later rule replace or
 * remove a header, Cloudflare Pages removes one with `! Name` (see headersFile).
 */
function embedRule(inline: InlineHashes, base: string): StaticHeaderRule {
  return {
    source: `${folderOf(base)}${EMBED_ROOT.slice(1)}/**`,
    removes: ['Content-Security-Policy', 'X-Frame-Options'],
    headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(inline, 'any') }],
  };
}

export function staticHeaderRules(inline: InlineHashes, base = ''): StaticHeaderRule[] {
  return [
    { source: `${folderOf(base)}**`, headers: securityHeaders(inline) },
    embedRule(inline, base),
    ...downloadRules(base),
  ];
}

/** serve's form of a rule: a header removed is one whose value is null (serve-handler deletes those). */
type ServeHeaderRule = { source: string; headers: { key: string; value: string | null }[] };

function serveRule({ source, removes = [], headers }: StaticHeaderRule): ServeHeaderRule {
  const kept = new Set(headers.map((header) => header.key));
  const removed = removes.filter((key) => !kept.has(key)).map((key) => ({ key, value: null }));
  return { source, headers: [...removed, ...headers] };
}

/**
 * For `serve` (serve-handler): sources are globs over the file's path in out/.
 * No directory listings: serve would otherwise answer /data/ or /_next/ with an
 * "Index of" page (without the headers above) where the server gives its 404.
 * (A page asked for with a trailing slash, /present/, is sent on to /present by
 * the page itself: lib/site/before-paint-script.ts. serve cannot tell the two
 * apart in a redirect rule, and its `trailingSlash: false` drops the query.)
 */
export function serveConfig(inline: InlineHashes, base = ''): { headers: ServeHeaderRule[]; directoryListing: false } {
  return { headers: staticHeaderRules(inline, base).map(serveRule), directoryListing: false };
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages: a URL pattern, then indented
 * `Key: value` lines. A header a rule takes off is written `! Key` first (Cloudflare
 * Pages' detach, applied in file order; Netlify's parser skips a line without a colon).
 */
export function headersFile(inline: InlineHashes, base = ''): string {
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
 * to the context view (`/?context=1`) goes on to `/context` without JavaScript
 * too. Other static hosts rely on the page's before-paint script.
 */
export function redirectsFile(base = ''): string {
  return `${base}/ context=1 ${base}/context 301\n`;
}
