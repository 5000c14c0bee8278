// Runs `next build` for the perf and load commands: always for perf (it measures what the
// current source builds to), only when missing for load (it measures the server, not the bundle).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Whether `next start` has a build to serve. A stale build counts: load measures the server, not the source. */
export function hasBuild(): boolean {
  return existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'));
}

/** `dir`: the app to build (the dashboard by default; perf also builds its reference page). */
export function build(dir = '.'): void {
  console.log(`Building: next build ${dir} …`);
  const started = Date.now();
  // `node …/next build` rather than `npx next`: no npx wrapper between us and the build.
  const result = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build', dir], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal}).`);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
}
