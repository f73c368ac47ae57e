import type { Logger } from 'pino';
import type { GraphStore, MemoryReads } from '../store/store.port';
import { createLoaders, type Deadline, type Loaders } from './loaders/create-loaders';

/** What every resolver gets: the store, this request's loaders and what the caller may do. */
export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
  /** The store's synchronous reads when it holds the graph in memory (taken once per request), else null. */
  memory: MemoryReads | null;
  /** Null when the caller may write; otherwise why not (the UNAUTHENTICATED message). */
  writeRefusal: string | null;
  logger?: Logger;
}

export function createContext(
  store: GraphStore,
  writeRefusal: string | null,
  options: { signal?: Deadline; logger?: Logger } = {},
): GraphQLContext {
  return { store, loaders: createLoaders(store, options.signal), memory: store.memoryReads?.() ?? null, writeRefusal, logger: options.logger };
}
