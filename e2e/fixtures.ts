import { test as base, expect } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Every test fails if a page logs a console error or throws (a hydration
 * mismatch or a missing asset is a bug a user would see), if the browser
 * reports a Content-Security-Policy violation, or if a page tries to
 * reach anything but this machine: the app must work offline, from a projector
 * laptop with no network. Such requests are blocked and reported.
 */
export const test = base.extend<{ pageGuards: void; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a test causes on purpose (the browser logs a 404 page's own status as one). */
  expectedConsoleErrors: [[], { option: true }],
  pageGuards: [
    async ({ context, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      const external: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname))
          return route.continue();
        external.push(url.href);
        return route.abort('blockedbyclient');
      });
      // Every page of the context, popups (the presenter window) included.
      context.on('console', (message) => {
        if (message.type() === 'error' && !expectedConsoleErrors.some((pattern) => pattern.test(message.text())))
          errors.push(message.text());
      });
      // Chromium logs most violations itself; the event catches the rest (a blocked worker, style or image).
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile || location.pathname}`,
          );
        });
      });
      context.on('weberror', (error) => errors.push(error.error().message));
      await use();
      expect(errors, 'console errors on the page').toEqual([]);
      expect(external, 'requests that left this machine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
