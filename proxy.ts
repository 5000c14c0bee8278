import { join } from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { inlineHashesByFraming, type HashesByFraming } from './lib/http/route-hashes';
import { contentSecurityPolicy, frameOptionsHeaders, framingOf, type Framing } from './lib/http/security-headers';
import { withBasePath } from './lib/site/base-path';
import { isOldContextDeckLink, isOldContextLink, presentPath } from './lib/site/routes';

/*
 * Runs before every response of `next start`:
 * - an old link to the context view (`/?context=1`) is sent on to `/context`,
 *   and one to its slides (`/present?from=context`) on to `/present/context`
 *   (308), with JavaScript or without;
 * - the Content-Security-Policy is added. It lists the hashes of the inline
 *   scripts and styles in the built pages, which only exist once the build has
 *   run: so they are read from .next on the first request, not in
 *   next.config.ts (whose headers are fixed before pages are rendered). The
 *   other security headers come from next.config.ts. `next dev` gets no CSP:
 *   its pages are rendered per request, with eval for fast refresh;
 * - who may frame the route: any site an embed page (/embed/*), none the rest
 *   (frame-ancestors in the CSP, and X-Frame-Options DENY for older browsers).
 */
let hashes: HashesByFraming | undefined;

function builtPolicy(framing: Framing): string {
  hashes ??= inlineHashesByFraming(join(process.cwd(), '.next', 'server', 'app'));
  return contentSecurityPolicy(hashes[framing], framing);
}

/** The new address of an old link: the other parameters (?slide=3) and the fragment kept. */
function movedUrl(request: NextRequest, path: string, param: string): URL {
  const url = new URL(withBasePath(path), request.url);
  const params = new URLSearchParams(request.nextUrl.search);
  params.delete(param);
  url.search = params.toString();
  return url;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const movedTo =
    pathname === '/' && isOldContextLink(search)
      ? { path: '/context', param: 'context' }
      : pathname === '/present' && isOldContextDeckLink(search)
        ? { path: presentPath('context'), param: 'from' }
        : null;
  const response = movedTo
    ? NextResponse.redirect(movedUrl(request, movedTo.path, movedTo.param), 308)
    : NextResponse.next();
  // nextUrl.pathname is the path without the base path, as the routes are written.
  const framing = framingOf(pathname);
  for (const { key, value } of frameOptionsHeaders(framing)) response.headers.set(key, value);
  if (process.env.NODE_ENV === 'production') response.headers.set('Content-Security-Policy', builtPolicy(framing));
  return response;
}

export const config = {
  // Hashed, immutable assets are scripts and styles themselves; they need no policy of their own.
  matcher: ['/((?!_next/static).*)'],
};
