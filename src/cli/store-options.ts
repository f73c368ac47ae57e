import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { createStore, type StoreConfig } from '../store/create-store';
import { readKuzuEnv, type KuzuSettings } from '../store/kuzu/kuzu-settings';
import { StoreLockedError, type GraphStore } from '../store/store.port';
import { CliExit, EXIT_USAGE, type CliIo } from './cli-io';

export interface StoreOptions {
  dataDir?: string;
  backend?: string;
}

type Backend = 'embedded' | 'neo4j';

/** Adds `--data-dir` and `--backend`, which fall back on the server's variables (DATA_DIR, GRAPH_BACKEND). */
export function addStoreOptions(cmd: Command): Command {
  return cmd
    .option('--data-dir <dir>', 'folder of the embedded store (env DATA_DIR, default ./data)')
    .option('--backend <name>', 'embedded or neo4j (env GRAPH_BACKEND; neo4j reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)');
}

/** Settings from options first, then the environment the server uses too. */
export function resolveStoreConfig(opts: StoreOptions, env: NodeJS.ProcessEnv): StoreConfig {
  const backend = (opts.backend ?? env.GRAPH_BACKEND ?? 'embedded') as Backend;
  if (backend !== 'embedded' && backend !== 'neo4j') {
    throw new CliExit(EXIT_USAGE, `unknown backend "${String(backend)}": use embedded or neo4j`);
  }
  const dataDir = opts.dataDir ?? env.DATA_DIR ?? './data';
  if (backend === 'embedded') return { backend, dataDir, kuzu: kuzuEnv(env) };
  const { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password } = env;
  if (!uri || !user || password === undefined) {
    throw new CliExit(EXIT_USAGE, 'the neo4j backend needs NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD in the environment');
  }
  return { backend, dataDir, neo4j: { uri, user, password } };
}

/** KUZU_BUFFER_POOL_MB and KUZU_CHECKPOINT_MB, checked as the server checks them. */
function kuzuEnv(env: NodeJS.ProcessEnv): Partial<KuzuSettings> {
  try {
    return readKuzuEnv(env);
  } catch (err) {
    throw new CliExit(EXIT_USAGE, (err as Error).message);
  }
}

/**
 * Opens the store (createStore runs its init). A folder held by a running server is
 * reported with what to do instead, and nothing is touched (exit 2).
 * `mustExist`: reading commands do not create an empty store by mistake.
 */
export async function openStore(opts: StoreOptions, io: CliIo, purpose: 'ingest' | 'export'): Promise<GraphStore> {
  const config = resolveStoreConfig(opts, io.env);
  if (purpose === 'export' && config.backend === 'embedded' && !existsSync(config.dataDir)) {
    throw new CliExit(EXIT_USAGE, `no store at ${config.dataDir}: give --data-dir (or DATA_DIR) the folder you ingested into`);
  }
  try {
    return await createStore(config); // opens and runs init()
  } catch (err) {
    if (err instanceof StoreLockedError) throw new CliExit(EXIT_USAGE, lockedMessage(err.dataDir, purpose));
    throw err;
  }
}

function lockedMessage(dataDir: string, purpose: 'ingest' | 'export'): string {
  const head = `the store folder ${dataDir} is in use by another process, probably a running server; nothing was touched.`;
  if (purpose === 'ingest') {
    return `${head}\nTo ingest while the server runs, send the articles to it:\n` +
      '  vn-polgraph ingest <source> --endpoint http://localhost:4000/graphql --token "$API_TOKEN"\n' +
      'or stop the server and run this command again.';
  }
  return `${head}\nStop the server (or copy the folder and give the copy as --data-dir), then export again.`;
}
