import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, framingOf, securityHeaders } from './security-headers';

const inline = { scripts: ['sha256-AAA='], styles: ['sha256-BBB='] };
const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('the Content-Security-Policy', () => {
  const policy = directives(contentSecurityPolicy(inline));

  it('allows scripts only from this origin and by the exact hashes of the built inline scripts', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-AAA='"]);
    expect(contentSecurityPolicy(inline)).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*|https?:/);
  });

  it('has the directives the issue asks for', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
  });

  it('lets a page frame only this site’s own pages (the Embed dialog’s preview)', () => {
    expect(policy.get('frame-src')).toEqual(["'self'"]);
  });

  it('allows style elements by hash only; style attributes stay allowed for the charts', () => {
    expect(policy.get('style-src-elem')).toEqual(["'self'", "'sha256-BBB='"]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });
});

describe('an embed page’s Content-Security-Policy', () => {
  const embed = directives(contentSecurityPolicy(inline, 'any'));
  const page = directives(contentSecurityPolicy(inline));

  it('lets any site frame it, and it frames nothing', () => {
    expect(embed.get('frame-ancestors')).toEqual(['*']);
    expect(embed.get('frame-src')).toEqual(["'none'"]);
  });

  it('is otherwise the same policy, as strict as every other page’s', () => {
    expect([...embed.keys()]).toEqual([...page.keys()]);
    for (const [directive, values] of page)
      if (directive !== 'frame-ancestors' && directive !== 'frame-src')
        expect(embed.get(directive), directive).toEqual(values);
  });
});

describe('who may frame a route', () => {
  it('is any site for the embed pages and no site for the rest', () => {
    for (const path of ['/embed/trajectory', '/embed/trajectory/context', '/embed/resize.js'])
      expect(framingOf(path), path).toBe('any');
    for (const path of [
      '/',
      '/context',
      '/present',
      '/present/presenter',
      '/data/trade.csv',
      '/embedded',
      '/x/embed/a',
    ])
      expect(framingOf(path), path).toBe('none');
  });
});

describe('security headers', () => {
  it('are the CSP and the fixed headers, each once', () => {
    const keys = securityHeaders(inline).map((h) => h.key);
    expect(keys).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
      'X-Frame-Options',
    ]);
    expect(securityHeaders(inline).find((h) => h.key === 'X-Frame-Options')?.value).toBe('DENY');
    expect(securityHeaders(inline).find((h) => h.key === 'X-Content-Type-Options')?.value).toBe('nosniff');
  });

  it('on an embed page have no X-Frame-Options, which has no value for "any site"', () => {
    const keys = securityHeaders(inline, 'any').map((h) => h.key);
    expect(keys).not.toContain('X-Frame-Options');
    expect(keys).toContain('Cross-Origin-Opener-Policy');
  });
});
