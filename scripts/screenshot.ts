// `npm run screenshot -- [url] [out.png] [width] [height]`: a full-page screenshot with
// the same Chromium the tests use. Used for the README image and for looking at changes.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../e2e/browser';

const [url = 'http://localhost:3000/', out = 'docs/screenshot.png', width = '1280', height = '720', full = 'full'] =
  process.argv.slice(2);

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await page.goto(url, { waitUntil: 'networkidle' });
  // The theme switch renders once React has hydrated (it needs the stored choice): wait for it where the page has one.
  await page
    .getByRole('group', { name: 'Colour theme' })
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);
  await page.screenshot({ path: out, fullPage: full === 'full' });
  await browser.close();
  console.log(`Saved ${out}`);
}

void main();
