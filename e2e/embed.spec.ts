import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CHARTS, VIEWS, embedCode, embedPage } from './embed-code';
import { startHostSite, type HostSite } from './host-page';

/*
 * A journalist pastes the embed code, exactly as the dialog gives it, into an
 * article on another site (another origin: e2e/host-page.ts). Every page of the
 * test fails on a console error or a CSP violation (e2e/fixtures.ts), the
 * article's and the frame's alike.
 */
let host: HostSite;
test.beforeAll(async () => {
  host = await startHostSite();
});
test.afterAll(async () => {
  await host.close();
});

const EMBED_MAIN = 'main.embed';

/** The frame's height on the article, and the height of the embed page inside it. */
async function heights(page: Page) {
  const frame = page.frames().find((candidate) => /\/embed\//.test(candidate.url()));
  if (!frame) throw new Error('no embed frame on the page');
  const embed = await frame.evaluate(
    (main) => document.querySelector(main)?.getBoundingClientRect().height ?? 0,
    EMBED_MAIN,
  );
  const framed = await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
  return { embed, framed };
}

/** Waits until the frame is as tall as the embed inside it (±2 px), and returns that height. */
async function fittedHeight(page: Page): Promise<number> {
  await expect
    .poll(async () => {
      const { embed, framed } = await heights(page);
      return Math.abs(embed - framed);
    })
    .toBeLessThanOrEqual(2);
  return (await heights(page)).framed;
}

for (const chart of CHARTS)
  for (const view of VIEWS)
    test(`${chart} (${view}): on another site, the frame loads the chart and follows its height as the page is resized`, async ({
      page,
      basePath,
    }) => {
      test.setTimeout(60_000);
      const code = await embedCode(page, chart, view);
      expect(code).toContain(`${basePath}${embedPage(chart, view)}"`);
      // The article page's own record of the messages it receives (not the frame's).
      await page.addInitScript(() => {
        if (window.top !== window) return;
        const seen: unknown[] = [];
        Object.assign(window, { seen });
        window.addEventListener('message', (event) => seen.push(event.data));
      });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(host.publish(`/${chart}-${view}.html`, code));

      const frame = page.frameLocator('iframe');
      await expect(frame.locator(`[data-chart="${chart}"] .chart-wide svg`).first()).toBeVisible();
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
        (await page.locator('iframe').getAttribute('title')) ?? '',
      );
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen))
        .toContainEqual({ 'russia-dprk-embed': { chart, height: expect.any(Number) } });
      const wide = await fittedHeight(page);

      // A phone-width column: the narrow drawing, the words wrapped, a taller frame.
      await page.setViewportSize({ width: 400, height: 900 });
      await expect(frame.locator(`[data-chart="${chart}"] .chart-narrow svg`).first()).toBeVisible();
      const narrow = await fittedHeight(page);
      expect(narrow).toBeGreaterThan(wide);

      // And back to a wide column: the frame shrinks with it.
      await page.setViewportSize({ width: 1100, height: 900 });
      await expect(frame.locator(`[data-chart="${chart}"] .chart-wide svg`).first()).toBeVisible();
      expect(await fittedHeight(page)).toBeLessThan(narrow);
    });

for (const chart of CHARTS)
  test(`${chart}: without the script, the code's fixed height shows the whole chart at 600 px wide, no scrollbar`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    for (const view of VIEWS) {
      const code = await embedCode(page, chart, view, { resize: false });
      expect(code).not.toContain('<script');
      await page.goto(host.publish(`/${chart}-${view}-fixed.html`, `<div style="width:600px">${code}</div>`));
      // Measured once the frame has loaded (its stylesheet included), as a reader would see it.
      const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
      if (!frame) throw new Error('the embed code made no frame');
      await frame.waitForURL(/\/embed\//);
      await frame.waitForLoadState('load');
      await expect(frame.locator(`[data-chart="${chart}"] .chart-narrow svg`).first()).toBeVisible();
      const overflow = await frame.locator('html').evaluate((html) => ({
        down: html.scrollHeight - html.clientHeight,
        across: html.scrollWidth - html.clientWidth,
      }));
      expect(overflow, view).toEqual({ down: 0, across: 0 });
    }
  });

test.describe('the rest of the site', () => {
  // What the browser says as it refuses: the test expects it.
  test.use({ expectedConsoleErrors: [/frame-ancestors|Refused to display/] });

  for (const route of ['/', '/context'])
    test(`${route} refuses to load in another site's frame`, async ({ page, baseURL, basePath }) => {
      const refused = page.waitForEvent('console', (message) => /frame-ancestors 'none'/.test(message.text()));
      await page.goto(
        host.publish(
          '/framing-the-dashboard.html',
          `<iframe src="${baseURL}${basePath}${route}" title="The dashboard"></iframe>`,
        ),
      );
      await refused;
      await expect(
        page.frameLocator('iframe').getByRole('heading', { name: 'Targets versus actual trade' }),
      ).toHaveCount(0);
    });
});
