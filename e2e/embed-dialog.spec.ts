import { expect, test } from './fixtures';
import { openEmbedDialog } from './embed-code';

/*
 * The Embed dialog under every chart, on the dashboard and in slide mode: its
 * choices, the code they make, Copy, the preview, and the keyboard.
 */

test('every chart has Embed, on the dashboard and on its slide', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.chart-card').getByRole('button', { name: /^Embed: / })).toHaveCount(3);
  await page.goto('/present');
  const slides = page.locator('.slide:has(.slide-chart)');
  expect(await slides.count()).toBeGreaterThan(0);
  await expect(slides.locator('.slide-footer button', { hasText: 'Embed' })).toHaveCount(await slides.count());
});

test('from the keyboard: opens, picks a view and a theme, copies, says "Copied", closes back to its button', async ({
  page,
  context,
  baseURL,
  basePath,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/context');
  const button = page.locator('[data-chart="trajectory"]').getByRole('button', { name: /^Embed/ });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  await expect(dialog).toBeVisible();
  // The browser moves focus into the modal dialog.
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);

  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(
    new RegExp(
      `^<iframe src="${baseURL}${basePath}/embed/trajectory/context" title="The path trade would have needed, and the path it took" `,
    ),
  );
  // The view the chart is shown in is chosen; arrow keys move between the options.
  const withContext = dialog.getByRole('radio', { name: 'With context figures' });
  await expect(withContext).toBeChecked();
  await withContext.focus();
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('radio', { name: 'Article figures only' })).toBeChecked();
  await expect(code).toHaveValue(
    new RegExp(`src="${baseURL}${basePath}/embed/trajectory" title="The path trade would have needed" `),
  );
  await dialog.getByRole('radio', { name: /^Auto/ }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(code).toHaveValue(/\/embed\/trajectory\?theme=dark"/);
  await expect(code).toHaveValue(
    new RegExp(`\\n<script src="${baseURL}${basePath}/embed/resize\\.js" async></script>$`),
  );

  // Copy: the code lands on the clipboard, and a status region (heard by screen readers) says so.
  const status = dialog.getByRole('status');
  await expect(status).toHaveText('');
  await dialog.getByRole('button', { name: 'Copy' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  // Copy again: the region empties and says "Copied" anew, so a screen reader hears the second copy too.
  await status.evaluate((region) => {
    const heard: string[] = [];
    new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    (window as unknown as { heard: string[] }).heard = heard;
  });
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
    .toEqual(['', 'Copied']);
  // Another choice makes another code: "Copied" no longer speaks of it.
  await dialog.getByRole('checkbox', { name: /Height follows the chart/ }).uncheck();
  await expect(status).toHaveText('');
  await expect(code).not.toHaveValue(/<script/);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('the preview shows the embed as the code will, at the embed’s own height', async ({ page }) => {
  await page.goto('/');
  const dialog = await openEmbedDialog(page, 'attainment');
  const preview = dialog.locator('iframe');
  await expect(preview).toHaveAttribute('title', 'Preview: How much of each target was reached');
  const frame = page.frameLocator('.embed-dialog iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('How much of each target was reached');
  const embedHeight = () =>
    frame.locator('main.embed').evaluate((main) => Math.ceil(main.getBoundingClientRect().height));
  await expect.poll(async () => (await preview.boundingBox())?.height).toBe(await embedHeight());
  // Dark, as picked: the embed's own background.
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await frame.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe(
    'rgb(20, 20, 20)',
  );
});

test('in slide mode the dialog keeps its keys and clicks: the slide stays', async ({ page }) => {
  await page.goto('/present');
  const chartSlide = page.locator('.slide:has(.slide-chart)').first();
  const index = await chartSlide.getAttribute('data-index');
  await page.goto(`/present?slide=${index}`);
  await expect(page.locator('.deck')).toHaveAttribute('data-keys', 'on');
  const slide = page.locator(`.slide[data-index="${index}"]`);
  await slide
    .locator('.slide-footer')
    .getByRole('button', { name: /^Embed/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: /^Auto/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Light' })).toBeChecked();
  await dialog.getByText('Embed code').click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-slide', String(index));
  // Outside the dialog, the keys move the slides again.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('data-slide', String(Number(index) + 1));
});
