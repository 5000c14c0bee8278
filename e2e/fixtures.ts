import { test as base, expect } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The dashboard's home address: `/` at a domain root, `/trade` or `/trade/` under a sub-path. */
export function homeUrl(basePath: string): RegExp {
  return basePath ? new RegExp(`${basePath}/?$`) : /\/$/;
}

/** A path of the site as the browser asks for it under the base path; full URLs are left as they are. */
export function underBase(url: string, basePath: string): string {
  return url.startsWith('/') ? `${basePath}${url}` : url;
}

/**
 * Every test fails if a page logs a console error or throws (a hydration
 * mismatch or a missing asset is a bug a user would see), if the browser
 * reports a Content-Security-Policy violation, or if a page tries to
 * reach anything but this machine: the app must work offline, from a projector
 * laptop with no network. Such requests are blocked and reported.
 */
export const test = base.extend<{ pageGuards: void; expectedConsoleErrors: RegExp[]; basePath: string }>({
  /** Console errors a test causes on purpose (the browser logs a 404 page's own status as one). */
  expectedConsoleErrors: [[], { option: true }],
  /**
   * The sub-path the build under test is served at ('' at a domain root; the
   * subpath project sets '/trade'). Tests write the site's paths as at the root
   * (`page.goto('/context')`); here they are prefixed, as a reader's browser
   * would ask for them. (A baseURL with a path would not do: `new URL('/context',
   * base)` drops it.)
   */
  basePath: ['', { option: true }],
  // (The fixture's callback is named `provide`, not `use`: lint takes `use` for React's hook.)
  page: async ({ page, basePath }, provide) => {
    if (basePath) {
      const goto = page.goto.bind(page);
      page.goto = (url, options) => goto(underBase(url, basePath), options);
      const get = page.request.get.bind(page.request);
      page.request.get = (url, options) => get(underBase(url, basePath), options);
    }
    await provide(page);
  },
  request: async ({ request, basePath }, provide) => {
    if (basePath) {
      const get = request.get.bind(request);
      request.get = (url, options) => get(underBase(url, basePath), options);
    }
    await provide(request);
  },
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
      // The console does not say which address failed to load; the message below does.
      const failed: string[] = [];
      context.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await use();
      expect(errors, `console errors on the page (failed loads: ${failed.join(', ') || 'none'})`).toEqual([]);
      expect(external, 'requests that left this machine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
