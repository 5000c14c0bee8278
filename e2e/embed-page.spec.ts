import { expect, test } from './fixtures';
import { CHARTS, VIEWS, embedCode, embedPage } from './embed-code';
import { startHostSite, type HostSite } from './host-page';

/*
 * The embed page itself (/embed/<chart>, /embed/<chart>/context): what it shows
 * at any width and without JavaScript, where its links go, and that it draws the
 * published figures only, whatever the reader loaded on the dashboard.
 */
let host: HostSite;
test.beforeAll(async () => {
  host = await startHostSite();
});
test.afterAll(async () => {
  await host.close();
});

for (const chart of CHARTS)
  test(`${chart}: its embed pages fit 300 to 1200 px wide with the title, chart, sources and data`, async ({
    page,
  }) => {
    for (const view of VIEWS)
      for (const width of [300, 1200]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(embedPage(chart, view));
        const where = `${chart} ${view} at ${width} px`;
        await expect(page.getByRole('heading', { level: 1 }), where).toBeVisible();
        await expect(page.locator(`.chart-${width < 720 ? 'narrow' : 'wide'} svg`).first(), where).toBeVisible();
        await expect(page.locator('.source-note a').first(), where).toBeVisible();
        await expect(page.getByRole('link', { name: /^Download data \(CSV\)/ }), where).toBeVisible();
        await expect(page.getByRole('link', { name: /Full dashboard/ }), where).toBeVisible();
        // No site header, and nothing wider than the frame.
        await expect(page.getByRole('group', { name: 'Colour theme' })).toHaveCount(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(width);
      }
  });

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the chart, its words and its sources are already in the page', async ({ page }) => {
    await page.goto('/embed/trajectory/context');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The path trade would have needed, and the path it took',
    );
    await expect(page.locator('.chart-wide .recharts-line')).not.toHaveCount(0);
    await expect(page.locator('.chart-summary')).toContainText('Figures from');
    await expect(page.locator('.source-note a')).not.toHaveCount(0);
    await page.goto('/embed/target-vs-actual');
    await expect(page.locator('.chart-wide .recharts-bar-rectangle')).toHaveCount(3);
  });
});

test('in another site’s frame, links open in the top window and the chart answers pointer and keyboard', async ({
  page,
  baseURL,
  basePath,
}) => {
  // The dashboard, the article, the frame, recharts woken twice: slow on a busy two-core machine.
  test.setTimeout(90_000);
  const code = await embedCode(page, 'trajectory', 'context');
  await page.goto(host.publish('/trajectory.html', code));
  const frame = page.frameLocator('iframe');

  // Every link that leaves the page opens in the window around the frame; the downloads stay downloads.
  const links = frame.locator('a[href]:not([href^="#"])');
  expect(await links.count()).toBeGreaterThan(3);
  for (const link of await links.all())
    if ((await link.getAttribute('download')) === null) await expect(link).toHaveAttribute('target', '_top');

  // The published table downloads from inside the frame.
  const download = page.waitForEvent('download');
  await frame.getByRole('link', { name: /^Download data \(CSV\)/ }).click();
  expect((await download).suggestedFilename()).toBe('russia-dprk-chart-trajectory-with-context.csv');

  // Pointing at the chart shows its tooltip, as on the dashboard.
  const chart = frame.locator('.chart-wide');
  await chart
    .locator('svg.recharts-surface')
    .first()
    .hover({ position: { x: 300, y: 200 } });
  await expect(chart.locator('.recharts-tooltip-wrapper')).toContainText(/\d{4}/);

  // Tab from the article into the frame, onto the chart: arrow keys step through the years.
  await page.mouse.move(0, 0);
  const onChart = () =>
    page
      .frames()
      .find((candidate) => candidate.url().includes('/embed/'))
      ?.evaluate(
        () =>
          document.activeElement?.closest('.chart-wide') != null &&
          document.activeElement?.getAttribute('tabindex') === '0',
      );
  await page.locator('h1').click();
  for (let i = 0; i < 20 && !(await onChart()); i += 1) await page.keyboard.press('Tab');
  expect(await onChart()).toBe(true);
  const tooltip = chart.locator('.recharts-tooltip-wrapper');
  await expect(async () => {
    await page.keyboard.press('ArrowRight');
    await expect(tooltip).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  const first = await tooltip.innerText();
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).not.toHaveText(first);

  // The full dashboard replaces the article, at this chart, rather than opening inside the frame.
  await frame.getByRole('link', { name: /Full dashboard/ }).click();
  await expect(page).toHaveURL(`${baseURL}${basePath}/context#trajectory`);
});

const READERS_CSV = 'year,value_usd,publisher\n2016,38000000,Reader customs\n2017,31000000,Reader customs\n';

test('an embed draws the published figures only, never the reader’s data, and never opens its store', async ({
  page,
}) => {
  // Every page counts its own calls to IndexedDB, where the dashboard keeps the reader's data.
  await page.addInitScript(() => {
    const open = indexedDB.open.bind(indexedDB);
    Object.assign(window, { idbOpened: 0 });
    indexedDB.open = (...args: Parameters<IDBFactory['open']>) => {
      (window as unknown as { idbOpened: number }).idbOpened += 1;
      return open(...args);
    };
  });
  await page.goto('/context');
  await page
    .locator('.add-your-data input[type="file"]')
    .setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(READERS_CSV) });
  await expect(page.locator('[data-chart="trajectory"] .legend-user')).not.toHaveCount(0);
  await expect(page.locator('[data-chart="trajectory"] [aria-label*="mine.csv"]')).not.toHaveCount(0);

  // The same browser, the same origin, the data still stored: the embed page shows none of it.
  await page.goto('/embed/trajectory/context');
  const chart = page.locator('.chart-wide');
  await chart
    .locator('svg.recharts-surface')
    .first()
    .hover({ position: { x: 300, y: 200 } });
  await expect(chart.locator('.recharts-tooltip-wrapper')).toBeVisible();
  await expect(page.locator('.legend-user')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('mine.csv');
  await expect(page.locator('[aria-label*="mine.csv"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { idbOpened: number }).idbOpened)).toBe(0);
});
