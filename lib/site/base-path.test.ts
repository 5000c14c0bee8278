import { describe, expect, it } from 'vitest';
import { parseBasePath, withBasePath } from './base-path';

describe('the base path a build is made for', () => {
  it('is empty at a domain root, however that is written', () => {
    expect(parseBasePath(undefined)).toBe('');
    expect(parseBasePath('')).toBe('');
    expect(parseBasePath('/')).toBe('');
  });

  it('keeps one or more segments and drops a trailing slash', () => {
    expect(parseBasePath('/trade')).toBe('/trade');
    expect(parseBasePath('/trade/')).toBe('/trade');
    expect(parseBasePath('/org/russia-dprk')).toBe('/org/russia-dprk');
  });

  it('refuses what is not a path, and says how to write it', () => {
    for (const bad of ['trade', 'https://example.org/trade', '/trade?x=1', '/tr ade', '//trade'])
      expect(() => parseBasePath(bad), bad).toThrow(/write it as \/trade/);
  });

  it('prefixes an address of the site', () => {
    expect(withBasePath('/data/trade.csv', '/trade')).toBe('/trade/data/trade.csv');
    expect(withBasePath('/data/trade.csv', '')).toBe('/data/trade.csv');
  });
});
