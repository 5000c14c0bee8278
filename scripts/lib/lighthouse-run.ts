// One Lighthouse run against a page, in a Chromium of its own, and the figures and failing
// audits perf reports from its result. The CLI in a plain `node` child process rather than
// the Node API: under tsx, esbuild adds `__name(…)` helpers to Lighthouse's functions, and
// Lighthouse sends some of them to the page as source text, where `__name` does not exist
// (ReferenceError in computeBenchmarkIndex).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Result } from 'lighthouse';
import { chromiumArgs, chromiumExecutable } from '../../e2e/browser';

export type Preset = 'mobile' | 'desktop';

export interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export async function runLighthouse(url: string, preset: Preset): Promise<Result> {
  const dir = mkdtempSync(path.join(tmpdir(), 'perf-lighthouse-'));
  const output = path.join(dir, 'report.json');
  const args = [
    require.resolve('lighthouse/cli/index.js'),
    url,
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=${[...chromiumArgs, '--headless=new'].join(' ')}`,
    // Mobile is Lighthouse's default (emulated Moto G Power, simulated slow 4G, 4× CPU slowdown).
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        // Same resolver as the e2e tests, then Playwright's own download as the last resort.
        env: { ...process.env, CHROME_PATH: chromiumExecutable() ?? chromium.executablePath() },
        stdio: ['ignore', 'inherit', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-4000);
      });
      child.once('error', reject);
      child.once('exit', (code, signal) =>
        code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code ?? signal} for ${url}:\n${stderr}`)),
      );
    });
    const lhr = JSON.parse(readFileSync(output, 'utf8')) as Result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function figuresOf(lhr: Result): Figures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}

type Item = Record<string, unknown>;

/** One line per table row: the element (selector, snippet, why it failed) or URL, and its figures. */
function describeItem(item: Item): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(item)) {
    if (value && typeof value === 'object' && (value as Item).type === 'node') {
      const node = value as { selector?: string; snippet?: string; explanation?: string };
      parts.push(`${node.selector ?? ''} ${node.snippet ?? ''}`.trim());
      if (node.explanation) parts.push(node.explanation.replace(/\s+/g, ' '));
    } else if (value && typeof value === 'object' && (value as Item).type === 'source-location') {
      const location = value as { url?: string; line?: number };
      parts.push(`${location.url ?? ''}:${location.line ?? ''}`);
    } else if (typeof value === 'string' && key !== 'entity') {
      parts.push(`${key}=${value}`);
    } else if (typeof value === 'number') {
      parts.push(`${key}=${Number.isInteger(value) ? value : value.toFixed(value < 1 ? 3 : 0)}`);
    }
  }
  const line = parts.join(' | ');
  return line.length > 240 ? `${line.slice(0, 237)}…` : line;
}

function itemsOf(details: unknown): Item[] {
  if (!details || typeof details !== 'object') return [];
  const { type, items } = details as { type?: string; items?: unknown[] };
  if (!Array.isArray(items)) return [];
  // A list (the LCP element audit) holds tables: flatten them.
  if (type === 'list') return items.flatMap((inner) => itemsOf(inner));
  return items.filter((item): item is Item => Boolean(item) && typeof item === 'object');
}

export interface Finding {
  category: string;
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  items: string[];
}

/**
 * Audits that cost points: in accessibility and best practices every scored audit below 1;
 * in performance the metrics and opportunities below 0.9 (Lighthouse's own "passed" line).
 * Items are capped so that the report stays readable; the full result is saved as JSON.
 */
export function failingAudits(lhr: Result, maxItems = 5): Finding[] {
  const findings: Finding[] = [];
  for (const [categoryId, category] of Object.entries(lhr.categories)) {
    const passLine = categoryId === 'performance' ? 0.9 : 1;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= passLine) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      findings.push({
        category: categoryId,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue,
        items: itemsOf(audit.details).slice(0, maxItems).map(describeItem),
      });
    }
  }
  return findings;
}

/**
 * Audits Lighthouse could not compute, with its reason. Lighthouse 12.2.3 (the last for Node 20)
 * cannot read some trace events of newer Chromium, so e.g. the LCP element audit may be missing.
 */
export function erroredAudits(lhr: Result): string[] {
  return Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === 'error')
    .map((audit) => `${audit.id}: ${(audit.errorMessage ?? '').slice(0, 160)}`);
}

/** What the LCP and TBT figures are made of, whether or not they miss: where a fix would start. */
export function diagnostics(lhr: Result, maxItems = 4): Finding[] {
  const ids = [
    'largest-contentful-paint-element',
    'long-tasks',
    'bootup-time',
    'mainthread-work-breakdown',
    'render-blocking-resources',
    'unused-javascript',
    'layout-shifts',
  ];
  return ids.flatMap((id) => {
    const audit = lhr.audits[id];
    if (!audit || audit.scoreDisplayMode === 'notApplicable') return [];
    const items = itemsOf(audit.details);
    if (items.length === 0) return [];
    return [
      {
        category: 'diagnostic',
        id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue,
        items: items.slice(0, maxItems).map(describeItem),
      },
    ];
  });
}
