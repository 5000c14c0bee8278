import { describe, expect, it } from 'vitest';
import { embedHeight } from './heights';
import { embedSnippet, embedUrl, resizeScriptUrl, type SiteAddress } from './snippet';

const root: SiteAddress = { origin: 'https://trade.example', base: '' };
const pages: SiteAddress = { origin: 'https://org.github.io', base: '/russia-dprk' };

describe('the embed address', () => {
  it('is absolute, at the origin and under the base path the site is served at', () => {
    expect(embedUrl(root, { chart: 'trajectory', view: 'article', theme: 'auto' })).toBe(
      'https://trade.example/embed/trajectory',
    );
    expect(embedUrl(pages, { chart: 'trajectory', view: 'context', theme: 'auto' })).toBe(
      'https://org.github.io/russia-dprk/embed/trajectory/context',
    );
    expect(resizeScriptUrl(pages)).toBe('https://org.github.io/russia-dprk/embed/resize.js');
  });

  it('carries a theme only when one is chosen; auto follows the reader’s system', () => {
    expect(embedUrl(root, { chart: 'attainment', view: 'article', theme: 'dark' })).toBe(
      'https://trade.example/embed/attainment?theme=dark',
    );
    expect(embedUrl(pages, { chart: 'target-vs-actual', view: 'context', theme: 'light' })).toBe(
      'https://org.github.io/russia-dprk/embed/target-vs-actual/context?theme=light',
    );
  });
});

describe('the embed code', () => {
  it('is a titled, lazy, full-width iframe at its fixed height, then the one-line script', () => {
    const code = embedSnippet(
      pages,
      { chart: 'trajectory', view: 'context', theme: 'dark', resize: true },
      'The path trade would have needed, and the path it took',
    );
    const height = embedHeight('trajectory', 'context');
    expect(code).toBe(
      `<iframe src="https://org.github.io/russia-dprk/embed/trajectory/context?theme=dark" title="The path trade would have needed, and the path it took" width="100%" height="${height}" style="width:100%;border:0" loading="lazy"></iframe>\n` +
        '<script src="https://org.github.io/russia-dprk/embed/resize.js" async></script>',
    );
  });

  it('is the iframe alone without the script', () => {
    const code = embedSnippet(
      root,
      { chart: 'attainment', view: 'article', theme: 'auto', resize: false },
      'How much of each target was reached',
    );
    expect(code).toBe(
      `<iframe src="https://trade.example/embed/attainment" title="How much of each target was reached" width="100%" height="${embedHeight('attainment', 'article')}" style="width:100%;border:0" loading="lazy"></iframe>`,
    );
    expect(code).not.toContain('<script');
  });

  it('keeps a title with quotes and angle brackets inside its attribute', () => {
    const code = embedSnippet(
      root,
      { chart: 'target-vs-actual', view: 'article', theme: 'auto', resize: false },
      'Trade "fell" <far> short & more',
    );
    expect(code).toContain('title="Trade &quot;fell&quot; &lt;far&gt; short &amp; more"');
    // Six attributes, each in one pair of quotes: none broken open by the title.
    expect(code.match(/"/g)?.length).toBe(12);
  });
});
