// Run by `npm run test:e2e` before anything is built: makes sure there is a Chromium
// for Playwright, so that `npm ci && npm test` is the whole setup on a fresh machine.
// In order: CHROMIUM_PATH, a system Chromium (e2e/browser.ts), Playwright's own
// download; if none is there, Playwright's is fetched (`npx playwright install
// chromium`), and if that fails too, the reader is told what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../e2e/browser';

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const chosen = chromiumExecutable();
if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH))
  fail(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist: point it at a Chromium or Chrome, or unset it.`);

if (chosen) {
  console.log(`Browser for the e2e tests: ${chosen}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`Browser for the e2e tests: Playwright's Chromium, ${chromium.executablePath()}`);
} else {
  console.log('No Chromium on this machine: fetching Playwright’s (npx playwright install chromium)…');
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(chromium.executablePath()))
    fail(
      'Could not get a browser for the e2e tests. Either install one (Debian/Ubuntu: ' +
        '`sudo apt-get install chromium`; elsewhere: `npx playwright install chromium` with network access), ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome that is already installed.',
    );
}
