import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/server/config';
import { type RunningServer, startServer } from '../../../src/server/start-server';

export const TOKEN = 'reliability-token-7f3a';

export interface TestServer {
  server: RunningServer;
  url: string;
  base: string;
  dataDir: string;
  /** Stops the server and removes its data folder. */
  close(): Promise<void>;
}

/** A fresh temp folder for an embedded store. */
export function tempDataDir(tag: string): string {
  return mkdtempSync(join(tmpdir(), `polgraph-${tag}-`));
}

/**
 * The real server in this process on a free loopback port, over a fresh
 * embedded store in a temp folder, with an API token and no seed.
 */
export async function startTestServer(tag: string, env: Record<string, string> = {}, dataDir = tempDataDir(tag)): Promise<TestServer> {
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, API_TOKEN: TOKEN, SEED: 'false', LOG_LEVEL: 'silent', ...env,
  });
  const server = await startServer(config);
  const base = server.url.replace(/\/graphql$/, '');
  return {
    server,
    url: server.url,
    base,
    dataDir,
    close: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
