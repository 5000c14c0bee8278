import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '/work/main/e2e/browser';
(async () => {
  const [url, selector, out, width = '1280'] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
  await page.goto(url!, { waitUntil: 'networkidle' });
  await page.locator(selector!).first().screenshot({ path: out });
  await browser.close();
})();
