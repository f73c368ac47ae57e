import type { AddressInfo } from 'node:net';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { Logger } from 'pino';
import { buildAppSchema } from '../graphql/build-schema';
import { READ_CACHE_DEFAULTS, withReadCache } from '../store/cache/read-cache';
import { createStore } from '../store/create-store';
import type { GraphStore } from '../store/store.port';
import { createApp, type ServerState } from './app';
import type { ServerConfig } from './config';
import { createApollo } from './create-apollo';
import { loadSeed } from './load-seed';
import { createLogger } from './logger';

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  store: GraphStore;
  /** Closes the HTTP server, then the store (so Kùzu frees its folder). Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Use this store instead of opening the configured one; the caller closes it. */
  store?: GraphStore;
  logger?: Logger;
}

/**
 * Starts the real server: listens at once (`/healthz` answers 503), opens
 * the store, loads the seed when asked and the store is empty, then serves
 * (`/healthz` 200). Resolves when it is ready; port 0 picks a free port.
 */
export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const apollo = createApollo(await buildAppSchema(), config, logger);
  await apollo.start();
  const state: ServerState = { store: null, ready: false };
  const http = await listen(createApp(config, apollo, state, logger), config);
  const port = (http.address() as AddressInfo).port;
  const ownStore = !options.store;
  try {
    state.store = options.store ?? cached(await createStore({ backend: config.backend, dataDir: config.dataDir, neo4j: config.neo4j ?? undefined, kuzu: config.kuzu, readModel: config.readModel }), config);
    if (config.seed) await loadSeed(state.store, config.seedDir, logger);
    state.ready = true;
  } catch (error) {
    await closeHttp(http);
    await apollo.stop();
    if (ownStore) await state.store?.close().catch(() => undefined);
    throw error;
  }
  const store = state.store;
  const host = ['0.0.0.0', '::'].includes(config.host) ? '127.0.0.1' : config.host;
  let stopping: Promise<void> | null = null;
  const stop = () => (stopping ??= (async () => {
    state.ready = false;
    await closeHttp(http);
    await apollo.stop();
    if (ownStore) await store.close();
    logger.info('server stopped');
  })());
  logger.info({ port, backend: config.backend }, `GraphQL ready at http://${host}:${port}/graphql`);
  return { url: `http://${host}:${port}/graphql`, port, store, stop };
}

/** The store behind the read cache, when the configuration keeps one. */
function cached(store: GraphStore, config: ServerConfig): GraphStore {
  if (config.readCacheEntries <= 0) return store;
  return withReadCache(store, { ...READ_CACHE_DEFAULTS, maxEntries: config.readCacheEntries });
}

function listen(app: RequestListener, config: ServerConfig): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app).listen(config.port, config.host);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

/** Stops accepting, ends idle keep-alive sockets, waits for requests in flight. */
function closeHttp(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
