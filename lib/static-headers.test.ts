import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadNames } from './downloads';
import { serveConfig } from './static-headers';

describe('serve.json (headers for the static build)', () => {
  it('is up to date with the downloads: run `npm run write-serve-config` if not', () => {
    const committed = JSON.parse(readFileSync(path.join(process.cwd(), 'serve.json'), 'utf8'));
    expect(committed).toEqual(serveConfig());
  });

  it('makes every download an attachment with its full name', () => {
    const rule = serveConfig().headers.find((r) => r.source === 'data/trade.csv');
    expect(rule?.headers).toContainEqual({ key: 'Content-Disposition', value: 'attachment; filename="russia-dprk-trade.csv"' });
    expect(serveConfig().headers).toHaveLength(downloadNames.length);
  });
});
