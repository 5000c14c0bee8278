import { describe, expect, it } from 'vitest';
import { nginxCspMap } from './nginx-csp';
import type { StaticHashes } from './route-hashes';

const inline: StaticHashes = {
  notFound: { scripts: ['sha256-NNN='], styles: [] },
  pages: [
    { path: '/', file: 'index.html', hashes: { scripts: ['sha256-AAA='], styles: [] } },
    { path: '/present/context', file: 'present/context.html', hashes: { scripts: ['sha256-PPP='], styles: [] } },
  ],
  embed: { scripts: ['sha256-EEE='], styles: [] },
};

/** The map's entries, key to the policy's script-src and frame-ancestors. */
function entries(map: string): Record<string, string> {
  return Object.fromEntries(
    [...map.matchAll(/^ {2}(\S+) "([^"]*)";$/gm)].map(([, key = '', policy = '']) => [
      key,
      `${/script-src ([^;]*)/.exec(policy)?.[1]} | ${/frame-ancestors ([^;]*)/.exec(policy)?.[1]}`,
    ]),
  );
}

describe('the CSP map for nginx', () => {
  it('gives each page its policy at its address and its file, the embed pages theirs, anything else the 404 page’s', () => {
    const map = nginxCspMap(inline);
    expect(map).toMatch(/^map \$uri \$russia_dprk_csp \{$/m);
    expect(entries(map)).toEqual({
      default: "'self' 'sha256-NNN=' | 'none'",
      '~^/embed/': "'self' 'sha256-EEE=' | *",
      '~^(/+(index\\.html)?)?$': "'self' 'sha256-AAA=' | 'none'",
      '/present/context': "'self' 'sha256-PPP=' | 'none'",
      '/present/context.html': "'self' 'sha256-PPP=' | 'none'",
    });
  });

  it('under a sub-path, lists the addresses there; the home page by a pattern, as try_files leaves it', () => {
    expect(Object.keys(entries(nginxCspMap(inline, '/trade')))).toEqual([
      'default',
      '~^/trade/embed/',
      '~^/trade(/+(index\\.html)?)?$',
      '/trade/present/context',
      '/trade/present/context.html',
    ]);
  });
});
