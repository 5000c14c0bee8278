import { expect, test } from './fixtures';
import { axeViolations, axeViolationsByTheme } from './axe';
import { CHARTS, VIEWS, embedPage, openEmbedDialog } from './embed-code';

/*
 * axe on every embed page, in the light and the dark theme (the reader's system
 * setting, and the theme the embed code asks for), at a column's width and a
 * phone's; and on the Embed dialog. Like the site's axe matrix, on the server only.
 */
for (const width of [1000, 320])
  for (const chart of CHARTS)
    for (const view of VIEWS)
      test(`${embedPage(chart, view)} at ${width} px has no axe violations in the light or the dark theme`, async ({
        page,
      }) => {
        test.setTimeout(60_000);
        await page.setViewportSize({ width, height: 800 });
        await page.goto(embedPage(chart, view));
        expect(await axeViolationsByTheme(page)).toEqual({ light: [], dark: [] });
        // The theme the embed code asks for, whatever the system's.
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(`${embedPage(chart, view)}?theme=dark`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        expect(await axeViolations(page)).toEqual([]);
      });

test('the Embed dialog has no axe violations, in either theme', async ({ page }) => {
  // The whole dashboard behind it, and the preview's frame, walked twice: on a busy two-core machine that takes a while.
  test.setTimeout(120_000);
  await page.goto('/context');
  await openEmbedDialog(page, 'trajectory');
  expect(await axeViolationsByTheme(page)).toEqual({ light: [], dark: [] });
});
