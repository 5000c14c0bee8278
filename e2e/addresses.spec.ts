import { expect, test } from './fixtures';

/*
 * Addresses a reader may type or follow, answered alike by the Next server, the
 * static export and the sub-path export (whatever a static host can be told).
 */
test.describe('addresses that are not pages', () => {
  // The browser logs the 404 page's own status as a failed load.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  for (const address of ['/_not-found', '/no-such-page', '/present/no-such-slide']) {
    test(`${address} is a 404 with the page that says so and leads home`, async ({ page, basePath }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await page.getByRole('link', { name: 'Go to the dashboard' }).click();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
      expect(new URL(page.url()).pathname).toBe(basePath ? `${basePath}/` : '/');
    });
  }
});

test('a page asked for with a trailing slash is sent on to its address, with its query and fragment', async ({
  page,
  basePath,
}) => {
  await page.goto('/present/?slide=3');
  await expect.poll(() => new URL(page.url()).pathname).toBe(`${basePath}/present`);
  expect(new URL(page.url()).search).toBe('?slide=3');
  await expect(page.locator('.deck-progress')).toContainText('3 /');

  await page.goto('/context/#figures-shown');
  await expect.poll(() => new URL(page.url()).pathname).toBe(`${basePath}/context`);
  expect(new URL(page.url()).hash).toBe('#figures-shown');
  await expect(page.getByRole('link', { name: 'With context figures' })).toHaveAttribute('aria-current', 'page');
});
