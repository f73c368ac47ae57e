import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The built server (`npm run build`), run as `npm start` runs it. */
export const SERVER_MAIN = join(__dirname, '..', '..', 'dist', 'server', 'main.js');

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** What the child wrote to stderr and stdout so far (the last 64 KB), for failure messages. */
  output(): string;
  /** Peak resident memory of the child in bytes (VmHWM), or null off Linux. */
  peakRss(): number | null;
  /** Current resident memory of the child in bytes (VmRSS), or null off Linux. */
  rss(): number | null;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL at once (a crash); resolves when it has exited. */
  kill(): Promise<void>;
  /** Waits until /healthz no longer says the read model is loading; its state then ('ready', 'off', 'failed'). */
  readModel(timeoutMs?: number): Promise<string>;
}

/** A port free on the loopback right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node dist/server/main.js` on a free loopback port with the given
 * environment and waits until `/healthz` answers 200 (or the child dies,
 * or `readyTimeoutMs` passes).
 */
export async function startServerProcess(env: Record<string, string>, readyTimeoutMs = 120_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), SEED: 'false', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-65_536);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const status = (field: string): number | null => {
    try {
      const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) * 1024 : null;
    } catch {
      return null;
    }
  };
  const handle: ServerProcess = {
    url: `${base}/graphql`,
    port,
    child,
    output: () => log,
    peakRss: () => status('VmHWM'),
    rss: () => status('VmRSS'),
    stop: async (graceMs = 15_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
    readModel: async (timeoutMs = 600_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const health = (await (await fetch(`${base}/healthz`)).json()) as { readModel?: string };
        if (health.readModel !== 'loading' || Date.now() > deadline) return health.readModel ?? 'off';
        await new Promise((r) => setTimeout(r, 250));
      }
    },
  };
  await waitReady(base, child, readyTimeoutMs, () => log);
  return handle;
}

async function waitReady(base: string, child: ChildProcess, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${log()}`);
    }
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the server was not ready within ${timeoutMs} ms:\n${log()}`);
}
