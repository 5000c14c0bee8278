// Run by `npm run export` after `next build`: what out/ needs beyond Next's own output
// for a plain static host, at a domain root or under the sub-path of BASE_PATH.
// - Next also writes its not-found page as out/_not-found.html (and its payloads),
//   which a static host would serve with a 200 at /_not-found; the 404 page every
//   host uses is out/404.html, so the copy goes.
// - out/.nojekyll: GitHub Pages, when it publishes a branch, runs Jekyll, which
//   leaves out folders starting with "_" (so _next/, every script and style).
// - The headers: serve.json for `serve` (`npm run serve:static`, the e2e tests) and
//   out/_headers, out/_redirects for Netlify and Cloudflare Pages, with the CSP
//   hashes of the pages just exported (the embed pages' policy lists theirs, the rest's
//   the others'). Other hosts: copy the values from either file.
import { rmSync, writeFileSync } from 'node:fs';
import { inlineHashesByFraming } from '../lib/http/route-hashes';
import { headersFile, redirectsFile, serveConfig } from '../lib/http/static-headers';
import { parseBasePath } from '../lib/site/base-path';

const base = parseBasePath(process.env.BASE_PATH);

for (const leftover of ['out/_not-found.html', 'out/_not-found.txt', 'out/_not-found'])
  rmSync(leftover, { recursive: true, force: true });

writeFileSync('out/.nojekyll', '');

const inline = inlineHashesByFraming('out');
if (inline.none.scripts.length === 0 || inline.any.scripts.length === 0)
  throw new Error('out/ has no inline scripts to hash in its pages or its embed pages: run the export first.');
writeFileSync('serve.json', `${JSON.stringify(serveConfig(inline, base), null, 2)}\n`);
writeFileSync('out/_headers', headersFile(inline, base));
writeFileSync('out/_redirects', redirectsFile(base));
console.log(
  `out/ is ready for ${base ? `serving under ${base}/` : 'a domain root'}: wrote serve.json, out/_headers and ` +
    `out/_redirects, out/.nojekyll (${inline.none.scripts.length} script and ${inline.none.styles.length} style hashes; ` +
    `${inline.any.scripts.length} and ${inline.any.styles.length} for the embed pages).`,
);
