import { attachmentName } from '../charts/files';
import { downloadNames } from './downloads';
import type { InlineHashes } from './inline-hashes';
import { securityHeaders, type Header } from './security-headers';

/**
 * Headers a static host must send for out/: the security headers on every file
 * (the CSP carrying the hashes of the exported pages' inline scripts) and the
 * download headers on the CSVs. The Next server sets the same itself
 * (next.config.ts, proxy.ts and app/data/[file]/route.ts). `npm run export`
 * writes them for `serve` (serve.json) and for Netlify and Cloudflare Pages
 * (out/_headers); see scripts/write-static-headers.ts.
 */
export type StaticHeaderRule = { source: string; headers: Header[] };

function downloadRules(): StaticHeaderRule[] {
  return downloadNames.map((name) => ({
    source: `data/${name}`,
    headers: [
      { key: 'Content-Type', value: 'text/csv; charset=utf-8' },
      { key: 'Content-Disposition', value: `attachment; filename="${attachmentName(name)}"` },
    ],
  }));
}

export function staticHeaderRules(inline: InlineHashes): StaticHeaderRule[] {
  return [{ source: '**', headers: securityHeaders(inline) }, ...downloadRules()];
}

/**
 * For `serve` (serve-handler): sources are globs over the file's path in out/.
 * No directory listings: serve would otherwise answer /data/ or /_next/ with an
 * "Index of" page (without the headers above) where the server gives its 404.
 */
export function serveConfig(inline: InlineHashes): { headers: StaticHeaderRule[]; directoryListing: false } {
  return { headers: staticHeaderRules(inline), directoryListing: false };
}

/** The `_headers` file of Netlify and Cloudflare Pages: a URL pattern, then indented `Key: value` lines. */
export function headersFile(inline: InlineHashes): string {
  return staticHeaderRules(inline)
    .map(({ source, headers }) =>
      [source === '**' ? '/*' : `/${source}`, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

/**
 * The `_redirects` file of Netlify, which can match a query string: an old link
 * to the context view (`/?context=1`) goes on to `/context` without JavaScript
 * too. Other static hosts rely on the page's before-paint script.
 */
export function redirectsFile(): string {
  return '/ context=1 /context 301\n';
}
