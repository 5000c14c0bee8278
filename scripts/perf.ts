// `npm run perf`: builds the dashboard and a bare reference page (scripts/perf-reference/),
// serves both with `next start` on loopback, and measures side by side:
//   - the HTML and the JavaScript each route sends;
//   - Lighthouse, mobile and desktop, run after run on every page in turn.
// Prints everything, writes the figures to docs/performance.md, and keeps the reports in
// perf-results/. A missed target is reported, never fatal: the exit code says only whether
// something crashed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from './lib/build';
import { measureHtml } from './lib/page-html';
import { lighthouseSideBySide, type PageUnderTest } from './lib/perf-lighthouse';
import { printLighthouse, printScripts, printWorker } from './lib/perf-report';
import { pagesSection } from './lib/perf-section';
import { HTML_TARGET } from './lib/perf-targets';
import { writeSection } from './lib/performance-doc';
import { measureRoutes } from './lib/route-js';
import { startServer } from './lib/start-server';
import { kb, mark } from './lib/table';

// 3300–3399 is this command's range on shared machines; PERF_PORT moves it within.
const port = Number(process.env.PERF_PORT ?? 3300);
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const REFERENCE_DIR = 'scripts/perf-reference';
const scriptRoutes = ['/', '/context', '/present', '/present/presenter', '/present/context'];
const htmlRoutes = ['/', '/context', '/present', '/present/context'];
const lighthouseRoutes = ['/', '/context', '/present'];
const resultsDir = path.join(process.cwd(), 'perf-results');

async function main(): Promise<void> {
  mkdirSync(resultsDir, { recursive: true });
  build();
  build(REFERENCE_DIR);
  const app = await startServer(port);
  const reference = await startServer(port + 1, { dir: REFERENCE_DIR });
  try {
    console.log(`Serving the dashboard on ${app.origin} and the reference page on ${reference.origin}.`);
    const scripts = await measureRoutes(app.origin, scriptRoutes);
    printScripts(scripts);
    const worker = printWorker(scripts);
    const html = await measureHtml(app.origin, htmlRoutes);
    console.log('\n== HTML per route (uncompressed) ==\n');
    for (const page of html) {
      const target = page.route === '/' ? ` (target ${HTML_TARGET.label}: ${mark(HTML_TARGET.met(page.bytes))})` : '';
      console.log(`  ${page.route}: ${kb(page.bytes)} KB, ${page.elements} elements${target}`);
    }

    console.log('\n== Lighthouse ==\n');
    const pages: PageUnderTest[] = [
      { label: 'reference', url: `${reference.origin}/`, route: 'reference' },
      ...lighthouseRoutes.map((route) => ({ label: route, url: app.origin + route, route })),
    ];
    const summaries = await lighthouseSideBySide(pages, ['mobile', 'desktop'], runs, resultsDir);
    printLighthouse(summaries, runs);
    writeSection('pages', pagesSection(scripts, html, summaries, runs));

    const file = path.join(resultsDir, `perf-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      JSON.stringify({ date: new Date().toISOString(), scripts, worker, html, lighthouse: summaries }, null, 2),
    );
    console.log(`\nSummary written to ${path.relative(process.cwd(), file)}. Missed targets are reported, not fatal.`);
  } finally {
    await reference.stop();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
