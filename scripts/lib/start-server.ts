// Starts `next start` on loopback for the perf and load commands, and makes sure it is
// stopped however the command ends: normal return, thrown error, Ctrl-C or process.exit
// (chrome-launcher calls process.exit(130) on SIGINT), so no server is left on the port.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunningServer {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

const host = '127.0.0.1';

/** True when something already answers on the port: we would be measuring someone else's server. */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Signals the whole process group: `next start` may run its server in a child process. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** `dir`: the app to serve (the dashboard by default; perf also serves its reference page). */
export async function startServer(port: number, { timeoutMs = 60_000, dir = '.' } = {}): Promise<RunningServer> {
  if (await portInUse(port))
    throw new Error(`Port ${port} on ${host} is already in use; set another port in 3300–3399.`);
  const origin = `http://${host}:${port}`;
  // `node …/next start` rather than `npx next`: one process of our own to signal, no npx wrapper.
  const child = spawn(
    process.execPath,
    [require.resolve('next/dist/bin/next'), 'start', dir, '-H', host, '-p', String(port)],
    {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      // Its own process group, so stop() reaches any child it forks and Ctrl-C in the terminal
      // reaches only us; we then stop it ourselves.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const onExit = () => killGroup(child, 'SIGKILL');
  const onSignal = (signal: NodeJS.Signals) => {
    killGroup(child, 'SIGTERM');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const stop = async () => {
    process.removeListener('exit', onExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child, 'SIGTERM');
    const gone = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
    if (!gone) killGroup(child, 'SIGKILL');
  };

  // Ready when the home page answers 200, not when the log says so: the log wording changes between versions.
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`next start exited with code ${child.exitCode}:\n${log}`);
    }
    try {
      const response = await fetch(`${origin}/`);
      await response.arrayBuffer();
      if (response.ok) return { origin, pid: child.pid!, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`next start did not answer on ${origin} within ${timeoutMs / 1000} s:\n${log}`);
}
