/**
 * The response headers every route gets, in one place for the Next server
 * (next.config.ts and proxy.ts) and for static hosts (scripts/finish-export.ts).
 *
 * The Content-Security-Policy allows no inline script except the exact ones the
 * build wrote into its pages, by SHA-256 hash: Next.js inlines its RSC payload
 * and our URL-state script, and the pages are static, so there is no per-request
 * nonce to give them. The hashes are read from the built HTML (lib/http/inline-hashes.ts).
 */
import type { InlineHashes } from './inline-hashes';

export type Header = { key: string; value: string };

const sources = (hashes: readonly string[]) => ["'self'", ...hashes.map((hash) => `'${hash}'`)].join(' ');

export function contentSecurityPolicy(inline: InlineHashes): string {
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
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers that do not depend on the build: the same on every route and every host. */
export const fixedSecurityHeaders: readonly Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Slide mode uses fullscreen; nothing uses the rest.
  {
    key: 'Permissions-Policy',
    value: 'fullscreen=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
  // For browsers that predate frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  // The presenter window is opened by our own page and talks to it over BroadcastChannel, not window.opener.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

export function securityHeaders(inline: InlineHashes): Header[] {
  return [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(inline) }, ...fixedSecurityHeaders];
}
