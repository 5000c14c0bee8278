import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './e2e/browser';

/*
 * Three ways the app ships, all tested:
 * - server: `next build && next start`, as `npm start` runs it;
 * - static: `npm run export` served from out/ by a plain file server, with the
 *   headers the export writes (serve.json), as a reader would use it offline;
 * - subpath: `npm run export:subpath`, a static build for /trade/ served from a web
 *   root holding only that folder (out-subpath/), as on GitHub Pages or an
 *   organisation's web space. It runs the main journeys, not every test.
 * Every request that leaves localhost is blocked (e2e/fixtures.ts).
 */
const SERVER_PORT = Number(process.env.E2E_PORT ?? 3100);
const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? 3200);
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? 3300);
/** The sub-path `npm run export:subpath` builds for, unless BASE_PATH says otherwise. */
const SUBPATH = process.env.BASE_PATH || '/trade';
const browser = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 720 },
  launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
};

export default defineConfig<{ basePath: string }>({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'server',
      use: { ...browser, baseURL: `http://127.0.0.1:${SERVER_PORT}` },
      // The sub-path checks need a build made for a sub-path: the subpath project's.
      testIgnore: /subpath\.spec\.ts/,
    },
    {
      name: 'static',
      use: { ...browser, baseURL: `http://127.0.0.1:${STATIC_PORT}` },
      // The axe matrix checks the HTML, which is the same build output in both; it runs once, on the server.
      testIgnore: /(accessibility|subpath)\.spec\.ts/,
    },
    {
      name: 'subpath',
      use: { ...browser, baseURL: `http://127.0.0.1:${SUBPATH_PORT}`, basePath: SUBPATH },
      testMatch:
        /(addresses|dashboard|context-switch|downloads|export|powerpoint|present|headers|subpath|embed|embed-page|embed-dialog)\.spec\.ts/,
    },
  ],
  // `npm run test:e2e` builds both first, export then server: the export's
  // intermediate files share .next with the server build, so order matters.
  webServer: [
    {
      command: `npx next start -H 127.0.0.1 -p ${SERVER_PORT}`,
      url: `http://127.0.0.1:${SERVER_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    },
    {
      command: `npx serve --config ../serve.json out --listen tcp://127.0.0.1:${STATIC_PORT} --no-clipboard --no-request-logging`,
      url: `http://127.0.0.1:${STATIC_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    },
    {
      command: `npx serve --config ../serve-subpath.json out-subpath --listen tcp://127.0.0.1:${SUBPATH_PORT} --no-clipboard --no-request-logging`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    },
  ],
});
