// Run after `BASE_PATH=/trade npm run export` (`npm run export:subpath`): lays out
// out-subpath/ as the web root of a host that serves the build under its sub-path,
// for the e2e tests and for a look at it (`npm run serve:subpath`).
// - out/ is copied to out-subpath/trade/, and nothing else is in the root, so every
//   request outside the sub-path answers 404;
// - the 404 page is also put at the root, where `serve` (like GitHub Pages for a
//   project site) looks for it; its scripts and styles point under the sub-path;
// - serve's config and nginx's CSP map, written by the export with rules under the
//   sub-path, move to serve-subpath.json and nginx-csp-subpath.conf, so that the
//   domain-root export that follows keeps serve.json and nginx-csp.conf.
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { parseBasePath } from '../lib/site/base-path';

const base = parseBasePath(process.env.BASE_PATH);
if (!base) throw new Error('Set BASE_PATH (e.g. BASE_PATH=/trade) to the sub-path the export was built for.');
if (!existsSync('out/index.html')) throw new Error('out/ has no export: run `BASE_PATH=/trade npm run export` first.');

rmSync('out-subpath', { recursive: true, force: true });
cpSync('out', `out-subpath${base}`, { recursive: true });
cpSync('out/404.html', 'out-subpath/404.html');
renameSync('serve.json', 'serve-subpath.json');
renameSync('nginx-csp.conf', 'nginx-csp-subpath.conf');
console.log(`out-subpath/ serves the build under ${base}/ (serve config: serve-subpath.json).`);
