import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function downloadFrom(page: Page, scope: string, button: 'Download PNG' | 'Download SVG'): Promise<Download> {
  const downloadPromise = page.waitForEvent('download');
  await page.locator(scope).getByRole('button', { name: button }).click();
  return downloadPromise;
}

test.describe('charts exported for a slide deck', () => {
  test('PNG is 1920×1080 and decodes as an image', async ({ page }) => {
    await page.goto('/');
    const download = await downloadFrom(page, '[data-chart="target-vs-actual"]', 'Download PNG');
    expect(download.suggestedFilename()).toBe('russia-dprk-target-vs-actual.png');
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Decode it for real in the browser, as an image viewer would.
    const size = await page.evaluate(async (base64) => {
      const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      return [bitmap.width, bitmap.height];
    }, bytes.toString('base64'));
    expect(size).toEqual([1920, 1080]);
  });

  test('SVG is standalone XML with the title, the source and the unit', async ({ page }) => {
    await page.goto('/context');
    const download = await downloadFrom(page, '[data-chart="trajectory"]', 'Download SVG');
    expect(download.suggestedFilename()).toBe('russia-dprk-trajectory-with-context.svg');
    const text = readFileSync(await download.path(), 'utf8');
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        width: doc.documentElement.getAttribute('width'),
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | '),
        external: [...doc.querySelectorAll('[href], [*|href]')].length,
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.width).toBe('1920');
    expect(parsed.text).toContain('The path trade would have needed, and the path it took');
    // Many reports: each producer named once, with the outlets that report its figures.
    expect(parsed.text).toContain('Kremlin via TASS, RIA Novosti');
    // No legend travels with an image: the subtitle says whose each shape is.
    expect(parsed.text).toContain('blue circles: KOTRA');
    expect(parsed.text).toContain('orange squares: Russian customs');
    expect(parsed.text).toContain('Unit: US$ million (current dollars)');
    expect(parsed.external).toBe(0);
  });

  test('the attainment image gives its unit as a share of each target, not money', async ({ page }) => {
    await page.goto('/');
    const download = await downloadFrom(page, '[data-chart="attainment"]', 'Download SVG');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toContain('>Unit: share of each target (%)</text>');
    expect(text).not.toContain('US$ million (current dollars)');
  });

  test('slides export their charts too', async ({ page }) => {
    await page.goto('/present?slide=2');
    const download = await downloadFrom(page, '.slide:visible', 'Download SVG');
    expect(download.suggestedFilename()).toBe('russia-dprk-slide-2-target-vs-actual.svg');
    expect(readFileSync(await download.path(), 'utf8')).toContain('KOTRA via CGTN, 2019-04-23');
  });
});

test('printing the dashboard leaves out the controls and keeps the charts', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.context-switch')).toBeHidden();
  await expect(page.locator('.export-buttons').first()).toBeHidden();
  await expect(page.locator('.downloads-section')).toBeHidden();
  await expect(page.locator('[data-chart="trajectory"] .chart-wide svg')).toBeVisible();
});

test('printed on A4, the dashboard has the wide charts, no upload controls, and the sources’ web addresses', async ({
  page,
}) => {
  // A4 at the default 1 cm margins: about 718 CSS px, under the phone breakpoint of 720.
  await page.setViewportSize({ width: 718, height: 1000 });
  await page.goto('/context');
  await page.emulateMedia({ media: 'print' });
  for (const chart of ['target-vs-actual', 'trajectory']) {
    await expect(page.locator(`[data-chart="${chart}"] .chart-wide svg`)).toBeVisible();
    await expect(page.locator(`[data-chart="${chart}"] .chart-narrow`)).toBeHidden();
  }
  await expect(page.getByRole('heading', { name: 'Add your data' })).toBeHidden();
  const printedAfterLinks = await page
    .locator('.sources-table a[href^="http"]')
    .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]));
  expect(printedAfterLinks.length).toBeGreaterThan(0);
  for (const [href, after] of printedAfterLinks) expect(after).toBe(`" (${href})"`);
});
