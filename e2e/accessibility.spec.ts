import { expect, test } from './fixtures';
import { axeViolations, axeViolationsByTheme } from './axe';

/*
 * axe on every route, in the light and the dark theme, at desktop and phone
 * widths, and in the states a reader's own data creates. The HTML is the same
 * build in both projects, so this runs against the server only (see
 * playwright.config.ts).
 */
const ROUTES = [
  '/',
  '/context',
  '/present',
  '/present?slide=3',
  '/present/presenter',
  '/present/context?slide=2',
  '/present/context/presenter',
];
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 360, height: 740 },
];

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const route of ROUTES) {
      test(`${route} has no axe violations in the light or the dark theme`, async ({ page }) => {
        // axe walks the whole page twice; on a busy two-core machine that takes a while.
        test.setTimeout(120_000);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await page.goto(route);
          expect(await axeViolations(page), `${colorScheme} theme`).toEqual([]);
        }
      });
    }
  });
}

test.describe('the 404 page', () => {
  // The browser logs the page's own 404 status as a failed load.
  test.use({ expectedConsoleErrors: [/status of 404/] });
  for (const viewport of VIEWPORTS) {
    test(`has no axe violations in the light or the dark theme at ${viewport.width} px`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize(viewport);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const response = await page.goto('/no-such-page');
        expect(response?.status()).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await axeViolations(page), `${colorScheme} theme`).toEqual([]);
      }
    });
  }
});

const VALID =
  'year,value_usd,publisher,source,note\n2020,42740000,Russian customs service,https://example.org/a,\n2022-01,1000000,Russian customs service,,\n';
const INVALID = 'year,value_usd,publisher,source,note\n2020,"84,000,000",KOTRA,,\n2021,$84,KOTRA,,\n';

test('loaded data and a validation report have no axe violations, in either theme', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/context');
  const input = page.locator('.add-your-data input[type="file"]');
  await input.setInputFiles({ name: 'customs.csv', mimeType: 'text/csv', buffer: Buffer.from(VALID) });
  await expect(page.locator('.user-data-status')).toContainText('Your data: customs.csv');
  await input.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(INVALID) });
  await expect(page.locator('.upload-report')).toContainText('2 issues');
  expect(await axeViolationsByTheme(page)).toEqual({ light: [], dark: [] });
});

test('a paged table of loaded data and the question before replacing it have no axe violations, in either theme', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // 15 years × 10 publishers: 150 yearly figures, two pages.
  const many = [
    'year,value_usd,publisher',
    ...Array.from({ length: 150 }, (_, i) => `${2000 + (i % 15)},${1000 + i},Publisher ${Math.floor(i / 15)}`),
  ].join('\n');
  await page.goto('/');
  const input = page.locator('.add-your-data input[type="file"]');
  await input.setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(many) });
  await expect(page.locator('.table-pager [role="status"]')).toHaveText('Rows 1–100 of 150');
  await input.setInputFiles({ name: 'customs.csv', mimeType: 'text/csv', buffer: Buffer.from(VALID) });
  await expect(page.locator('.upload-confirm')).toContainText('Loading it replaces your data from many.csv');
  expect(await axeViolationsByTheme(page)).toEqual({ light: [], dark: [] });
});
