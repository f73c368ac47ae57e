import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/server/config';
import { startServer, type RunningServer } from '../../src/server/start-server';

export interface ExplorerServer {
  /** Where the page is: http://127.0.0.1:<port>/explore */
  pageUrl: string;
  server: RunningServer;
  close(): Promise<void>;
}

/**
 * Starts the real server, explorer included, on the seed articles: the
 * embedded store in a fresh temporary folder, a free port, no logs. `env`
 * adds to or overrides that environment (READ_TOKEN...).
 */
export async function startExplorerServer(env: Record<string, string> = {}): Promise<ExplorerServer> {
  const root = path.resolve(__dirname, '../..');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'polgraph-explorer-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: path.join(dataDir, 'db'), SEED: 'true', LOG_LEVEL: 'silent', ...env }, root);
  const server = await startServer(config);
  return {
    pageUrl: `${new URL(server.url).origin}/explore`,
    server,
    close: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
