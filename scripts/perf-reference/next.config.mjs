import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Built inside the dashboard's folder, with its node_modules: the root is named so that
// Next does not guess it from the lockfile above.
const here = path.dirname(fileURLToPath(import.meta.url));
const config = { poweredByHeader: false, turbopack: { root: path.resolve(here, '../..') } };
export default config;
