import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type ServerConfig } from '../../src/server/config';
import { startServer, type RunningServer, type StartOptions } from '../../src/server/start-server';

export const API_TOKEN = 'test-api-token';

export interface GraphQLAnswer {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

export interface TestServer {
  server: RunningServer;
  config: ServerConfig;
  /** POSTs one GraphQL request as JSON, as outside clients do. */
  gql(query: string, variables?: Record<string, unknown>, options?: { token?: string; operationName?: string }): Promise<GraphQLAnswer>;
  close(): Promise<void>;
}

/**
 * Starts the real server on a free port with the embedded store in a fresh
 * temporary folder (no seed unless asked). `env` overrides the environment.
 */
export async function startTestServer(env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'polgraph-server-'));
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dataDir, 'db'), SEED: 'false', API_TOKEN, LOG_LEVEL: 'silent', ...env,
  }, join(__dirname, '..', '..'));
  const server = await startServer(config, options);
  return {
    server,
    config,
    gql: (query, variables, opts = {}) => postGraphQL(server.url, { query, variables, operationName: opts.operationName }, opts.token),
    close: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function postGraphQL(url: string, body: unknown, token?: string, headers: Record<string, string> = {}): Promise<GraphQLAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLAnswer['body'] };
}
