// Run by `npm run export` after the build: the headers out/ needs, with the CSP
// hashes of the pages just exported, for `serve` (serve.json, used by
// `npm run serve:static` and the e2e tests) and for Netlify / Cloudflare Pages
// (out/_headers, with out/_redirects for Netlify). Other hosts: copy the values from either file.
import { writeFileSync } from 'node:fs';
import { inlineHashesUnder } from '../lib/http/inline-hashes';
import { headersFile, redirectsFile, serveConfig } from '../lib/http/static-headers';

const inline = inlineHashesUnder('out');
if (inline.scripts.length === 0) throw new Error('out/ has no inline scripts to hash: run the export first.');
writeFileSync('serve.json', `${JSON.stringify(serveConfig(inline), null, 2)}\n`);
writeFileSync('out/_headers', headersFile(inline));
writeFileSync('out/_redirects', redirectsFile());
console.log(
  `Wrote serve.json, out/_headers and out/_redirects (${inline.scripts.length} script and ${inline.styles.length} style hashes).`,
);
