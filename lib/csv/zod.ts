import { z } from 'zod';

/*
 * zod, set up for the browser. zod 4 compiles fast object parsers with
 * `Function` when it may, and finds out by trying `Function('')` as schemas are
 * built. Our Content-Security-Policy allows no eval: the browser refuses the
 * probe and reports a CSP violation, even though zod catches the error and uses
 * its interpreter. Saying so before any schema is built avoids the probe. Node
 * (the build, the tests, the benchmark) keeps the compiled parsers.
 * Every lib module that builds a schema imports z from here, not from 'zod'.
 */
const inBrowser = 'document' in globalThis || 'importScripts' in globalThis;
if (inBrowser) z.config({ jitless: true });

export { z };
