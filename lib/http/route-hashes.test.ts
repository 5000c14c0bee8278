import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineHashes } from './inline-hashes';
import { inlineHashesByFraming, pathOfPage, staticPageHashes } from './route-hashes';

/** A built site in a temporary folder, laid out as out/ is: pages, a nested page, the embed pages. */
const out = mkdtempSync(join(tmpdir(), 'route-hashes-'));
const page = (script: string) => `<html><body><script>${script}</script></body></html>`;
const pages: Record<string, string> = {
  'index.html': page('shared()'),
  'context.html': page('dashboard()'),
  'present/presenter.html': page('presenter()').replace('<body>', '<body><style>.slide{}</style>'),
  '404.html': page('missing()'),
  'embed/trajectory.html': page('shared()'),
  'embed/trajectory/context.html': page('embedded()'),
};
for (const [file, html] of Object.entries(pages)) {
  mkdirSync(join(out, file, '..'), { recursive: true });
  writeFileSync(join(out, file), html);
}
afterAll(() => rmSync(out, { recursive: true, force: true }));

const hashOf = (script: string) => inlineHashes(page(script)).scripts[0];

describe('the hashes each kind of route’s CSP lists', () => {
  it('are the embed pages’ for an embed route, and the other pages’ for the rest', () => {
    const { none, any } = inlineHashesByFraming(out);
    expect(any.scripts).toEqual([hashOf('shared()'), hashOf('embedded()')].sort());
    expect(none.scripts).toEqual(
      [hashOf('shared()'), hashOf('dashboard()'), hashOf('presenter()'), hashOf('missing()')].sort(),
    );
  });
});

describe('the hashes of a static export, page by page', () => {
  it('give each page its own, by the address it is served at; the 404 page’s apart; the embed pages’ together', () => {
    const { pages: byPage, notFound, embed } = staticPageHashes(out);
    expect(byPage.map(({ path, file, hashes }) => [path, file, hashes.scripts])).toEqual([
      ['/context', 'context.html', [hashOf('dashboard()')]],
      ['/', 'index.html', [hashOf('shared()')]],
      ['/present/presenter', 'present/presenter.html', [hashOf('presenter()')]],
    ]);
    // The slides' style on every page: a link followed inside the app adds it to the page it leaves.
    const style = inlineHashes('<style>.slide{}</style>').styles;
    for (const { path, hashes } of byPage) expect(hashes.styles, path).toEqual(style);
    expect(notFound.scripts).toEqual([hashOf('missing()')]);
    expect(embed.scripts).toEqual([hashOf('shared()'), hashOf('embedded()')].sort());
  });

  it('name a page by its address', () => {
    expect(
      ['index.html', 'context.html', 'present/context/presenter.html', 'embed/index.html'].map(pathOfPage),
    ).toEqual(['/', '/context', '/present/context/presenter', '/embed']);
  });
});
