// The upload worker's JavaScript, found in the build output. The page starts the worker only
// when a file is chosen, so its chunks must not appear in a route's page-load scripts; perf
// weighs them separately and says whether any was loaded anyway.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSize, totalSize, type Script } from './route-js';

export interface WorkerChunks {
  /** Every chunk the worker imports, its bootstrap first. */
  scripts: Script[];
  raw: number;
  gzip: number;
}

const chunksDir = path.join(process.cwd(), '.next', 'static', 'chunks');

/**
 * Turbopack writes `new Worker(new URL('./upload.worker.ts', import.meta.url))` as a call
 * naming a `turbopack-worker-*.js` bootstrap and the list of chunks it imports:
 *   .f("static/chunks/turbopack-worker-….js",["static/chunks/a.js","static/chunks/b.js"])
 * Returns undefined when no chunk holds such a call (e.g. a webpack build), so the report says
 * "not found" rather than guessing. The app has one worker; several would be merged.
 */
export function findWorkerChunks(): WorkerChunks | undefined {
  const pattern = /"(static\/chunks\/turbopack-worker-[\w-]+\.js)",\[((?:"static\/chunks\/[\w-]+\.js",?)*)\]/g;
  const names = new Set<string>();
  for (const file of readdirSync(chunksDir).filter((name) => name.endsWith('.js'))) {
    for (const [, bootstrap, list] of readFileSync(path.join(chunksDir, file), 'utf8').matchAll(pattern)) {
      names.add(bootstrap!);
      for (const [, chunk] of list!.matchAll(/"([^"]+)"/g)) names.add(chunk!);
    }
  }
  if (names.size === 0) return undefined;
  const scripts = [...names].map((name) => {
    const body = readFileSync(path.join(process.cwd(), '.next', name));
    return { path: `/_next/${name}`, raw: body.length, gzip: gzipSize(body) };
  });
  return { scripts, ...totalSize(scripts) };
}
