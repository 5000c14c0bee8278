/**
 * The response headers every route gets (the embed pages differ in who may frame
 * them: see Framing), in one place for the Next server
 * (next.config.ts and proxy.ts) and for static hosts (scripts/finish-export.ts).
 *
 * The Content-Security-Policy allows no inline script except the exact ones the
 * build wrote into its pages, by SHA-256 hash: Next.js inlines its RSC payload
 * and our URL-state script, and the pages are static, so there is no per-request
 * nonce to give them. The hashes are read from the built HTML (lib/http/inline-hashes.ts).
 */
import { isEmbedPath } from '../embed/routes';
import type { InlineHashes } from './inline-hashes';

export type Header = { key: string; value: string };

/**
 * Who may show a route in a frame. The embed pages (/embed/*, lib/embed/routes.ts)
 * exist to be put in other sites' articles: any site may frame them. Every other
 * route may be framed by none, so that no site can dress the dashboard in its own
 * page (clickjacking).
 */
export type Framing = 'none' | 'any';

/** The framing of a path at the site's root (the base path taken off). */
export function framingOf(pathname: string): Framing {
  return isEmbedPath(pathname) ? 'any' : 'none';
}

const sources = (hashes: readonly string[]) => ["'self'", ...hashes.map((hash) => `'${hash}'`)].join(' ');

export function contentSecurityPolicy(inline: InlineHashes, framing: Framing = 'none'): string {
  return [
    "default-src 'self'",
    `script-src ${sources(inline.scripts)}`,
    // Recharts and React write style attributes into the server HTML; <style>
    // elements other than the built ones stay blocked.
    `style-src ${sources(inline.styles)}`,
    `style-src-elem ${sources(inline.styles)}`,
    "style-src-attr 'unsafe-inline'",
    // Chart export draws the SVG into a canvas through a blob: or data: URL.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The upload worker is a script of our own origin.
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    // The Embed dialog previews an embed page of this site in a frame; an embed page frames nothing.
    `frame-src ${framing === 'any' ? "'none'" : "'self'"}`,
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framing === 'any' ? '*' : "'none'"}`,
  ].join('; ');
}

/** Headers that depend neither on the build nor on the route: the same everywhere. */
export const fixedSecurityHeaders: readonly Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Slide mode uses fullscreen; nothing uses the rest.
  {
    key: 'Permissions-Policy',
    value: 'fullscreen=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
  // The presenter window is opened by our own page and talks to it over BroadcastChannel, not window.opener.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * For browsers that predate frame-ancestors: DENY where no site may frame the route.
 * It has no value for "any site", so an embed page sends none.
 */
export function frameOptionsHeaders(framing: Framing): Header[] {
  return framing === 'none' ? [{ key: 'X-Frame-Options', value: 'DENY' }] : [];
}

export function securityHeaders(inline: InlineHashes, framing: Framing = 'none'): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(inline, framing) },
    ...fixedSecurityHeaders,
    ...frameOptionsHeaders(framing),
  ];
}
