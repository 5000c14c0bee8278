import type { StaticHashes } from './route-hashes';
import { contentSecurityPolicy } from './security-headers';
import { EMBED_ROOT } from '../embed/routes';

/**
 * nginx's form of the static export's policies (`npm run export` writes it to
 * nginx-csp.conf): a `map` from the address asked for to that page's
 * Content-Security-Policy, for `add_header Content-Security-Policy $russia_dprk_csp`.
 * Each page is listed with and without `.html`, since try_files may have moved
 * $uri to the file it found (the home page by a pattern); the embed pages by their folder; anything else gets
 * the 404 page's, as in out/_headers (docs/deployment.md).
 */
export function nginxCspMap(inline: StaticHashes, base = ''): string {
  const line = (key: string, policy: string) => `  ${key} "${policy}";`;
  const pages = inline.pages.flatMap((page) => {
    const policy = contentSecurityPolicy(page.hashes, 'none');
    // The home page by a pattern: try_files's `$uri/index.html` makes $uri `/trade//index.html`.
    if (page.path === '/') return [line(`~^${base}(/+(index\\.html)?)?$`, policy)];
    return [`${base}${page.path}`, `${base}/${page.file}`].map((address) => line(address, policy));
  });
  return [
    '# Written by `npm run export` (lib/http/nginx-csp.ts): the CSP of each page of this build.',
    'map $uri $russia_dprk_csp {',
    line('default', contentSecurityPolicy(inline.notFound, 'none')),
    line(`~^${base}${EMBED_ROOT}/`, contentSecurityPolicy(inline.embed, 'any')),
    ...pages,
    '}',
    '',
  ].join('\n');
}
