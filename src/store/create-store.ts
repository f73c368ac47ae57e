import { KuzuStore, type KuzuSettings } from './kuzu/kuzu-store';
import { Neo4jStore } from './neo4j/neo4j-store';
import { StoreError, type GraphStore } from './store.port';

export interface StoreConfig {
  backend: 'embedded' | 'neo4j';
  /** Folder of the embedded store; created on first start. */
  dataDir: string;
  neo4j?: { uri: string; user: string; password: string; database?: string };
  /** Buffer pool and checkpoint threshold of the embedded store, where the environment sets them (KUZU_DEFAULTS otherwise). */
  kuzu?: Partial<KuzuSettings>;
  /** The embedded store loads the graph into memory and answers reads from it (see KuzuStore). Default off. */
  readModel?: boolean;
}

/** Opens the configured store and runs its init() (schema, indexes). */
export async function createStore(options: StoreConfig): Promise<GraphStore> {
  const store = instantiate(options);
  try {
    await store.init();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}

function instantiate(options: StoreConfig): GraphStore {
  if (options.backend === 'embedded') return new KuzuStore(options.dataDir, options.kuzu, { readModel: options.readModel });
  if (!options.neo4j) throw new StoreError('the neo4j backend needs neo4j settings (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)');
  return new Neo4jStore(options.neo4j);
}
