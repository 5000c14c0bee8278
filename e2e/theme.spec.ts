import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { countColours } from './pixels';

/*
 * The colour theme: it follows the system setting unless the reader picks one,
 * the pick survives a reload, slides and exported images stay light, and a
 * reader who asks for less motion gets none.
 */
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(20, 20, 20)';
const ARTICLE_LIGHT = 'rgb(0, 114, 178)';
const ARTICLE_DARK = 'rgb(86, 180, 233)';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** The colour the article's actual-trade bar is painted in. */
const actualBarFill = (page: Page) =>
  page
    .locator('[data-chart="target-vs-actual"] .chart-wide .recharts-bar-rectangle path')
    .last()
    .evaluate((path) => getComputedStyle(path).fill);
const themeButton = (page: Page, name: 'Auto' | 'Light' | 'Dark') =>
  page.getByRole('group', { name: 'Colour theme' }).getByRole('button', { name });

test('the dashboard follows the system theme, page and charts alike', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await background(page)).toBe(DARK_BG);
  expect(await actualBarFill(page)).toBe(ARTICLE_DARK);
  await expect(themeButton(page, 'Auto')).toHaveAttribute('aria-pressed', 'true');

  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(LIGHT_BG);
  expect(await actualBarFill(page)).toBe(ARTICLE_LIGHT);
});

test('a reader can pick a theme; it is kept after a reload and Auto hands back to the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await themeButton(page, 'Light').click();
  await expect(themeButton(page, 'Light')).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(LIGHT_BG);

  // Set before paint by the inline script, so the page never flashes dark.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe(LIGHT_BG);
  await expect(themeButton(page, 'Light')).toHaveAttribute('aria-pressed', 'true');

  await themeButton(page, 'Auto').click();
  expect(await background(page)).toBe(DARK_BG);
  await page.reload();
  expect(await background(page)).toBe(DARK_BG);

  // Dark on a light system.
  await page.emulateMedia({ colorScheme: 'light' });
  await themeButton(page, 'Dark').click();
  expect(await background(page)).toBe(DARK_BG);
  expect(await actualBarFill(page)).toBe(ARTICLE_DARK);
});

test('slides stay white in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/present?slide=2');
  const slide = page.locator('.slide:visible');
  expect(await slide.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(LIGHT_BG);
  const bar = slide.locator('.recharts-bar-rectangle path').last();
  expect(await bar.evaluate((path) => getComputedStyle(path).fill)).toBe(ARTICLE_LIGHT);
});

test('an image exported in the dark theme is drawn in the light colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const chart = page.locator('[data-chart="target-vs-actual"]');

  let downloadPromise = page.waitForEvent('download');
  await chart.getByRole('button', { name: 'Download SVG' }).click();
  const svg = readFileSync(await (await downloadPromise).path(), 'utf8');
  expect(svg).not.toContain('var(');
  expect(svg).toContain('fill="#0072B2"');

  downloadPromise = page.waitForEvent('download');
  await chart.getByRole('button', { name: 'Download PNG' }).click();
  const png = readFileSync(await (await downloadPromise).path());
  // Count the PNG's pixels in the light article blue and in the dark page colour.
  const { counts, topLeft } = await countColours(page, png, [
    { r: 0, g: 114, b: 178 },
    { r: 20, g: 20, b: 20 },
  ]);
  expect(topLeft).toEqual([255, 255, 255]);
  expect(counts[0]).toBeGreaterThan(1000);
  expect(counts[1]).toBe(0);
});

test.describe('motion', () => {
  const tooltipTransition = async (page: Page) => {
    await page.goto('/');
    await page.locator('[data-chart="target-vs-actual"] .chart-wide .recharts-bar-rectangle').first().hover();
    const tooltip = page.locator('[data-chart="target-vs-actual"] .chart-wide .recharts-tooltip-wrapper');
    await expect(tooltip).toContainText('US$');
    return tooltip.evaluate((el) => getComputedStyle(el).transitionDuration);
  };

  test('the tooltip glides by default', async ({ page }) => {
    expect(await tooltipTransition(page)).not.toBe('0s');
  });

  test('with prefers-reduced-motion, nothing moves', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await tooltipTransition(page)).toBe('0s');
  });
});
