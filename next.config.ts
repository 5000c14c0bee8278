import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { formatReport } from './lib/csv/issues';
import { readDataset } from './lib/dataset/load';
import { fixedSecurityHeaders } from './lib/http/security-headers';
import { parseBasePath } from './lib/site/base-path';

/** `npm run export` sets this: a static build in out/ that any file server can host offline. */
const staticExport = process.env.STATIC_EXPORT === '1';

/** `BASE_PATH=/trade npm run export` builds for serving under /trade/ (lib/site/base-path.ts). */
const basePath = parseBasePath(process.env.BASE_PATH);

/** Invalid data must never ship: the build stops with the same report as `npm run check-data`. */
function assertDataIsValid(): void {
  const { issues } = readDataset();
  if (issues.length > 0) {
    console.error(`\nThe CSV files in data/ are not valid; fix them and build again.\n${formatReport(issues)}\n`);
    throw new Error(`data/ has ${issues.length} validation issue(s); see the report above.`);
  }
}

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) assertDataIsValid();
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    ...(basePath ? { basePath } : {}),
    env: { NEXT_PUBLIC_BASE_PATH: basePath },
    turbopack: {
      resolveAlias: {
        // pptxgenjs (the PowerPoint writer) zips with JSZip. Its source build pulls in Node's
        // stream and util polyfills, which probe for generators with Function(): an eval the
        // page's CSP blocks. JSZip's own browser build is self-contained and needs no eval.
        jszip: { browser: 'jszip/dist/jszip.min.js' },
      },
    },
    ...(staticExport
      ? {
          // Written to out/. Its intermediate files go to .next like a server build's,
          // so build the server after exporting (npm run test:e2e does).
          output: 'export',
        }
      : {
          // The headers that depend neither on the build nor on the route; proxy.ts adds
          // the CSP and X-Frame-Options (embed pages may be framed, nothing else may).
          // A static host sets them from the files `npm run export` writes (see README).
          async headers() {
            return [{ source: '/:path*', headers: [...fixedSecurityHeaders] }];
          },
        }),
  };
}
