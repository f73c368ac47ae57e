import { rmSync } from 'node:fs';
import { type ServerProcess, startServerProcess } from '../../../bench/http/server-process';
import { tempDataDir, TOKEN } from './test-server';

export { TOKEN };

/**
 * The built server (`dist/server/main.js`, as `npm start` runs it) in a
 * child process on a free loopback port over a temp folder: a request that
 * wedges it cannot wedge the test, and it can be killed like a real crash.
 */
export class ChildServer {
  private current: ServerProcess | null = null;

  constructor(readonly dataDir: string, private readonly env: Record<string, string> = {}) {}

  static async start(tag: string, env: Record<string, string> = {}): Promise<ChildServer> {
    const s = new ChildServer(tempDataDir(tag), env);
    await s.restart();
    return s;
  }

  get process(): ServerProcess {
    if (!this.current) throw new Error('the child server is not running');
    return this.current;
  }

  get url(): string {
    return this.process.url;
  }

  get base(): string {
    return this.process.url.replace(/\/graphql$/, '');
  }

  /** Starts (again) on the same data folder; stops a running one first. */
  async restart(): Promise<void> {
    await this.current?.stop(5000);
    this.current = await startServerProcess({ DATA_DIR: this.dataDir, API_TOKEN: TOKEN, GRAPH_BACKEND: 'embedded', ...this.env });
  }

  /** True when /healthz answers 200 within `ms`. */
  async healthy(ms = 5000): Promise<boolean> {
    try {
      const res = await fetch(`${this.base}/healthz`, { signal: AbortSignal.timeout(ms) });
      return res.status === 200;
    } catch {
      return false;
    }
  }

  /** Kills it with SIGKILL (a crash). */
  async crash(): Promise<void> {
    await this.current?.kill();
    this.current = null;
  }

  async close(): Promise<void> {
    await this.current?.stop(5000);
    this.current = null;
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
