import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * The Excel downloads, as a reader gets them: clicked on the page, saved, and
 * opened with a workbook reader. The build-time workbooks are checked cell by
 * cell against their CSVs in lib/http/spreadsheets*.test.ts (LibreOffice too).
 */

const workbook = async (file: string) => readXlsxFile(readFileSync(file));

async function download(page: Page, click: () => Promise<void>) {
  const promise = page.waitForEvent('download');
  await click();
  const saved = await promise;
  return { name: saved.suggestedFilename(), path: await saved.path() };
}

const VALID = [
  'year,value_usd,publisher,source,note',
  '2020,42740000,Russian customs service,https://tass.com/economy/1258635,=1+1',
  '2021,42000000,Russian customs service,https://example.org/2021,',
].join('\n');

async function upload(page: Page, name: string, text: string) {
  await page
    .locator('.add-your-data input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

test.describe('a reader downloads a table for Excel', () => {
  test('each data file has its workbook beside it: the same rows, amounts as numbers, its sources named', async ({
    page,
  }) => {
    await page.goto('/');
    const saved = await download(page, () =>
      page
        .locator('.downloads li')
        .filter({ hasText: 'russia-dprk-trade.csv' })
        .getByRole('link', { name: /^Excel/ })
        .click(),
    );
    expect(saved.name).toBe('russia-dprk-trade.xlsx');
    const [data, sources] = await workbook(saved.path);
    expect(data!.sheet).toBe('Data');
    expect(data!.data[0]!.slice(0, 6)).toEqual(['Year', 'Value (US$)', 'Basis', 'Kind', 'Produced by', 'Derived from']);
    const csv = Papa.parse<string[]>(readFileSync('data/trade.csv', 'utf8').trim()).data;
    expect(data!.data.map((row) => row.slice(0, 2))).toEqual([
      ['Year', 'Value (US$)'],
      ...csv.slice(1).map((row) => [Number(row[0]), Number(row[1])]),
    ]);
    expect(sources!.sheet).toBe('Sources');
    expect(sources!.data.find((row) => row[5] === 'cgtn-2019-04-23')?.[3]).toMatch(/^https:\/\/news\.cgtn\.com\//);
  });

  test("a chart's workbook holds the rows of its CSV, and the reader's rows while their data is loaded", async ({
    page,
  }) => {
    await page.goto('/context');
    const chart = page.locator('[data-chart="target-vs-actual"]');
    const published = await download(page, () => chart.getByRole('link', { name: /^Download data \(Excel\)/ }).click());
    expect(published.name).toBe('russia-dprk-chart-target-vs-actual-with-context.xlsx');
    const [data] = await workbook(published.path);
    expect(data!.data.slice(1).map((row) => row[0])).toEqual([
      'Original target',
      'Revised target',
      'Actual 2015',
      'Actual 2020',
    ]);
    expect(data!.data[0]![5]).toBe('Value (US$)');
    expect(data!.data.slice(1).map((row) => row[5])).toEqual([1000000000, 500000000, 84000000, 42740000]);

    await upload(page, 'customs.csv', VALID);
    await expect(page.locator('.user-data-status')).toContainText('customs.csv');
    const trajectory = page.locator('[data-chart="trajectory"]');
    const withUser = await download(page, () =>
      trajectory.getByRole('link', { name: /^Download data \(Excel\)/ }).click(),
    );
    expect(withUser.name).toBe('russia-dprk-chart-trajectory-with-context.xlsx');
    const [rows, sources] = await workbook(withUser.path);
    const header = rows!.data[0]!;
    const user = rows!.data.filter((row) => row[header.indexOf('Basis')] === 'user');
    expect(user.map((row) => [row[header.indexOf('Year')], row[header.indexOf('Value (US$)')]])).toEqual([
      [2020, 42740000],
      [2021, 42000000],
    ]);
    // The reader's note is theirs and is kept as text, neutralised as in the CSV.
    expect(user[0]![header.indexOf('Note')]).toBe("'=1+1");
    // Their file is named among the sources, with the address their row gives.
    expect(sources!.data.filter((row) => row[1] === 'Your data: customs.csv').map((row) => row[3])).toEqual([
      'https://tass.com/economy/1258635',
      'https://example.org/2021',
    ]);
  });

  test('the reader’s data and a validation report download as workbooks, the writer loading only then', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    await page.goto('/');
    await upload(page, 'customs.csv', VALID);
    await expect(page.locator('.user-data-status')).toContainText('customs.csv');
    await page.waitForLoadState('networkidle');
    const before = scripts.length;
    const mine = await download(page, () => page.getByRole('button', { name: 'Download your data (Excel)' }).click());
    // The workbook writer came with the click: at least one script the page had not loaded.
    expect(scripts.length).toBeGreaterThan(before);
    expect(mine.name).toBe('russia-dprk-your-data.xlsx');
    const [data, sources] = await workbook(mine.path);
    expect(data!.data[0]).toEqual([
      'Year',
      'Value (US$)',
      'Publisher',
      'Kind',
      'Months added up',
      'Source',
      'Note',
      'File',
    ]);
    expect(data!.data[1]!.slice(0, 5)).toEqual([2020, 42740000, 'Russian customs service', 'yearly total', 0]);
    expect(sources!.data[1]![3]).toBe('https://tass.com/economy/1258635');

    await upload(page, 'messy.csv', ['year,value_usd,publisher', '2020,-5,ITC', '2021,84m,ITC'].join('\n'));
    const report = page.locator('.upload-report');
    await expect(report).toContainText('messy.csv: 2 issues');
    const saved = await download(page, () => report.getByRole('button', { name: 'Download report (Excel)' }).click());
    expect(saved.name).toBe('messy-validation-report.xlsx');
    const [issues] = await workbook(saved.path);
    expect(issues!.data[0]).toEqual(['Line', 'Column', 'Column number', 'Problem', 'Value in the file', 'What to do']);
    // Lines are numbers to sort by; a value stays the text the file held, even when it looks like a number.
    expect(issues!.data.slice(1).map((row) => [row[0], row[4]])).toEqual([
      [2, '-5'],
      [3, '84m'],
    ]);
  });

  test('a workbook is served as one, to save', async ({ request }) => {
    const response = await request.get('/data/chart-attainment.xlsx');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const [data] = await readXlsxFile(await response.body());
    expect(data!.data[0]![7]).toBe('Attainment (actual / target)');
    expect(data!.data[1]![7]).toBeCloseTo(0.084, 4);
  });
});
