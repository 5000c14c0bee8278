import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

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

  it('allows style elements by hash only; style attributes stay allowed for the charts', () => {
    expect(policy.get('style-src-elem')).toEqual(["'self'", "'sha256-BBB='"]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
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
      'X-Frame-Options',
      'Cross-Origin-Opener-Policy',
    ]);
    expect(securityHeaders(inline).find((h) => h.key === 'X-Content-Type-Options')?.value).toBe('nosniff');
  });
});
