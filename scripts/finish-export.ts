// Run by `npm run export` after `next build`: what out/ needs beyond Next's own output
// for a plain static host, at a domain root or under the sub-path of BASE_PATH.
// - Next also writes its not-found page as out/_not-found.html (and its payloads),
//   which a static host would serve with a 200 at /_not-found; the 404 page every
//   host uses is out/404.html, so the copy goes.
// - out/.nojekyll: GitHub Pages, when it publishes a branch, runs Jekyll, which
//   leaves out folders starting with "_" (so _next/, every script and style).
// - The headers: serve.json for `serve` (`npm run serve:static`, the e2e tests),
//   nginx-csp.conf for nginx, and out/_headers, out/_redirects for Netlify and Cloudflare Pages, with the CSP
//   hashes of the pages just exported (each page's policy lists its own, the embed
//   pages' theirs, every other file the 404 page's). Other hosts: copy the values
//   from either file.
import { rmSync, writeFileSync } from 'node:fs';
import { staticPageHashes } from '../lib/http/route-hashes';
import { headersFile, redirectsFile, serveConfig } from '../lib/http/static-headers';
import { nginxCspMap } from '../lib/http/nginx-csp';
import { parseBasePath } from '../lib/site/base-path';

const base = parseBasePath(process.env.BASE_PATH);

for (const leftover of ['out/_not-found.html', 'out/_not-found.txt', 'out/_not-found'])
  rmSync(leftover, { recursive: true, force: true });

writeFileSync('out/.nojekyll', '');

const inline = staticPageHashes('out');
if (inline.pages.length === 0 || inline.embed.scripts.length === 0)
  throw new Error('out/ has no pages or no embed pages with inline scripts to hash: run the export first.');
const headers = headersFile(inline, base);
// Cloudflare Pages ignores a _headers line over 2,000 characters, and serve refuses a value over 2,048.
const tooLong = headers.split('\n').filter((line) => line.length > 2000);
if (tooLong.length > 0)
  throw new Error(
    `A header line is over 2,000 characters (${tooLong.map((line) => `${line.slice(0, 40)}… ${line.length}`).join('; ')}): ` +
      'static hosts would refuse it. Split the policy it belongs to (lib/http/static-headers.ts).',
  );
writeFileSync('serve.json', `${JSON.stringify(serveConfig(inline, base), null, 2)}\n`);
writeFileSync('out/_headers', headers);
writeFileSync('nginx-csp.conf', nginxCspMap(inline, base));
writeFileSync('out/_redirects', redirectsFile(base));
const most = Math.max(...inline.pages.map((page) => page.hashes.scripts.length));
console.log(
  `out/ is ready for ${base ? `serving under ${base}/` : 'a domain root'}: wrote serve.json, nginx-csp.conf, out/_headers and ` +
    `out/_redirects, out/.nojekyll (a CSP for each of ${inline.pages.length} pages, at most ${most} script hashes; ` +
    `${inline.embed.scripts.length} for the embed pages).`,
);
