import { createRequire } from 'node:module';
// The pages' section of docs/performance.md, from one `npm run perf` run.
import type { PageHtml } from './page-html';
import type { LighthouseSummary } from './perf-lighthouse';
import { judged, tbtRatioCell } from './perf-report';
import { HTML_TARGET } from './perf-targets';
import { machineLine, markdownTable } from './performance-doc';
import type { RouteScripts } from './route-js';
import { kb, mark } from './table';

const LIGHTHOUSE_VERSION = (createRequire(__filename)('lighthouse/package.json') as { version: string }).version;

export function pagesSection(
  scripts: readonly RouteScripts[],
  html: readonly PageHtml[],
  summaries: readonly LighthouseSummary[],
  runs: number,
): string {
  const lighthouse = (['mobile', 'desktop'] as const).map((preset) => {
    const rows = summaries.filter((summary) => summary.preset === preset);
    const reference = rows.find((summary) => summary.page.label === 'reference');
    return [
      `#### Lighthouse ${preset}, median of ${runs} runs`,
      '',
      markdownTable(
        ['page', 'performance', 'accessibility', 'best practices', 'LCP', 'TBT', 'TBT / reference', 'CLS', 'runs'],
        rows.map((summary) => {
          return [
            summary === reference ? 'bare Next page (reference)' : `\`${summary.page.route}\``,
            judged(summary, 'performance'),
            judged(summary, 'accessibility'),
            judged(summary, 'bestPractices'),
            judged(summary, 'lcpMs'),
            judged(summary, 'tbtMs'),
            tbtRatioCell(summary, reference),
            judged(summary, 'cls'),
            summary.runs.map((figures) => figures.performance).join(', '),
          ];
        }),
      ),
    ].join('\n');
  });
  return [
    '## Pages (`npm run perf`)',
    '',
    machineLine(),
    '',
    `Lighthouse ${LIGHTHOUSE_VERSION} on the built app (\`next start\`) and, side by side in the same run, a bare Next.js`,
    'page built with the same Next and React (`scripts/perf-reference/`): a route’s TBT over the bare page’s',
    'says how much of it is the dashboard’s own, on any machine. Targets for `/` and `/context`: mobile',
    'performance ≥ 90, LCP ≤ 1.8 s, TBT ≤ 350 ms and ≤ 1.5× the bare page’s, CLS ≤ 0.02; desktop 100;',
    'accessibility and best practices 100 everywhere.',
    '',
    ...lighthouse.flatMap((table) => [table, '']),
    '#### What each route sends',
    '',
    markdownTable(
      ['route', 'HTML (uncompressed)', 'elements', 'scripts', 'JavaScript raw', 'JavaScript gzip'],
      scripts.map((result) => {
        const page = html.find((entry) => entry.route === result.route);
        const htmlCell = page
          ? `${kb(page.bytes)} KB${page.route === '/' ? ` ${mark(HTML_TARGET.met(page.bytes))} (target ${HTML_TARGET.label})` : ''}`
          : '–';
        return [
          `\`${result.route}\``,
          htmlCell,
          page ? String(page.elements) : '–',
          String(result.scripts.length),
          `${kb(result.raw)} KB`,
          `${kb(result.gzip)} KB`,
        ];
      }),
    ),
  ].join('\n');
}
