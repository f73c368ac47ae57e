import type { NodeLabel } from '../../domain/kinds';
import { CypherGraphStore } from '../cypher/cypher-store';
import type { ListSource, ListSpec } from '../cypher/list-query';
import { toRecord } from '../cypher/node-fields';
import { cypher } from '../cypher/query';
import { assemblePaths } from '../cypher/paths';
import type { CypherRunner } from '../cypher/runner';
import { searchWords } from '../cypher/search-keys';
import type { PathRecord, SearchHit } from '../records';
import { StoreError } from '../store.port';
import { KuzuDatabase } from './kuzu-database';
import { kuzuRowToRawPath, kuzuShortestPathsQuery } from './kuzu-questions';
import { POOL_FULL, type KuzuRunner } from './kuzu-runner';
import { applyKuzuSchema } from './kuzu-schema';
import { kuzuListSource, kuzuSearchIndexer, kuzuSearchQuery, rankHit } from './kuzu-search-index';
import { resolveKuzuSettings, type KuzuSettings } from './kuzu-settings';

export { KUZU_DB_FILE, QUERY_TIMEOUT_MS } from './kuzu-database';
export { KUZU_DEFAULTS, type KuzuSettings } from './kuzu-settings';

/**
 * The embedded store: a Kùzu database in `dataDir`, opened by one process at a time.
 *
 * When a COMMIT or CHECKPOINT fails (the buffer pool is full, say), Kùzu
 * 0.11.3 leaves the database unusable (kuzu-runner.ts). The store then
 * stops: the call that met the failure and every call after it get one
 * StoreError saying so and to restart the process, and the broken database
 * is abandoned, never closed (kuzu-database.ts). A new process opens the
 * folder as after a crash: Kùzu replays the WAL, which holds every commit
 * before the failure and nothing of the failed one. (Opening the folder
 * again in the same process, beside the broken handle, worked at first in
 * our tests, then left a folder whose WAL replay crashed the next process.)
 */
export class KuzuStore extends CypherGraphStore {
  readonly backend = 'embedded' as const;
  protected override readonly searchIndexer = kuzuSearchIndexer;
  protected readonly labelDialect = {
    labelOf: (v: string) => `label(${v})`,
    hasOneOf: (v: string, labels: readonly NodeLabel[]) => `label(${v}) IN [${labels.map((l) => `'${l}'`).join(', ')}]`,
  };
  private database: KuzuDatabase | null = null;
  /** Set when a failure broke the database: every call is refused with it. */
  private stopped: StoreError | null = null;
  private readonly settings: Required<KuzuSettings>;
  /** Every call goes through the open database's runner (or is refused once the store stopped). */
  private readonly facade: CypherRunner = {
    run: (query) => this.use((runner) => runner.run(query)),
    transaction: (work) => this.use((runner) => runner.transaction(work)),
  };

  failure(): StoreError | null {
    return this.stopped;
  }

  constructor(readonly dataDir: string, settings: Partial<KuzuSettings> = {}) {
    super();
    this.settings = resolveKuzuSettings(settings);
  }

  protected get runner(): CypherRunner {
    return this.facade;
  }

  /** Opens the folder (created when missing) and applies schema/kuzu.cypher. Idempotent. */
  async init(): Promise<void> {
    if (!this.database && !this.stopped) this.database = await KuzuDatabase.open(this.dataDir, this.settings);
    await this.use((runner) => applyKuzuSchema(runner));
  }

  async close(): Promise<void> {
    const { database } = this; // null once stopped: a broken database is never closed
    this.database = null;
    await database?.close(); // statements under way finish first
  }

  /** Kùzu's buffer pool: its limit and the bytes it holds now (cached pages and unwritten data alike). */
  async bufferPool(): Promise<{ limitBytes: number; usedBytes: number }> {
    const [row] = await this.runner.run(cypher('CALL bm_info() RETURN mem_limit AS limitBytes, mem_usage AS usedBytes'));
    return { limitBytes: Number(row.limitBytes), usedBytes: Number(row.usedBytes) };
  }

  protected override listSource(spec: ListSpec): ListSource | null {
    return spec.searchWords?.length ? kuzuListSource(spec.label, spec.searchWords) : null;
  }

  async search(text: string, labels: readonly NodeLabel[], limit: number): Promise<SearchHit[]> {
    if (limit <= 0) return [];
    const words = searchWords(text);
    const queries = [...new Set(labels)].map((label) => ({ label, query: kuzuSearchQuery(label, text) }));
    if (queries.some((q) => !q.query)) return [];
    // One statement per label, side by side on the readers.
    const rows = await Promise.all(queries.map(({ query }) => this.runner.run(query!)));
    const hits: SearchHit[] = queries.flatMap(({ label }, i) =>
      rows[i].map((row) => ({ node: toRecord(label, row), score: rankHit(String(row.searchText ?? ''), words) })));
    return hits.sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : 1)).slice(0, limit);
  }

  async shortestPaths(fromId: string, toId: string, maxHops: number, limit: number): Promise<PathRecord[]> {
    if (limit <= 0 || fromId === toId) return [];
    // Parallel edges (one per source) multiply the rows: read more than asked, keep distinct paths.
    const rows = await this.runner.run(kuzuShortestPathsQuery(fromId, toId, maxHops, Math.min(limit * 50, 5000)));
    return assemblePaths(rows.map(kuzuRowToRawPath), limit, (type, ids) => this.getEdges(type, 'out', ids));
  }

  /** Runs `task` on the open database's runner; stops the store when the database broke meanwhile. */
  private async use<T>(task: (runner: KuzuRunner) => Promise<T>): Promise<T> {
    if (this.stopped) throw this.stopped;
    const database = this.database;
    if (!database) throw new StoreError('the embedded store is not open: call init() first');
    try {
      return await task(database.runner);
    } catch (error) {
      if (database.runner.broken) throw this.stop(database, error);
      if (error instanceof StoreError && POOL_FULL.test(error.message)) throw new StoreError(`${error.message}${this.memoryHint(error.message)}`, error);
      throw error;
    } finally {
      // A failed CHECKPOINT breaks the database after a save that stands: the caller gets its result, the next call the stop.
      if (database.runner.broken) this.stop(database, database.runner.broken);
    }
  }

  /** Abandons the broken database and refuses every call from now on; returns the error that says so. */
  private stop(broken: KuzuDatabase, error: unknown): StoreError {
    if (this.database === broken) {
      const failure = broken.runner.broken!;
      const cause = error instanceof StoreError && error !== failure && !error.message.includes(failure.message)
        ? `${error.message}; then ${failure.message}`
        : failure.message;
      this.database = null;
      broken.abandon();
      this.stopped = new StoreError(
        `the embedded store has stopped: ${cause}. Kùzu cannot go on with a database after a failed ${failure.statement} ` +
          '(its tables are left half written in memory), so the store takes no more work. Restart the process: it opens ' +
          `the folder again and replays the WAL, which holds every commit before the failure${this.memoryHint(cause)}`,
        failure,
      );
    }
    return this.stopped!;
  }

  /** Where the failure was memory: the pool it had, and how to give it more. */
  private memoryHint(message: string): string {
    if (!POOL_FULL.test(message)) return '';
    return `; the buffer pool has ${Math.round(this.settings.bufferPoolBytes / 1048576)} MB, set KUZU_BUFFER_POOL_MB for more`;
  }
}
