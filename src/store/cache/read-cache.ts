import { LRUCache } from 'lru-cache';
import type { GraphStore } from '../store.port';

/**
 * The reads whose answers are kept. Everything else (writes, init, close,
 * bulk scans for export, and any method added later) passes straight
 * through: a method is cached only when someone has decided it is a pure
 * read of the graph.
 */
const CACHED_READS = new Set<keyof GraphStore>([
  'getNodes', 'getAnyNodes', 'getArticleText', 'getQuotes', 'getEdges', 'getEdgesWithEnds', 'getMentions', 'getArticleNodeIds', 'getArticleNodes',
  'listPeople', 'listOrganizations', 'listAdminUnits', 'listSessions', 'listDocuments', 'listArticles',
  'search', 'shortestPaths', 'counts',
]);

/** The writes: each empties the cache when it starts and again when it ends. */
const WRITES = new Set<keyof GraphStore>(['saveArticle', 'saveArticles', 'deleteArticle']);

export interface ReadCacheOptions {
  /** Answers kept, least recently used dropped first. */
  maxEntries: number;
  /** Records (rows, nodes, edges, hits) kept across all answers; bounds memory, not just the count. */
  maxRecords: number;
}

export const READ_CACHE_DEFAULTS: ReadCacheOptions = { maxEntries: 20_000, maxRecords: 500_000 };

/** What a cached store tells about its cache (health, tests, benchmarks). */
export interface ReadCacheStats { hits: number; misses: number; entries: number; generation: number }

export type CachedGraphStore = GraphStore & { readonly readCache: ReadCacheStats };

/**
 * Wraps a store so that repeated reads are answered from memory until the
 * next write. Dashboards and analysts ask the same questions over and over
 * while the graph changes only when articles are ingested; an embedded
 * store's statements cost milliseconds each, a kept answer microseconds.
 *
 * Correctness rests on every write going through this wrapper: true of the
 * embedded store, whose folder one process holds; not of a Neo4j database
 * that other processes write to, so the server does not wrap that one by
 * default. Answers are shared between callers: callers must not mutate them.
 */
export function withReadCache(store: GraphStore, options: ReadCacheOptions = READ_CACHE_DEFAULTS): CachedGraphStore {
  const cache = new LRUCache<string, { value: unknown }>({
    max: options.maxEntries,
    maxSize: options.maxRecords,
    sizeCalculation: (entry) => Math.max(1, Math.min(recordCount(entry.value), options.maxRecords)),
  });
  const inFlight = new Map<string, Promise<unknown>>();
  const stats = { hits: 0, misses: 0, generation: 0 };
  const invalidate = (): void => {
    stats.generation += 1;
    cache.clear();
    inFlight.clear();
  };

  const read = (method: keyof GraphStore, target: (...args: unknown[]) => Promise<unknown>, args: unknown[]): Promise<unknown> => {
    const key = `${String(method)}\u0000${JSON.stringify(args)}`;
    const kept = cache.get(key);
    if (kept) {
      stats.hits += 1;
      return Promise.resolve(kept.value);
    }
    const pending = inFlight.get(key);
    if (pending) return pending;
    stats.misses += 1;
    const generation = stats.generation;
    const promise = target.apply(store, args).then((value) => {
      // A write that began or ended meanwhile may have changed the answer: use it, do not keep it.
      if (stats.generation === generation) cache.set(key, { value });
      return value;
    }).finally(() => {
      if (inFlight.get(key) === promise) inFlight.delete(key);
    });
    inFlight.set(key, promise);
    return promise;
  };

  const write = async (target: (...args: unknown[]) => Promise<unknown>, args: unknown[]): Promise<unknown> => {
    invalidate();
    try {
      return await target.apply(store, args);
    } finally {
      invalidate();
    }
  };

  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'readCache') return { ...stats, entries: cache.size };
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const method = property as keyof GraphStore;
      const fn = value as (...args: unknown[]) => Promise<unknown>;
      if (CACHED_READS.has(method)) return (...args: unknown[]) => read(method, fn, args);
      if (WRITES.has(method)) return (...args: unknown[]) => write(fn, args);
      return fn.bind(target);
    },
  }) as CachedGraphStore;
}

/** How many records an answer holds: rows of a list, entries of a map, items of a page, or the sum over an object's fields. */
function recordCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (value instanceof Map) return value.size;
  if (value && typeof value === 'object') {
    return Object.values(value).reduce<number>((sum, field) => sum + (Array.isArray(field) || field instanceof Map ? recordCount(field) : 0), 0);
  }
  return 1;
}
