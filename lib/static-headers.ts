import { attachmentName, downloadNames } from './downloads';

/**
 * Headers a static host must send for out/, as a `serve` configuration
 * (serve.json, also a readable list for any other host). The Next server sets the
 * same ones itself (app/data/[file]/route.ts).
 */
export type StaticHeaderRule = { source: string; headers: { key: string; value: string }[] };

export function staticHeaderRules(): StaticHeaderRule[] {
  return downloadNames.map((name) => ({
    source: `data/${name}`,
    headers: [
      { key: 'Content-Type', value: 'text/csv; charset=utf-8' },
      { key: 'Content-Disposition', value: `attachment; filename="${attachmentName(name)}"` },
    ],
  }));
}

export function serveConfig(): { headers: StaticHeaderRule[] } {
  return { headers: staticHeaderRules() };
}
