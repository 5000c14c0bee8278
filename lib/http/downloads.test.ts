import { describe, expect, it } from 'vitest';
import { chartCsvName } from '../charts/files';
import { chartIds } from '../charts/registry';
import { VIEWS } from '../charts/view';
import { downloadNames, findDownload, listedDownloads } from './downloads';

describe('the downloads under /data/', () => {
  it('serve every chart’s table in both views, the raw files and the derived figures', () => {
    for (const id of chartIds) for (const view of VIEWS) expect(downloadNames).toContain(chartCsvName(id, view));
    expect(downloadNames.slice(0, 4)).toEqual(['sources.csv', 'targets.csv', 'trade.csv', 'events.csv']);
    expect(findDownload('trade.csv')).toEqual({ kind: 'raw', name: 'trade.csv' });
    expect(findDownload('chart-attainment-with-context.csv')?.kind).toBe('generated');
    expect(findDownload('../package.json')).toBeUndefined();
  });

  it('list on the page the data files and the derived figures (each chart links its own table)', () => {
    expect(listedDownloads).toEqual([
      'sources.csv',
      'targets.csv',
      'trade.csv',
      'events.csv',
      'figures-with-derived.csv',
    ]);
  });
});
