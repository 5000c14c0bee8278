import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Package } from 'datapackage';
import { strFromU8, unzipSync } from 'fflate';
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

  test('Download all gives the data package: every data file byte for byte, its descriptor and a README', async ({
    page,
  }) => {
    await page.goto('/');
    const downloadPromise = page.waitForEvent('download');
    await page
      .locator('.downloads-section')
      .getByRole('link', { name: /^Download all \(ZIP\)/ })
      .click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('russia-dprk-trade.zip');
    const files = unzipSync(readFileSync(await download.path()));
    for (const name of ['sources.csv', 'targets.csv', 'trade.csv', 'events.csv'])
      expect(Buffer.from(files[`russia-dprk-trade/${name}`]!).equals(dataFile(name)), name).toBe(true);
    const descriptor = JSON.parse(strFromU8(files['russia-dprk-trade/datapackage.json']!));
    expect(descriptor.name).toBe('russia-dprk-trade');
    expect(strFromU8(files['russia-dprk-trade/README.md']!)).toContain('## How to cite');
  });

  test('a Frictionless tool reads the package from its address: descriptor valid, every row conforms', async ({
    request,
  }) => {
    const response = await request.get('/data/datapackage.json');
    expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
    // Read as a tool would: the descriptor by its address, each file by its path beside it.
    const pack = await Package.load(response.url());
    expect(pack.errors.map(String)).toEqual([]);
    const trade = pack.resources.find((resource) => resource.name === 'trade')!;
    const rows = await trade.read({ keyed: true, relations: false });
    expect(rows.find((row) => row.year === 2015 && row.basis === 'article')?.value_usd).toBe(84000000);
    for (const resource of pack.resources) await resource.read({ keyed: true, relations: true });
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
