// What `npm run perf` prints: the JavaScript each route loads, the upload worker, and the
// Lighthouse figures against their targets with the audits that cost points.
import path from 'node:path';
import type { Figures, Finding } from './lighthouse-run';
import type { LighthouseSummary } from './perf-lighthouse';
import { targetsFor, TBT_RATIO_TARGET } from './perf-targets';
import { totalSize, type RouteScripts } from './route-js';
import { formatTable, kb, mark } from './table';
import { findWorkerChunks } from './worker-chunks';

export function printScripts(results: RouteScripts[]): void {
  console.log('\n== JavaScript loaded per route (same-origin scripts, gzip -9 computed here) ==\n');
  console.log(
    formatTable(
      ['route', 'scripts', 'raw KB', 'gzip KB'],
      results.map((result) => [result.route, String(result.scripts.length), kb(result.raw), kb(result.gzip)]),
    ),
  );
  console.log('\nLCP element per route (unthrottled Chromium, for naming the element only):');
  for (const result of results)
    console.log(`  ${result.route}: ${result.lcp ? `${result.lcp.element} at ${result.lcp.ms} ms` : 'none reported'}`);
  for (const result of results) {
    console.log(`\nLargest 5 on ${result.route}:`);
    const largest = [...result.scripts].sort((a, b) => b.gzip - a.gzip).slice(0, 5);
    console.log(
      formatTable(
        ['  chunk', 'raw KB', 'gzip KB'],
        largest.map((script) => [`  ${script.path}`, kb(script.raw), kb(script.gzip)]),
      ),
    );
  }
}

export function printWorker(results: RouteScripts[]): unknown {
  console.log('\n== Upload worker (started only when a file is chosen) ==\n');
  const worker = findWorkerChunks();
  if (!worker) {
    console.log('No turbopack-worker chunk found in .next/static/chunks: not reported.');
    return undefined;
  }
  const loadedOnPageLoad = new Set(results.flatMap((result) => result.scripts.map((script) => script.path)));
  // Runtime chunks can be shared with the page; only the rest is what a file upload adds.
  const rows = worker.scripts.map((script) => [
    script.path,
    kb(script.raw),
    kb(script.gzip),
    loadedOnPageLoad.has(script.path) ? 'yes (shared)' : 'no',
  ]);
  console.log(formatTable(['chunk', 'raw KB', 'gzip KB', 'loaded on page load'], rows));
  const extra = worker.scripts.filter((script) => !loadedOnPageLoad.has(script.path));
  const onDemand = totalSize(extra);
  console.log(
    `Total ${kb(worker.raw)} KB raw, ${kb(worker.gzip)} KB gzip; fetched on demand only: ${kb(onDemand.raw)} KB raw, ${kb(onDemand.gzip)} KB gzip.`,
  );
  const bootstrapLoaded = worker.scripts.some(
    (script) => script.path.includes('turbopack-worker-') && loadedOnPageLoad.has(script.path),
  );
  console.log(
    `Worker bootstrap loaded on page load: ${bootstrapLoaded ? 'YES (it should not be)' : 'no (as intended)'}.`,
  );
  return { ...worker, onDemandOnly: extra.map((script) => script.path) };
}

function printFinding(finding: Finding): void {
  const score = finding.score === null ? '' : ` score ${finding.score}`;
  console.log(
    `   [${finding.category}] ${finding.id}: ${finding.title}${finding.displayValue ? ` — ${finding.displayValue}` : ''}${score}`,
  );
  for (const item of finding.items) console.log(`       · ${item}`);
}

const FIGURES: (keyof Figures)[] = ['performance', 'accessibility', 'bestPractices', 'lcpMs', 'tbtMs', 'cls'];

export function formatFigure(key: keyof Figures, value: number): string {
  if (key === 'lcpMs') return `${(value / 1000).toFixed(2)} s`;
  if (key === 'tbtMs') return `${Math.round(value)} ms`;
  if (key === 'cls') return value.toFixed(3);
  return String(value);
}

/** A figure, with whether it meets its target when the route has one. */
export function judged(summary: LighthouseSummary, key: keyof Figures): string {
  const target = targetsFor(summary.page.route, summary.preset)[key];
  const value = summary.median[key];
  return target ? `${formatFigure(key, value)} ${mark(target.met(value))}` : formatFigure(key, value);
}

/** Below this the reference page's TBT is all but nil (desktop): a ratio to it would say nothing. */
const MEANINGFUL_TBT_MS = 50;

/**
 * A page's median TBT as a multiple of the reference page's in the same preset, judged
 * against its target on mobile, where the framework's own TBT is large enough to divide by.
 */
export function tbtRatioCell(summary: LighthouseSummary, reference: LighthouseSummary | undefined): string {
  if (summary === reference) return '1.00×';
  if (!reference || reference.median.tbtMs < MEANINGFUL_TBT_MS) return '–';
  const ratio = summary.median.tbtMs / reference.median.tbtMs;
  const verdict = summary.preset === 'mobile' ? mark(TBT_RATIO_TARGET.met(ratio)) : '(for information)';
  return `${ratio.toFixed(2)}× ${verdict}`;
}

export function printLighthouse(summaries: LighthouseSummary[], runs: number): void {
  for (const preset of ['mobile', 'desktop'] as const) {
    const rows = summaries.filter((summary) => summary.preset === preset);
    const reference = rows.find((summary) => summary.page.label === 'reference');
    console.log(`\n== Lighthouse ${preset}: median of ${runs} runs, pages side by side ==\n`);
    console.log(
      formatTable(
        [
          'page',
          'performance',
          'accessibility',
          'best practices',
          'LCP',
          'TBT',
          'CLS',
          'TBT / reference',
          'perf per run',
        ],
        rows.map((summary) => {
          const ratioCell = tbtRatioCell(summary, reference);
          return [
            summary.page.label,
            ...FIGURES.map((key) => judged(summary, key)),
            ratioCell,
            summary.runs.map((figures) => figures.performance).join('/'),
          ];
        }),
      ),
    );
  }
  console.log('\n== Lighthouse audits that cost points (median run of each) ==');
  for (const summary of summaries) {
    console.log(
      `\n-- ${summary.preset} ${summary.page.label} (full report: ${path.relative(process.cwd(), summary.report)})`,
    );
    if (summary.findings.length === 0) console.log('   none');
    for (const finding of summary.findings) printFinding(finding);
    if (summary.preset === 'mobile') {
      const shown = new Set(summary.findings.map((finding) => finding.id));
      const more = summary.diagnostics.filter((finding) => !shown.has(finding.id));
      if (more.length > 0) console.log('   Also, what LCP and TBT are made of:');
      for (const finding of more) printFinding(finding);
    }
    for (const warning of summary.warnings) console.log(`   Lighthouse warning: ${warning.split(' Learn more')[0]}`);
    if (summary.errored.length > 0) {
      const ids = summary.errored.map((line) => line.split(':')[0]).join(', ');
      console.log(`   Audits Lighthouse could not run: ${ids}`);
    }
  }
}
