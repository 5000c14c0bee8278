// What JavaScript each route makes a browser download. Next 16 no longer prints first-load
// JS sizes, so we load every route in headless Chromium and weigh the scripts it fetched.
// Sizes are gzip -9 of each body computed here, not the transferred size: `next start`
// compresses with its own settings, and our own gzip gives the same figure on every run.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../../e2e/browser';

export interface Script {
  /** Path on the server, e.g. /_next/static/chunks/abc.js */
  path: string;
  raw: number;
  gzip: number;
}

export interface RouteScripts {
  route: string;
  /** The page's Largest Contentful Paint element as Chromium saw it (unthrottled): Lighthouse 12.2.3 may fail to name it. */
  lcp?: { element: string; ms: number };
  scripts: Script[];
  raw: number;
  gzip: number;
}

export function gzipSize(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}

/** Raw and gzip bytes of several scripts together. */
export function totalSize(scripts: readonly Script[]): { raw: number; gzip: number } {
  return {
    raw: scripts.reduce((sum, script) => sum + script.raw, 0),
    gzip: scripts.reduce((sum, script) => sum + script.gzip, 0),
  };
}

export async function measureRoutes(origin: string, routes: readonly string[]): Promise<RouteScripts[]> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  try {
    const results: RouteScripts[] = [];
    for (const route of routes) {
      // A fresh context per route: an empty cache, so each route counts everything it needs.
      const context = await browser.newContext();
      const page = await context.newPage();
      const pending: Promise<Script | undefined>[] = [];
      const seen = new Set<string>();
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (response.request().resourceType() !== 'script' || url.origin !== origin || seen.has(url.href)) return;
        seen.add(url.href);
        pending.push(
          response
            .body()
            .then((body) => ({ path: url.pathname + url.search, raw: body.length, gzip: gzipSize(body) }))
            .catch(() => undefined),
        );
      });
      const response = await page.goto(origin + route, { waitUntil: 'networkidle' });
      if (!response?.ok()) throw new Error(`${route} answered ${response?.status() ?? 'nothing'}`);
      const lcp = await page.evaluate(
        () =>
          new Promise<{ element: string; ms: number } | undefined>((resolve) => {
            new PerformanceObserver((list) => {
              const last = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element | null }) | undefined;
              const element = last?.element;
              const text = element?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60) ?? '';
              resolve(
                last && {
                  element: element
                    ? `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}> "${text}"`
                    : '(removed)',
                  ms: Math.round(last.startTime),
                },
              );
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve(undefined), 2000);
          }),
      );
      const scripts = (await Promise.all(pending)).filter((script): script is Script => script !== undefined);
      await context.close();
      results.push({ route, lcp, scripts, ...totalSize(scripts) });
    }
    return results;
  } finally {
    await browser.close();
  }
}
