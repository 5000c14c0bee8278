import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where a system Chromium is usually found: Debian's package, then others on PATH. */
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function onPath(name: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(folder, name);
    if (folder && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Which Chromium to drive. CHROMIUM_PATH wins; otherwise a system Chromium
 * (Debian's /usr/bin/chromium, or one of SYSTEM_NAMES on PATH), for machines where
 * Playwright cannot download its own; otherwise undefined, so that Playwright uses
 * the browser from `npx playwright install chromium` (scripts/ensure-browser.ts
 * fetches it when there is none).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
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
