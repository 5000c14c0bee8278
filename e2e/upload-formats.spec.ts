import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from '@playwright/test';
import { axeViolationsByTheme } from './axe';
import { expect, test } from './fixtures';

/*
 * Issue 17: the files analysts have, through the browser on each build. Each
 * fixture (lib/upload/fixtures/) is dropped in as a reader would, and the charts,
 * the table, the notes and the downloads are checked for the right figures.
 */

const fixture = (name: string) => readFileSync(path.join(process.cwd(), 'lib', 'upload', 'fixtures', name));

async function upload(page: Page, name: string, buffer: Buffer = fixture(name)) {
  await page.locator('.add-your-data input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

/** How long a file may take to be read in the worker: the machines that run these are shared. */
const READ = { timeout: 15_000 };

const status = (page: Page) => page.locator('.user-data-status');
const notes = (page: Page) => page.locator('.add-your-data .reading-notes li');
const tableRow = (page: Page, year: number) => page.locator(`.user-data-table tr[data-year="${year}"]`);
const userPoints = (page: Page) =>
  page.locator(
    '[data-chart="trajectory"] .chart-wide :is(.series-user, .series-user-partial) .recharts-line-dots :is(rect, path)',
  );

/** The reader's rows of the trajectory chart's CSV download: what the chart draws (year and value: the columns every version keeps). */
async function chartRows(page: Page) {
  const downloadPromise = page.waitForEvent('download');
  await page
    .locator('[data-chart="trajectory"]')
    .getByRole('link', { name: /^Download data \(CSV\)/ })
    .click();
  const text = readFileSync(await (await downloadPromise).path(), 'utf8').trim();
  return Papa.parse<Record<string, string>>(text, { header: true }).data.filter((row) => row.basis === 'user');
}

test.describe('files analysts have', () => {
  // Each test reads one to three files in the worker and checks the charts; axe runs twice in one.
  test.describe.configure({ timeout: 90_000 });

  test('a UN Comtrade annual download: exports plus imports per reporter, the rows left out said', async ({ page }) => {
    await page.goto('/');
    await upload(page, 'comtrade-annual.csv');
    await expect(
      page.getByText('Loaded 8 rows from comtrade-annual.csv. 7 rows were left out, as said below.'),
    ).toBeVisible(READ);
    await expect(notes(page)).toContainText([
      'Read as a UN Comtrade file: each year is exports (X) plus imports (M), both listed in the table and its CSV.',
      /series of their own/,
      '1 row of re-exports (RX) was not added',
      '3 rows for other reporters or partners were left out',
      '1 row broken down by second partner',
      '2 commodity rows were left out: the TOTAL rows (all commodities) already count them.',
    ]);
    // Two series: Russia's report and the DPRK's, one point per figure.
    await expect(userPoints(page)).toHaveCount(4);
    const legend = page.locator('[data-chart="trajectory"] .legend');
    await expect(legend).toContainText('(UN Comtrade, reported by Russian Federation)');
    await expect(legend).toContainText("(UN Comtrade, reported by Dem. People's Rep. of Korea)");
    expect((await chartRows(page)).map((row) => [row.year, row.value_usd])).toEqual([
      ['2019', '47913581'],
      ['2019', '47000000'],
      ['2020', '42700000'],
      ['2021', '42500'],
    ]);
    // The table: the turnover, its exports and imports.
    const russia2019 = tableRow(page, 2019).filter({ hasText: 'reported by Russian Federation' });
    await expect(russia2019.locator('th, td')).toContainText([
      '2019',
      'US$47.91 m',
      'US$45.61 m',
      'US$2.3 m',
      'yearly total',
    ]);
    // The CSV of the reader's data keeps them too.
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download your data (CSV)' }).click();
    const rows = Papa.parse<Record<string, string>>(readFileSync(await (await downloadPromise).path(), 'utf8').trim(), {
      header: true,
    }).data;
    expect(rows.map((r) => [r.year, r.value_usd, r.exports_usd, r.imports_usd, r.publisher])).toEqual([
      ['2019', '47913581', '45612346', '2301235', 'UN Comtrade (reported by Russian Federation)'],
      ['2019', '47000000', '3000000', '44000000', "UN Comtrade (reported by Dem. People's Rep. of Korea)"],
      ['2020', '42700000', '40122000', '2578000', 'UN Comtrade (reported by Russian Federation)'],
      ['2021', '42500', '38000', '4500', 'UN Comtrade (reported by Russian Federation)'],
    ]);
    // So does its workbook, the amounts as numbers under headers a person reads.
    const workbookPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download your data (Excel)' }).click();
    const [data] = await readXlsxFile(readFileSync(await (await workbookPromise).path()));
    const [header, first] = data?.data ?? [];
    expect(header?.slice(0, 4)).toEqual(['Year', 'Value (US$)', 'Exports (US$)', 'Imports (US$)']);
    expect(first?.slice(0, 4)).toEqual([2019, 47913581, 45612346, 2301235]);
  });

  test('a UN Comtrade monthly file of commodity rows: the months added up, a partial year, said so', async ({
    page,
  }) => {
    await page.goto('/');
    await upload(page, 'comtrade-monthly-commodities.csv');
    await expect(
      page.getByText('Loaded 6 rows from comtrade-monthly-commodities.csv. 4 rows were left out'),
    ).toBeVisible(READ);
    await expect(notes(page)).toContainText([
      /^Read as a UN Comtrade file/,
      /one series/,
      /re-exports/,
      /other reporters or partners/,
      /broken down/,
      'The file has no TOTAL rows: each year is the sum of its commodity rows (2-digit codes).',
      '1 commodity row was left out',
    ]);
    await expect(tableRow(page, 2023)).toContainText('3 of 12 months (partial year)');
    await expect(tableRow(page, 2023)).toContainText('Sum of 6 commodity rows (2-digit codes)');
    expect((await chartRows(page)).map((row) => [row.year, row.value_usd])).toEqual([['2023', '7850000']]);
  });

  test('Excel’s Unicode Text (UTF-16, tabs): Korean and Cyrillic names come out right', async ({ page }) => {
    await page.goto('/');
    await upload(page, 'excel-unicode-text.txt');
    await expect(page.getByText('Loaded 2 rows from excel-unicode-text.txt.')).toBeVisible(READ);
    await expect(notes(page)).toHaveText([
      "Read as UTF-16 LE (Excel’s “Unicode Text”), as the file's byte order mark says.",
    ]);
    await expect(tableRow(page, 2019)).toContainText('대한무역투자진흥공사 (KOTRA)');
    await expect(tableRow(page, 2019)).toContainText('북한 대외무역 동향');
    await expect(tableRow(page, 2020)).toContainText('Федеральная таможенная служба');
    expect((await chartRows(page)).map((row) => [row.year, row.value_usd])).toEqual([
      ['2019', '47900000'],
      ['2020', '42700000'],
    ]);
  });

  test('a Windows-1252 file: read as such and said so, and read again in another encoding on request', async ({
    page,
  }) => {
    await page.goto('/');
    await upload(page, 'windows-1252-accents.csv');
    await expect(page.getByText('Loaded 3 rows from windows-1252-accents.csv.')).toBeVisible(READ);
    await expect(notes(page)).toHaveText([
      'Read as Windows-1252 (Western): the file is not UTF-8, and its letters read best so.',
    ]);
    await expect(tableRow(page, 2019)).toContainText('Société Générale de Surveillance');
    await expect(tableRow(page, 2021)).toContainText('Außenhandelsstatistik Zürich');
    // The reader can change the guess: the same file, read as Cyrillic, replaces itself without a question.
    await page.getByLabel('Letters look wrong? Read the file as').selectOption('windows-1251');
    await page.getByRole('button', { name: 'Read it again' }).click();
    await expect(notes(page)).toHaveText(['Read as Windows-1251 (Cyrillic), as you chose.'], READ);
    await expect(tableRow(page, 2019)).toContainText('Sociйtй Gйnйrale de Surveillance');
    await page.getByLabel('Letters look wrong? Read the file as').selectOption('windows-1252');
    await page.getByRole('button', { name: 'Read it again' }).click();
    await expect(tableRow(page, 2019)).toContainText('Société Générale de Surveillance', READ);
    await expect(status(page)).toContainText('Your data: windows-1252-accents.csv · 3 rows, 3 yearly figures');
  });

  test('a Windows-1251 customs table in thousands with Cyrillic headers: the columns chosen from the keyboard', async ({
    page,
  }) => {
    await page.goto('/');
    await upload(page, 'windows-1251-customs.csv');
    const step = page.getByRole('form', { name: 'Which column is which in windows-1251-customs.csv?' });
    await expect(step).toBeFocused(READ);
    await expect(step).toContainText(
      'Read as Windows-1251 (Cyrillic): the file is not UTF-8, and its letters read best so.',
    );
    // Suggested from the labels and the first rows: the reader checks them.
    await expect(step.getByLabel('Year, month or date')).toHaveValue('0');
    await expect(step.getByLabel('Value', { exact: true })).toHaveValue('1');
    await expect(step.getByLabel('Unit of the values')).toHaveValue('thousand');
    await expect(step.getByLabel('Numbers')).toHaveValue('ru');
    await expect(step.getByLabel('Publisher', { exact: true })).toHaveValue('2');
    const preview = step.getByRole('table', { name: /as they will be read/ });
    await expect(preview.locator('tr[data-line="2"] td')).toHaveText([
      '2',
      '2019',
      '47,900.5',
      'US$47,900,500',
      'ФТС России',
    ]);
    await expect(preview.locator('tr[data-line="4"] td')).toHaveText(['4', '2021', '42.5', 'US$42,500', 'ФТС России']);
    // Keyboard only: past the encoding choice and the five selects to Read the file.
    await page.keyboard.press('Tab'); // encoding select
    await page.keyboard.press('Tab'); // Read it again (disabled: skipped) or the first column select
    await step.getByRole('button', { name: 'Read the file' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Loaded 3 rows from windows-1251-customs.csv.')).toBeVisible(READ);
    await expect(notes(page)).toContainText([
      /^Read as Windows-1251/,
      'Read with the columns you chose: the period from ‘Год’, the value from ‘Стоимость, тыс. долл. США’ (written 1 234 567,8), the publisher from ‘Источник’.',
      'Values are in thousands of US dollars: each is multiplied by 1,000, and the table shows both.',
    ]);
    await expect(tableRow(page, 2019).locator('th, td')).toContainText([
      '2019',
      'US$47.9 m',
      '47,900.5',
      'yearly total',
      'ФТС России',
    ]);
    expect((await chartRows(page)).map((row) => [row.year, row.value_usd])).toEqual([
      ['2019', '47900500'],
      ['2020', '42700000'],
      ['2021', '42500'],
    ]);
  });

  test('a table in thousands needing the mapping step, from the keyboard alone; the choice remembered for the next file', async ({
    page,
  }) => {
    await page.goto('/');
    await upload(page, 'korean-thousands.csv');
    const step = page.getByRole('form', { name: 'Which column is which in korean-thousands.csv?' });
    await expect(step).toBeFocused(READ);
    // 47,900 could be forty-seven thousand or forty-seven: nothing is suggested, and the preview says why.
    await expect(step.getByLabel('Numbers')).toHaveValue('plain');
    await expect(step.locator('tr[data-line="2"]')).toContainText("'47,900' has thousands separators");
    // Tab to Numbers (after the period, value and unit), choose comma groups with the arrow key.
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
    await expect(step.getByLabel('Numbers')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(step.getByLabel('Numbers')).toHaveValue('en');
    await expect(step.locator('tr[data-line="2"] td')).toHaveText([
      '2',
      '2019',
      '47,900',
      'US$47,900,000',
      'No publisher: choose its column, or type one for the whole file.',
    ]);
    // Past the publisher select (no column holds one) to its name, typed; Enter reads the file.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(step.getByLabel('Publisher of every row')).toBeFocused();
    await page.keyboard.type('KITA');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Loaded 2 rows from korean-thousands.csv.')).toBeVisible(READ);
    await expect(tableRow(page, 2019).locator('th, td')).toContainText([
      '2019',
      'US$47.9 m',
      '47,900',
      'yearly total',
      'KITA',
    ]);
    expect((await chartRows(page)).map((row) => [row.year, row.value_usd])).toEqual([
      ['2019', '47900000'],
      ['2020', '42700000'],
    ]);

    // Next month's file, same header: the choices come back filled in.
    await upload(page, 'korean-thousands-next.csv');
    const next = page.getByRole('form', { name: 'Which column is which in korean-thousands-next.csv?' });
    await expect(next).toBeFocused(READ);
    await expect(next).toContainText('Filled in with the choices you made for a file with this header.');
    await expect(next.getByLabel('Numbers')).toHaveValue('en');
    await expect(next.getByLabel('Unit of the values')).toHaveValue('thousand');
    await expect(next.getByLabel('Publisher of every row')).toHaveValue('KITA');
    await expect(next.locator('tr[data-line="2"] td')).toHaveText(['2', '2021', '43,100', 'US$43,100,000', 'KITA']);
    // The step passes axe in both themes.
    expect(await axeViolationsByTheme(page)).toEqual({ light: [], dark: [] });
    await next.getByRole('button', { name: 'Read the file' }).click();
    await page.getByRole('button', { name: 'Replace with korean-thousands-next.csv' }).click();
    await expect(page.getByText('Loaded 2 rows from korean-thousands-next.csv.')).toBeVisible(READ);
    await expect(tableRow(page, 2022)).toContainText('US$45.2 m');
  });

  test('ambiguous numbers are refused with line and column until chosen; a file not loaded leaves the data as it was', async ({
    page,
  }) => {
    await page.goto('/');
    await upload(page, 'excel-unicode-text.txt');
    await expect(status(page)).toContainText('Your data: excel-unicode-text.txt', READ);

    await upload(page, 'korean-thousands.csv');
    const step = page.getByRole('form', { name: 'Which column is which in korean-thousands.csv?' });
    await expect(step).toBeFocused(READ);
    await step.getByLabel('Publisher of every row').fill('KITA');
    await step.getByRole('button', { name: 'Read the file' }).click();
    const report = page.locator('.upload-report');
    await expect(report.locator('.upload-summary')).toContainText('korean-thousands.csv: 2 issues in 2 rows.', READ);
    await expect(report.locator('tr[data-line="2"]')).toContainText("'47,900' has thousands separators");
    await expect(report.locator('tr[data-line="2"] td[data-label="Column"]')).toHaveText('교역액(천 달러) (2)');
    // Nothing replaced what was loaded.
    await expect(status(page)).toContainText('Your data: excel-unicode-text.txt');

    // Back to the choices as they were made, then a way of writing numbers.
    await report.getByRole('button', { name: 'Change the column choices' }).click();
    await expect(step.getByLabel('Publisher of every row')).toHaveValue('KITA');
    await step.getByLabel('Numbers').selectOption('en');
    await step.getByRole('button', { name: 'Do not load it' }).click();
    await expect(
      page.getByText('korean-thousands.csv was not loaded. Your data from excel-unicode-text.txt is unchanged.'),
    ).toBeFocused();
    await expect(tableRow(page, 2019)).toContainText('대한무역투자진흥공사 (KOTRA)');
  });
});
