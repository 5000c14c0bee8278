import { existsSync } from 'node:fs';

/**
 * Which Chromium to drive. CHROMIUM_PATH wins; otherwise Debian's /usr/bin/chromium
 * when it exists (machines without Playwright's own download); otherwise undefined,
 * so Playwright uses the browser from `npx playwright install chromium`.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags for headless runs as root on locked-down machines with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
