import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './e2e/browser';

/*
 * Two ways the app ships, both tested:
 * - server: `next build && next start`, as `npm start` runs it;
 * - static: `npm run export` served from out/ by a plain file server, with the
 *   headers the export writes (serve.json), as a reader would use it offline.
 * Every request that leaves localhost is blocked (e2e/fixtures.ts).
 */
const SERVER_PORT = Number(process.env.E2E_PORT ?? 3100);
const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? 3200);
const browser = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 720 },
  launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
};

export default defineConfig({
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
    { name: 'server', use: { ...browser, baseURL: `http://127.0.0.1:${SERVER_PORT}` } },
    {
      name: 'static',
      use: { ...browser, baseURL: `http://127.0.0.1:${STATIC_PORT}` },
      // The axe matrix checks the HTML, which is the same build output in both; it runs once, on the server.
      testIgnore: /accessibility\.spec\.ts/,
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
  ],
});
