import { expect, test } from './fixtures';

/*
 * The headers a reader's browser gets, from the Next server and from the static
 * export (serve with the serve.json that `npm run export` writes). That no
 * feature trips the CSP is checked by every test: e2e/fixtures.ts fails a test
 * on any violation.
 */
const ROUTES = [
  '/',
  '/context',
  '/present',
  '/present/presenter',
  '/present/context',
  '/present/context/presenter',
  '/data/trade.csv',
  '/icon.svg',
];

test.describe('security headers', () => {
  for (const route of ROUTES) {
    test(`${route} is served with a strict CSP and the other security headers`, async ({ request }) => {
      const response = await request.get(route);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("worker-src 'self'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('fullscreen=(self)');
      expect(headers['x-frame-options']).toBe('DENY');
    });
  }

  test('the CSP lets the page run: the before-paint script ran and the charts hydrated', async ({ page }) => {
    const response = await page.goto('/context');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-");
    await expect(page.locator('html')).toHaveAttribute('data-js', '1');
    // Hovering a bar shows a recharts tooltip only once React has hydrated (and, on a busy
    // machine, once the charting code has arrived: pointed at again until it has).
    const bar = page.locator('[data-chart="target-vs-actual"] .chart-wide .recharts-bar-rectangle').first();
    const tooltip = page.locator('[data-chart="target-vs-actual"] .recharts-tooltip-wrapper:visible');
    await expect(async () => {
      await page.mouse.move(0, 0);
      await bar.hover();
      await expect(tooltip).toContainText('US$', { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  });
});

test.describe('embed pages', () => {
  for (const route of ['/embed/trajectory', '/embed/attainment/context'])
    test(`${route} may be framed by any site, under a CSP otherwise as strict`, async ({ request }) => {
      const response = await request.get(route);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      // One policy: a second (a host joining two rules) would keep frame-ancestors 'none' in force.
      expect(csp.split(',')).toHaveLength(1);
      expect(csp).toMatch(/; frame-ancestors \*$/);
      expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-src 'none'");
      expect(headers['x-frame-options']).toBeUndefined();
      expect(headers['x-content-type-options']).toBe('nosniff');
    });

  test('the resize script is served as JavaScript', async ({ request }) => {
    const response = await request.get('/embed/resize.js');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(await response.text()).toContain("addEventListener('message'");
  });
});

test.describe('downloads', () => {
  test('are served as UTF-8 CSV attachments', async ({ request }) => {
    const response = await request.get('/data/trade.csv');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['content-disposition']).toBe('attachment; filename="russia-dprk-trade.csv"');
  });

  test('the data package is a ZIP attachment, and its descriptor JSON shown in the browser', async ({ request }) => {
    const zip = await request.get('/data/russia-dprk-trade.zip');
    expect(zip.headers()['content-type']).toBe('application/zip');
    expect(zip.headers()['content-disposition']).toBe('attachment; filename="russia-dprk-trade.zip"');
    expect((await zip.body()).subarray(0, 2).toString()).toBe('PK');
    const descriptor = await request.get('/data/datapackage.json');
    expect(descriptor.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(descriptor.headers()['content-disposition'] ?? 'inline').toMatch(/^inline/);
  });
});
