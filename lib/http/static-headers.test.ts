import { describe, expect, it } from 'vitest';
import { downloadNames } from './downloads';
import type { StaticHashes } from './route-hashes';
import { headersFile, redirectsFile, serveConfig } from './static-headers';

// The 404 page's hashes, each page's, and the embed pages' (lib/http/route-hashes.ts).
const inline: StaticHashes = {
  notFound: { scripts: ['sha256-NNN='], styles: [] },
  pages: [
    { path: '/', file: 'index.html', hashes: { scripts: ['sha256-AAA='], styles: [] } },
    {
      path: '/present/context',
      file: 'present/context.html',
      hashes: { scripts: ['sha256-PPP='], styles: ['sha256-S='] },
    },
  ],
  embed: { scripts: ['sha256-EEE='], styles: [] },
};
const policyOf = (rule: { headers: { key: string; value: string }[] } | undefined) =>
  rule?.headers.find((h) => h.key === 'Content-Security-Policy')?.value;

describe('headers for the static build', () => {
  it('puts the security headers, CSP included, on every file served: the 404 page’s, which a host serves anywhere', () => {
    const all = serveConfig(inline).headers[0];
    expect(all?.source).toBe('**');
    expect(policyOf(all)).toContain("script-src 'self' 'sha256-NNN='; ");
  });

  it('gives each page a CSP of its own scripts and styles only: for serve by its file, in _headers by its address', () => {
    const rules = serveConfig(inline).headers;
    expect(policyOf(rules.find((r) => r.source === 'index.html'))).toContain("script-src 'self' 'sha256-AAA='; ");
    const deck = policyOf(rules.find((r) => r.source === 'present/context.html'));
    expect(deck).toContain("script-src 'self' 'sha256-PPP='; ");
    expect(deck).toContain("style-src-elem 'self' 'sha256-S='; ");
    expect(deck).toContain("frame-ancestors 'none'");
    const lines = headersFile(inline).split('\n');
    const rule = lines.indexOf('/present/context');
    expect(rule).toBeGreaterThan(lines.indexOf('/*'));
    expect(lines[rule + 1]).toBe('  ! Content-Security-Policy');
    expect(lines[rule + 2]).toMatch(
      /^ {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-PPP='; /,
    );
    expect(lines[lines.indexOf('/') + 2]).toContain("'sha256-AAA='");
  });

  it('lists no folder (serve would show an index of /data/ and /_next/)', () => {
    expect(serveConfig(inline).directoryListing).toBe(false);
  });

  it('makes every download an attachment with its full name', () => {
    const rule = serveConfig(inline).headers.find((r) => r.source === 'data/trade.csv');
    expect(rule?.headers).toContainEqual({
      key: 'Content-Disposition',
      value: 'attachment; filename="russia-dprk-trade.csv"',
    });
    expect(serveConfig(inline).headers).toHaveLength(downloadNames.length + 3 + inline.pages.length);
  });

  it('lets any site frame the embed pages: for serve, X-Frame-Options leaves their folder out, their CSP replaces the rest', () => {
    const [all, frameOptions, embed] = serveConfig(inline).headers;
    // serve applies every matching rule in order, a later value replacing an earlier one, and cannot remove one.
    expect(all?.headers.map((h) => h.key)).not.toContain('X-Frame-Options');
    expect(policyOf(all)).toContain("frame-ancestors 'none'");
    expect(frameOptions).toEqual({ source: '{!(embed)/**,*}', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] });
    expect(embed?.source).toBe('embed/**');
    expect(embed?.headers.map((h) => h.key)).toEqual(['Content-Security-Policy']);
    expect(policyOf(embed)).toContain('frame-ancestors *');
    // Each policy allows the inline scripts of the pages it covers, and no others.
    expect(policyOf(embed)).toContain("script-src 'self' 'sha256-EEE='; ");
    expect(policyOf(all)).toContain("script-src 'self' 'sha256-NNN='; ");
  });

  it('lets any site frame the embed pages: in _headers, their rule takes both headers off, then sets its CSP', () => {
    const lines = headersFile(inline).split('\n');
    const embed = lines.indexOf('/embed/*');
    expect(embed).toBeGreaterThan(lines.indexOf('/*'));
    expect(lines.slice(embed + 1, embed + 3)).toEqual(['  ! Content-Security-Policy', '  ! X-Frame-Options']);
    expect(lines[embed + 3]).toMatch(/^ {2}Content-Security-Policy: default-src 'self'; .*; frame-ancestors \*$/);
    expect(lines[embed + 4]).toBe('');
  });

  it('writes the same rules as a Netlify / Cloudflare Pages _headers file', () => {
    const lines = headersFile(inline).split('\n');
    expect(lines[0]).toBe('/*');
    expect(lines[1]).toMatch(/^ {2}Content-Security-Policy: default-src 'self'; /);
    const trade = lines.indexOf('/data/trade.csv');
    expect(lines.slice(trade + 1, trade + 3)).toEqual([
      '  Content-Type: text/csv; charset=utf-8',
      '  Content-Disposition: attachment; filename="russia-dprk-trade.csv"',
    ]);
  });

  it('under a sub-path, every rule matches only there, and the old context link is sent on within it', () => {
    const served = serveConfig(inline, '/trade').headers.map((rule) => rule.source);
    expect(served.slice(0, 3)).toEqual(['trade/**', 'trade/{!(embed)/**,*}', 'trade/embed/**']);
    expect(served).toContain('trade/data/trade.csv');
    expect(served).toContain('trade/index.html');
    expect(served).toContain('trade/present/context.html');
    const lines = headersFile(inline, '/trade').split('\n');
    expect(lines[0]).toBe('/trade/*');
    expect(lines).toContain('/trade/embed/*');
    // The home page at the sub-path, with its slash and without.
    expect(lines).toContain('/trade/');
    expect(lines).toContain('/trade');
    expect(lines).toContain('/trade/present/context');
    expect(lines).toContain('/trade/data/trade.csv');
    expect(redirectsFile('/trade')).toBe(
      '/trade/ context=1 /trade/context 301\n/trade/present from=context /trade/present/context 301\n',
    );
    expect(redirectsFile()).toBe('/ context=1 /context 301\n/present from=context /present/context 301\n');
  });
});
