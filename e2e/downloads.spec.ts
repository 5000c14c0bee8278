import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { expect, test } from './fixtures';

const dataFile = (name: string) => readFileSync(path.join(process.cwd(), 'data', name));

test.describe('a reader downloads the data', () => {
  for (const name of ['sources.csv', 'targets.csv', 'trade.csv', 'events.csv']) {
    test(`${name} downloads byte for byte as it is in data/`, async ({ page }) => {
      await page.goto('/');
      // Click the link in the Downloads list, as a reader would: it names the file they will get.
      const downloadPromise = page.waitForEvent('download');
      await page
        .locator('.downloads')
        .getByRole('link', { name: `russia-dprk-${name}`, exact: true })
        .click();
      const download = await downloadPromise;
      expect(download.suggestedFilename()).toBe(`russia-dprk-${name}`);
      const saved = readFileSync(await download.path());
      expect(saved.equals(dataFile(name))).toBe(true);
    });
  }

  test("a chart's CSV holds exactly the rows the chart shows, with sources", async ({ page }) => {
    await page.goto('/context');
    const shown = await page
      .locator('[data-chart="target-vs-actual"] .chart-wide .recharts-label-list text')
      .allTextContents();
    const downloadPromise = page.waitForEvent('download');
    await page
      .locator('[data-chart="target-vs-actual"]')
      .getByRole('link', { name: /^Download data \(CSV\)/ })
      .click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('russia-dprk-chart-target-vs-actual-with-context.csv');
    const text = readFileSync(await download.path(), 'utf8');
    const { data } = Papa.parse<Record<string, string>>(text.trim(), { header: true });
    expect(data.map((row) => row.bar)).toEqual(['Original target', 'Revised target', 'Actual 2015', 'Actual 2020']);
    expect(data.map((row) => row.value_usd)).toEqual(['1000000000', '500000000', '84000000', '42740000']);
    expect(shown).toHaveLength(data.length);
    expect(data[3]?.basis).toBe('context');
    expect(data[3]?.source_url).toBe('https://tass.com/economy/1258635');
    expect(data[2]?.quote).toContain('the 2015 trade volume was just 84 million U.S. dollars');
  });

  test('the combined figures file has the headline and derived figures', async ({ request }) => {
    const text = await (await request.get('/data/figures-with-derived.csv')).text();
    const { data } = Papa.parse<Record<string, string>>(text.trim(), { header: true });
    const value = (figure: string) => data.find((row) => row.figure === figure)?.value;
    expect(value('Attainment of the revised target in 2015')).toBe('0.168');
    expect(value('Attainment of the original target in 2015')).toBe('0.084');
    expect(value('Shortfall against the revised target in 2015')).toBe('416000000');
    expect(value('Annual growth needed 2015–2020 for the revised target')).toBe('0.4287');
    expect(value('Annual growth needed 2015–2020 for the original target')).toBe('0.6411');
  });

  test('an unknown download name is a 404, not an error', async ({ request }) => {
    const response = await request.get('/data/passwords.csv');
    expect(response.status()).toBe(404);
  });

  test('folders are not listed: /data/ and /_next/static/ are 404s, as on the server', async ({ request }) => {
    for (const folder of ['/data/', '/_next/static/']) {
      const response = await request.get(folder);
      expect(response.status(), folder).toBe(404);
      expect(await response.text(), folder).not.toContain('Index of');
    }
  });
});
