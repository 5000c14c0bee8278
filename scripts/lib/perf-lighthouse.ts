// Lighthouse over several pages, run after run side by side (page A, page B, …, then again),
// so that a slow minute on a shared machine falls on every page alike; the median of each
// page's runs is reported, with the audits of its median run.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Result } from 'lighthouse';
import {
  diagnostics,
  erroredAudits,
  failingAudits,
  figuresOf,
  runLighthouse,
  type Figures,
  type Finding,
  type Preset,
} from './lighthouse-run';
import { median } from './median';

export type PageUnderTest = { label: string; url: string; route: string };

export interface LighthouseSummary {
  page: PageUnderTest;
  preset: Preset;
  median: Figures;
  runs: Figures[];
  findings: Finding[];
  diagnostics: Finding[];
  errored: string[];
  warnings: string[];
  report: string;
}

const FIGURES: (keyof Figures)[] = ['performance', 'accessibility', 'bestPractices', 'lcpMs', 'tbtMs', 'cls'];

async function once(page: PageUnderTest, preset: Preset, run: number, runs: number): Promise<Result | null> {
  process.stdout.write(`Lighthouse ${preset} ${page.label} run ${run}/${runs} … `);
  const started = Date.now();
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    try {
      const lhr = await runLighthouse(page.url, preset);
      console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
      return lhr;
    } catch (error) {
      // Chrome now and then reports an "interstitial" on a page that loads fine the next time:
      // a failed run is tried once more, then left out, rather than losing the whole report.
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[1] ?? String(error);
      console.log(attempt === 1 ? `failed (${reason}); once more … ` : 'left out');
    }
  }
  return null;
}

function summarise(page: PageUnderTest, preset: Preset, lhrs: Result[], resultsDir: string): LighthouseSummary {
  if (lhrs.length === 0) throw new Error(`Every Lighthouse run failed for ${preset} ${page.label}.`);
  const all = lhrs.map(figuresOf);
  const medianFigures = Object.fromEntries(
    FIGURES.map((key) => [key, median(all.map((f) => f[key]))]),
  ) as unknown as Figures;
  // Audits are read from the run whose performance score is the median one.
  const order = all.map((figures, index) => ({ index, score: figures.performance })).sort((a, b) => a.score - b.score);
  const medianRun = lhrs[order[Math.floor(order.length / 2)]!.index]!;
  const report = path.join(resultsDir, `lighthouse-${preset}-${page.label.replace(/[^\w]+/g, '-')}.json`);
  writeFileSync(report, JSON.stringify(medianRun));
  return {
    page,
    preset,
    median: medianFigures,
    runs: all,
    findings: failingAudits(medianRun),
    diagnostics: diagnostics(medianRun),
    errored: erroredAudits(medianRun),
    warnings: medianRun.runWarnings,
    report,
  };
}

export async function lighthouseSideBySide(
  pages: readonly PageUnderTest[],
  presets: readonly Preset[],
  runs: number,
  resultsDir: string,
): Promise<LighthouseSummary[]> {
  const summaries: LighthouseSummary[] = [];
  for (const preset of presets) {
    const results = new Map<PageUnderTest, Result[]>(pages.map((page) => [page, []]));
    for (let run = 1; run <= runs; run += 1) {
      for (const page of pages) {
        const lhr = await once(page, preset, run, runs);
        if (lhr) results.get(page)?.push(lhr);
      }
    }
    for (const page of pages) summaries.push(summarise(page, preset, results.get(page) ?? [], resultsDir));
  }
  return summaries;
}
