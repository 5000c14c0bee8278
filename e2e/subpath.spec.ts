import { readFileSync } from 'node:fs';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { expect, test } from './fixtures';

/*
 * The static build made for a sub-path (`npm run export:subpath`, /trade/), served
 * from a web root that holds nothing else. The main journeys run on it too
 * (playwright.config.ts); these are the things only a sub-path can break, and
 * only the subpath project runs them.
 */

test('nothing is asked for outside the sub-path, and everything asked for under it arrives', async ({
  page,
  basePath,
}) => {
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const { pathname, protocol } = new URL(request.url());
    if (protocol.startsWith('http') && !pathname.startsWith(`${basePath}/`) && pathname !== basePath)
      outside.push(pathname);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/');
  await expect(page.locator('[data-chart="trajectory"] .chart-wide svg.recharts-surface')).toBeVisible();
  await page.goto('/context');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/present');
  await expect(page.locator('.slide:visible')).toBeVisible();
  await page.goto('/present/context?slide=2');
  await expect(page.locator('.slide:visible .recharts-bar-rectangle')).toHaveCount(4);
  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
});

test('the site root and the folders beside the sub-path answer 404', async ({ request, basePath, baseURL }) => {
  for (const outside of ['/', '/index.html', '/data/trade.csv', '/_next/static/', '/icon.svg', '/context']) {
    // request.get prefixes the base path to a path; a full URL is asked for as written.
    const response = await request.get(`${baseURL}${outside}`);
    expect(response.status(), outside).toBe(404);
  }
  const icon = await request.get('/icon.svg');
  expect(icon.status()).toBe(200);
  expect(await icon.text()).toContain('<svg');
  expect(basePath).toBe('/trade');
});

test('a file loaded under the sub-path is read by the worker and charted', async ({ page }) => {
  await page.goto('/');
  const csv = [
    'year,value_usd,publisher',
    '2016,38000000,Russian customs service',
    '2017,31000000,Russian customs service',
  ];
  await page
    .locator('.add-your-data input[type="file"]')
    .setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n')) });
  await expect(page.locator('.user-data-status')).toContainText('Your data: mine.csv');
  await expect(page.locator('[data-chart="trajectory"] .chart-summary')).toContainText(
    'Also drawn, your data from mine.csv',
  );
});

test('the template and the data download from under the sub-path, byte for byte', async ({ page }) => {
  await page.goto('/');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download template' }).click();
  const download = await downloadPromise;
  expect(download.url()).toMatch(/\/trade\/data\/upload-template\.csv$/);
  expect(readFileSync(await download.path(), 'utf8')).toMatch(/^year,value_usd,publisher/);
  const trade = await page.request.get('/data/trade.csv');
  expect((await trade.body()).equals(readFileSync(path.join(process.cwd(), 'data', 'trade.csv')))).toBe(true);
});

test('Excel downloads come from under the sub-path, the browser-built ones with their writer', async ({ page }) => {
  await page.goto('/');
  const published = page.waitForEvent('download');
  await page
    .locator('[data-chart="attainment"]')
    .getByRole('link', { name: /^Download data \(Excel\)/ })
    .click();
  const workbook = await published;
  expect(workbook.url()).toMatch(/\/trade\/data\/chart-attainment\.xlsx$/);
  const [data] = await readXlsxFile(readFileSync(await workbook.path()));
  expect(data!.data[0]![7]).toBe('Attainment (actual / target)');

  await page.locator('.add-your-data input[type="file"]').setInputFiles({
    name: 'mine.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('year,value_usd,publisher\n2020,5,ITC\n'),
  });
  await expect(page.locator('.user-data-status')).toContainText('mine.csv');
  const mine = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download your data (Excel)' }).click();
  const [yours] = await readXlsxFile(readFileSync(await (await mine).path()));
  expect(yours!.data[1]!.slice(0, 3)).toEqual([2020, 5, 'ITC']);
});
