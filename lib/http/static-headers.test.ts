import { describe, expect, it } from 'vitest';
import { downloadNames } from './downloads';
import { headersFile, redirectsFile, serveConfig } from './static-headers';

const inline = { scripts: ['sha256-AAA='], styles: [] };

describe('headers for the static build', () => {
  it('puts the security headers, CSP included, on every file served', () => {
    const all = serveConfig(inline).headers[0];
    expect(all?.source).toBe('**');
    expect(all?.headers.find((h) => h.key === 'Content-Security-Policy')?.value).toContain(
      "script-src 'self' 'sha256-AAA='",
    );
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
    expect(serveConfig(inline).headers).toHaveLength(downloadNames.length + 2);
  });

  it('lets any site frame the embed pages: for serve, their rule replaces the CSP and removes X-Frame-Options', () => {
    const [all, embed] = serveConfig(inline).headers;
    expect(all?.headers).toContainEqual({ key: 'X-Frame-Options', value: 'DENY' });
    expect(all?.headers.find((h) => h.key === 'Content-Security-Policy')?.value).toContain("frame-ancestors 'none'");
    expect(embed?.source).toBe('embed/**');
    // serve-handler applies every matching rule in order, and deletes a header whose value is null.
    expect(embed?.headers).toContainEqual({ key: 'X-Frame-Options', value: null });
    const policy = embed?.headers.find((h) => h.key === 'Content-Security-Policy')?.value;
    expect(policy).toContain('frame-ancestors *');
    expect(policy).toContain("script-src 'self' 'sha256-AAA='");
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
    expect(served[0]).toBe('trade/**');
    expect(served[1]).toBe('trade/embed/**');
    expect(served).toContain('trade/data/trade.csv');
    const lines = headersFile(inline, '/trade').split('\n');
    expect(lines[0]).toBe('/trade/*');
    expect(lines).toContain('/trade/embed/*');
    expect(lines).toContain('/trade/data/trade.csv');
    expect(redirectsFile('/trade')).toBe('/trade/ context=1 /trade/context 301\n');
    expect(redirectsFile()).toBe('/ context=1 /context 301\n');
  });
});
