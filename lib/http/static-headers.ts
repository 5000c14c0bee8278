import { attachmentName } from '../charts/files';
import { contentTypeOf, downloadNames, isAttachment } from './downloads';
import type { InlineHashes } from './inline-hashes';
import { securityHeaders, type Header } from './security-headers';

/**
 * Headers a static host must send for out/: the security headers on every file
 * (the CSP carrying the hashes of the exported pages' inline scripts) and the
 * download headers on the CSVs. The Next server sets the same itself
 * (next.config.ts, proxy.ts and app/data/[file]/route.ts). `npm run export`
 * writes them for `serve` (serve.json) and for Netlify and Cloudflare Pages
 * (out/_headers); see scripts/finish-export.ts.
 */
export type StaticHeaderRule = { source: string; headers: Header[] };

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

export function staticHeaderRules(inline: InlineHashes, base = ''): StaticHeaderRule[] {
  return [{ source: `${folderOf(base)}**`, headers: securityHeaders(inline) }, ...downloadRules(base)];
}

/**
 * For `serve` (serve-handler): sources are globs over the file's path in out/.
 * No directory listings: serve would otherwise answer /data/ or /_next/ with an
 * "Index of" page (without the headers above) where the server gives its 404.
 * (A page asked for with a trailing slash, /present/, is sent on to /present by
 * the page itself: lib/site/before-paint-script.ts. serve cannot tell the two
 * apart in a redirect rule, and its `trailingSlash: false` drops the query.)
 */
export function serveConfig(inline: InlineHashes, base = ''): { headers: StaticHeaderRule[]; directoryListing: false } {
  return { headers: staticHeaderRules(inline, base), directoryListing: false };
}

/** The `_headers` file of Netlify and Cloudflare Pages: a URL pattern, then indented `Key: value` lines. */
export function headersFile(inline: InlineHashes, base = ''): string {
  return staticHeaderRules(inline, base)
    .map(({ source, headers }) =>
      [`/${source.replace(/\*\*$/, '*')}`, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join('\n'),
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
