import { expect, test, underBase } from './fixtures';

test('switching context figures on and off changes the charts and the URL', async ({ page, basePath }) => {
  // Start with the article's figures only.
  await page.goto('/');
  const bars = page.locator('[data-chart="target-vs-actual"] .chart-wide .recharts-bar-rectangle');
  await expect(bars).toHaveCount(3);
  await expect(page.getByRole('link', { name: 'Article figures only' })).toHaveAttribute('aria-current', 'page');

  // Switch context figures on: the URL says so, and the 2020 figure appears, marked as context.
  await page.getByRole('link', { name: 'With context figures' }).click();
  await expect(page).toHaveURL(/\/context#figures-shown$/);
  await expect(bars).toHaveCount(4);
  const lastLabel = page
    .locator('[data-chart="target-vs-actual"] .chart-wide .recharts-yAxis .recharts-cartesian-axis-tick text')
    .last();
  await expect(lastLabel).toContainText('Actual 2020');
  await expect(lastLabel).toContainText('context');
  await expect(page.locator('[data-chart="target-vs-actual"] .chart-wide .recharts-label-list text').last()).toHaveText(
    'US$42.74 m',
  );
  await expect(page.locator('[data-chart="trajectory"] .chart-wide .published-dot').first()).toBeVisible();
  await expect(page.locator('.download-link').first()).toHaveAttribute(
    'href',
    underBase('/data/chart-target-vs-actual-with-context.csv', basePath),
  );

  // Switch back off.
  await page.getByRole('link', { name: 'Article figures only' }).click();
  await expect(page).toHaveURL(/\/#figures-shown$/);
  await expect(bars).toHaveCount(3);
  await expect(page.locator('[data-chart="trajectory"] .chart-wide .published-dot')).toHaveCount(0);
});

test('from the keyboard, the page comes back to the switch, and Tab goes on from there', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await page.getByRole('link', { name: 'With context figures' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/context#figures-shown$/);
  // The switch is on screen (the page did not open at its top) ...
  await expect(page.getByRole('navigation', { name: 'Figures shown' })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // ... and the next Tab lands on it, not on "Skip to content".
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Article figures only' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/#figures-shown$/);
  await expect(page.getByRole('navigation', { name: 'Figures shown', exact: true })).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Article figures only' })).toBeFocused();
});

test('an old link with ?context=1 lands on /context, the context view', async ({ page }) => {
  await page.goto('/?context=1#figures-shown');
  await expect(page).toHaveURL(/\/context#figures-shown$/);
  await expect(page.getByRole('link', { name: 'With context figures' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('[data-chart="target-vs-actual"] .chart-wide .recharts-bar-rectangle')).toHaveCount(4);
  await expect(page.locator('[data-chart="target-vs-actual"] .chart-summary')).toContainText(
    'In 2020 itself trade was US$42.74 m (Russian customs service, context figure)',
  );
});
