import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * A reader who loaded data of their own comes back (or reloads) while scrolled
 * down the page. Their data arrives from IndexedDB after the first paint; the
 * space it takes must already be there, so that nothing they read moves.
 */

const MINE = [
  'year,value_usd,publisher,source,note',
  '2016,38000000,Russian customs service,https://example.org/2016,',
  '2017,31000000,Russian customs service,https://example.org/2017,',
  '2020,42740000,Russian customs service,https://tass.com/economy/1258635,checked',
  '2021,42000000,Russian customs service,https://example.org/2021,',
].join('\n');

/** The page's layout shifts from load until `ms` later, as Chromium scores them (none after input). */
function layoutShiftAfterLoad(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (wait) =>
      new Promise<number>((resolve) => {
        let score = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) score += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(score), wait);
      }),
    ms,
  );
}

/*
 * How far the timeline's title moves down the document from the first frame it
 * is drawn in. Unlike the layout-shift score, this does not depend on when the
 * browser restores the scroll position or anchors it (a jump the browser hides by
 * scrolling scores 0 yet is there), so it tells a page that reserves its space
 * from one that does not on every run.
 */
function watchTimelineDrift(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { timelineDrift: { min: number; max: number } | null };
    w.timelineDrift = null;
    const started = performance.now();
    const step = () => {
      const title = document.getElementById('timeline-title');
      if (title) {
        const top = title.getBoundingClientRect().top + window.scrollY;
        const d = w.timelineDrift;
        w.timelineDrift = d ? { min: Math.min(d.min, top), max: Math.max(d.max, top) } : { min: top, max: top };
      }
      if (performance.now() - started < 6000) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

async function timelineDrift(page: Page): Promise<number> {
  const drift = await page.evaluate(
    () => (window as unknown as { timelineDrift: { min: number; max: number } | null }).timelineDrift,
  );
  expect(drift, 'the timeline was drawn').not.toBeNull();
  return drift!.max - drift!.min;
}

async function reloadScrolledTo(page: Page, selector: string) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -40));
  // The page's scripts (which bring the reader's data) arrive a little after its
  // HTML, as on any real network: the first frame is then always drawn without
  // the data, on a busy machine too, and what follows is what a reader sees.
  await page.unroute('**/_next/static/chunks/*.js');
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.fallback();
  });
  await page.reload();
  // The browser brings the reader back where they were, before the data arrives.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 360, height: 740 },
]) {
  test(`a returning reader’s page does not jump while their data arrives, ${viewport.width} px wide`, async ({
    page,
  }) => {
    // Four loads of the page, two of them waited out for 3 s: generous on a busy machine.
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    await watchTimelineDrift(page);
    await page.addInitScript(() => {
      if (sessionStorage.getItem('e2e-forget-reserved-space')) localStorage.removeItem('russia-dprk-reserved-space');
    });
    await page.goto('/');
    await page
      .locator('.add-your-data input[type="file"]')
      .setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(MINE) });
    await expect(page.locator('.user-data-status')).toContainText('Your data: mine.csv');
    // The bars chart has grown by the reader's 2020 bar, and the heights are kept for their return.
    await expect(page.locator('[data-chart="target-vs-actual"] .chart-wide .recharts-bar-rectangle')).toHaveCount(4);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            JSON.parse(localStorage.getItem('russia-dprk-reserved-space') ?? '{}').heights?.['your-data-table'] ?? 0,
        ),
      )
      .toBeGreaterThan(100);

    // Without the kept heights (as before this was fixed), what the reader reads moves
    // down as their data is drawn above it: the check can see it.
    // The kept heights are forgotten as the reloaded page starts, before its own scripts
    // run: removed any earlier, the page being left could write them again in the
    // meantime (its charts resize as they are scrolled past).
    await page.evaluate(() => sessionStorage.setItem('e2e-forget-reserved-space', '1'));
    await reloadScrolledTo(page, '#timeline-title');
    await layoutShiftAfterLoad(page, 3000);
    expect(await timelineDrift(page)).toBeGreaterThan(50);
    await page.evaluate(() => sessionStorage.removeItem('e2e-forget-reserved-space'));
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('russia-dprk-reserved-space') !== null))
      .toBe(true);

    // With them, it stands still.
    await reloadScrolledTo(page, '#timeline-title');
    const reserved = await layoutShiftAfterLoad(page, 3000);
    expect(reserved).toBeLessThan(0.02);
    expect(await timelineDrift(page)).toBeLessThanOrEqual(1);
    await expect(page.locator('[data-chart="trajectory"] .chart-summary')).toContainText(
      'Also drawn, your data from mine.csv',
    );

    // Once the data is removed, nothing more is reserved.
    await page.getByRole('button', { name: 'Remove your data' }).click();
    await expect(page.locator('.user-data-status')).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('russia-dprk-reserved-space'))).toBeNull();
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.reserved)).toBeUndefined();
  });
}
