/*
 * The sub-path the site is served under: '' at a domain root, '/trade' for
 * https://ministry.example/trade/. Chosen at build time (`BASE_PATH=/trade npm run
 * export`); next.config.ts hands it to Next (which prefixes its own links, scripts
 * and styles) and to the app as NEXT_PUBLIC_BASE_PATH, for the addresses Next does
 * not write: plain download links, fetches, the presenter window, redirects.
 */

/** A base path as a URL's path: '/' and one or more segments, no trailing slash. */
const BASE_PATH_SHAPE = /^(\/[A-Za-z0-9._~-]+)+$/;

/** Reads BASE_PATH as given to a build; refuses one that would break every address, saying how to write it. */
export function parseBasePath(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '';
  const path = value.replace(/\/+$/, '');
  if (!BASE_PATH_SHAPE.test(path))
    throw new Error(
      `BASE_PATH=${JSON.stringify(raw)} is not a sub-path: write it as /trade or /org/russia-dprk ` +
        '(a leading slash, letters, digits, ".", "_", "~" or "-" between slashes, no query or host).',
    );
  return path;
}

/** The base path this build was made for (inlined into the client bundle by Next). */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** An address of the site, from its path at the root: '/data/trade.csv' → '/trade/data/trade.csv'. */
export function withBasePath(path: string, base: string = BASE_PATH): string {
  return `${base}${path}`;
}
