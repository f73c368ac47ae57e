import express from 'express';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mountExplorer } from '../../src/explorer/explorer-route';
import { loadConfig } from '../../src/server/config';
import { startServer, type RunningServer } from '../../src/server/start-server';

export interface ExplorerServer {
  /** Where the page is: http://127.0.0.1:<port>/explore */
  pageUrl: string;
  /** Whether the real server mounts the explorer itself (false: a same-origin front serves it). */
  mountedByServer: boolean;
  server: RunningServer;
  close(): Promise<void>;
}

/**
 * Starts the real server on the seed articles (embedded store in a fresh
 * temporary folder, port 0). If that server does not serve /explore yet, a
 * small front on another free port serves the page and passes /graphql
 * through to the real server unchanged, so the page still talks to the real
 * API from its own origin.
 */
export async function startExplorerServer(): Promise<ExplorerServer> {
  const root = path.resolve(__dirname, '../..');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'polgraph-explorer-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: path.join(dataDir, 'db'), SEED: 'true', LOG_LEVEL: 'silent' }, root);
  const server = await startServer(config);
  const origin = new URL(server.url).origin;
  const probe = await fetch(`${origin}/explore`);
  if (probe.ok) {
    return { pageUrl: `${origin}/explore`, mountedByServer: true, server, close: () => closeAll(server, null, dataDir) };
  }
  const front = await startFront(server.url);
  const port = (front.address() as AddressInfo).port;
  return { pageUrl: `http://127.0.0.1:${port}/explore`, mountedByServer: false, server, close: () => closeAll(server, front, dataDir) };
}

function startFront(graphqlUrl: string): Promise<Server> {
  const app = express();
  mountExplorer(app);
  app.post('/graphql', express.raw({ type: '*/*', limit: '1mb' }), async (req, res) => {
    const answer = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: (req.body as Buffer).toString('utf8') });
    res.status(answer.status).type('application/json').send(Buffer.from(await answer.arrayBuffer()));
  });
  return new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
}

async function closeAll(server: RunningServer, front: Server | null, dataDir: string): Promise<void> {
  if (front) {
    const closed = new Promise<void>((resolve) => front.close(() => resolve()));
    front.closeAllConnections();
    await closed;
  }
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
