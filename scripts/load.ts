// `npm run load` (issue #5): serves the built app with `next start` on loopback and runs
// autocannon with 50 connections for about 10 s against the dashboard HTML and a CSV
// download. Target: zero errors and zero non-2xx answers. A miss is printed, not fatal;
// the exit code is non-zero only when something crashed. Traffic goes to 127.0.0.1 only.
import autocannon from 'autocannon';
import { build, hasBuild } from './lib/build';
import { startServer } from './lib/start-server';
import { formatTable, mark } from './lib/table';

// 3300–3399 is this command's range on shared machines; LOAD_PORT moves it within.
const port = Number(process.env.LOAD_PORT ?? 3301);
const connections = 50;
const secondsPerTarget = 10;
// Whole-run bound (issue #5: 30 s): a target starts only if its full run still fits.
const budgetSeconds = 30;
// trade.csv is one of the raw files in lib/dataset/tables.ts' dataFileNames, served by app/data/[file]/route.ts.
const targets = [
  { name: 'dashboard HTML', path: '/' },
  { name: 'CSV download', path: '/data/trade.csv' },
];

interface Outcome {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** One run; stopped by us a few seconds after its duration should it not end by itself. */
function hammer(url: string, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds }, (error, result) => {
      clearTimeout(watchdog);
      process.removeListener('SIGINT', stop);
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(result);
    });
    const stop = () => instance.stop();
    const watchdog = setTimeout(stop, (seconds + 5) * 1000);
    // Ctrl-C ends the run at once; start-server's SIGINT handler then stops the server.
    process.once('SIGINT', stop);
  });
}

async function main(): Promise<void> {
  if (!hasBuild()) build();
  const started = Date.now();
  const server = await startServer(port);
  try {
    console.log(
      `Serving ${server.origin} (next start, pid ${server.pid}). ${connections} connections, ${secondsPerTarget} s per target.\n`,
    );
    const outcomes: Outcome[] = [];
    const runStarted = Date.now();
    for (const target of targets) {
      const url = server.origin + target.path;
      // One plain request first: a wrong path should read as "404", not as a load failure.
      const probe = await fetch(url);
      await probe.arrayBuffer();
      if (!probe.ok) console.log(`Note: ${target.path} answers ${probe.status} before the load.`);
      const left = budgetSeconds - (Date.now() - runStarted) / 1000;
      const seconds = Math.min(secondsPerTarget, Math.floor(left));
      if (seconds < 1) {
        console.log(`Skipped ${target.path}: the ${budgetSeconds} s budget is spent.`);
        continue;
      }
      process.stdout.write(`autocannon ${target.path} for ${seconds} s … `);
      const result = await hammer(url, seconds);
      console.log(`${result.requests.total} requests`);
      outcomes.push({
        ...target,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        total: result.requests.total,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
      });
    }
    console.log(`\n== Load: ${connections} connections against ${server.origin} ==\n`);
    console.log(
      formatTable(
        ['target', 'req/s avg', 'p50 ms', 'p99 ms', 'requests', 'errors', 'timeouts', 'non-2xx', 'zero errors'],
        outcomes.map((outcome) => [
          `${outcome.name} ${outcome.path}`,
          outcome.requestsPerSecond.toFixed(0),
          String(outcome.p50),
          String(outcome.p99),
          String(outcome.total),
          String(outcome.errors),
          String(outcome.timeouts),
          String(outcome.non2xx),
          mark(outcome.errors === 0 && outcome.non2xx === 0),
        ]),
      ),
    );
    console.log(
      '\n(errors include timeouts; the target counts errors and non-2xx answers. A miss is reported, not fatal.)',
    );
  } finally {
    await server.stop();
    console.log(`Server stopped. ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
