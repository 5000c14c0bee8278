import { test as base, expect } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Every test fails if the page logs a console error or throws (a hydration
 * mismatch or a missing asset is a bug a user would see), or if it tries to
 * reach anything but this machine: the app must work offline, from a projector
 * laptop with no network. Such requests are blocked and reported.
 */
export const test = base.extend<{ pageGuards: void }>({
  pageGuards: [
    async ({ context, page }, use) => {
      const errors: string[] = [];
      const external: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) return route.continue();
        external.push(url.href);
        return route.abort('blockedbyclient');
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use();
      expect(errors, 'console errors on the page').toEqual([]);
      expect(external, 'requests that left this machine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
