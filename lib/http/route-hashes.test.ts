import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineHashes } from './inline-hashes';
import { inlineHashesByFraming } from './route-hashes';

/** A built site in a temporary folder, laid out as out/ is: pages, a nested page, the embed pages. */
const out = mkdtempSync(join(tmpdir(), 'route-hashes-'));
const page = (script: string) => `<html><body><script>${script}</script></body></html>`;
const pages: Record<string, string> = {
  'index.html': page('shared()'),
  'context.html': page('dashboard()'),
  'present/presenter.html': page('presenter()'),
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
    expect(none.scripts).toEqual([hashOf('shared()'), hashOf('dashboard()'), hashOf('presenter()')].sort());
  });
});
