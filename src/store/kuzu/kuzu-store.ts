import { mkdirSync } from 'node:fs';
import path from 'node:path';
import kuzu, { type Connection, type Database } from 'kuzu';
import type { NodeLabel } from '../../domain/kinds';
import { CypherGraphStore } from '../cypher/cypher-store';
import type { ListSource, ListSpec } from '../cypher/list-query';
import { toRecord } from '../cypher/node-fields';
import { assemblePaths } from '../cypher/paths';
import { searchWords } from '../cypher/search-keys';
import type { PathRecord, SearchHit } from '../records';
import { StoreError, StoreLockedError } from '../store.port';
import { kuzuRowToRawPath, kuzuShortestPathsQuery } from './kuzu-questions';
import { KuzuRunner } from './kuzu-runner';
import { applyKuzuSchema } from './kuzu-schema';
import { kuzuListSource, kuzuSearchIndexer, kuzuSearchQuery, rankHit } from './kuzu-search-index';

/**
 * The longest a read may run before Kùzu interrupts it (a runaway path
 * search, say): the server's default request time, past which nobody reads
 * the answer. Reads only: the writer has no limit, since an interrupted
 * COMMIT (a checkpoint of a big WAL can take longer) loses the transaction.
 */
export const QUERY_TIMEOUT_MS = 15_000;

/** The database file inside the data folder. */
export const KUZU_DB_FILE = 'graph.kuzu';

/** How the embedded database is opened; the defaults suit a server and bulk ingestion alike. */
export interface KuzuSettings {
  /** Buffer pool bytes; 0 lets Kùzu take 80% of the machine's memory. */
  bufferPoolBytes: number;
  /**
   * WAL bytes after which a commit checkpoints (writes the WAL into the
   * database file). Kùzu's default is 16 MB; see KUZU_DEFAULTS.
   */
  checkpointThresholdBytes: number;
  /** Prepared statements kept per connection (0: prepare every statement afresh). */
  statementCache: number;
  /**
   * Reader connections beside the writer: reads run on them side by side
   * and never wait behind a write transaction. 0 runs everything on the
   * writer, one statement at a time. Default 4.
   */
  readers?: number;
}

/**
 * Checkpoint threshold 256 MB instead of Kùzu's 16 MB. A checkpoint writes
 * the WAL into the database file, rewriting every column chunk, CSR region
 * and hash index the WAL touched; its cost follows what it touches, not the
 * WAL's size, so checkpointing rarely is cheaper per article. A batch of 250
 * articles writes several MB of WAL: at 16 MB every few commits
 * checkpointed. Measured (bench/store-save.ts, 1000 articles in batches of
 * 250): 121 articles per CPU-second at 16 MB, 289 at 256 MB, 323 at 1 GB.
 * The price: up to 256 MB of WAL replayed when a killed process's folder is
 * opened again (seconds), never a lost commit (the WAL is synced at commit).
 */
export const KUZU_DEFAULTS: KuzuSettings = {
  // Kùzu's own default (80% of the machine's memory) lets the page cache grow
  // for as long as the server runs; a fixed pool keeps its memory flat.
  bufferPoolBytes: 1024 * 1024 * 1024,
  checkpointThresholdBytes: 256 * 1024 * 1024,
  statementCache: 512,
  // Node runs Kùzu calls on libuv's pool of 4 threads: more readers would only queue there.
  readers: 4,
};

/** The embedded store: a Kùzu database in `dataDir`, opened by one process at a time. */
export class KuzuStore extends CypherGraphStore {
  readonly backend = 'embedded' as const;
  protected override readonly searchIndexer = kuzuSearchIndexer;
  protected readonly labelDialect = {
    labelOf: (v: string) => `label(${v})`,
    hasOneOf: (v: string, labels: readonly NodeLabel[]) => `label(${v}) IN [${labels.map((l) => `'${l}'`).join(', ')}]`,
  };
  private db: Database | null = null;
  private connections: Connection[] = [];
  private current: KuzuRunner | null = null;
  private readonly settings: KuzuSettings;

  constructor(readonly dataDir: string, settings: Partial<KuzuSettings> = {}) {
    super();
    this.settings = { ...KUZU_DEFAULTS, ...settings };
  }

  protected get runner(): KuzuRunner {
    if (!this.current) throw new StoreError('the embedded store is not open: call init() first');
    return this.current;
  }

  /** Opens the folder (created when missing) and applies schema/kuzu.cypher. Idempotent. */
  async init(): Promise<void> {
    if (!this.current) await this.open();
    await applyKuzuSchema(this.runner);
  }

  private async open(): Promise<void> {
    mkdirSync(this.dataDir, { recursive: true });
    const { bufferPoolBytes, checkpointThresholdBytes } = this.settings;
    const db = new kuzu.Database(
      path.join(this.dataDir, KUZU_DB_FILE), bufferPoolBytes, true, false, 0, true, checkpointThresholdBytes,
    );
    try {
      await db.init();
    } catch (error) {
      await db.close().catch(() => undefined);
      // Kùzu says "IO exception: Could not set lock on file" when another process holds it.
      if (/lock/i.test(String((error as Error)?.message))) throw new StoreLockedError(this.dataDir, error);
      throw new StoreError(`cannot open the embedded store in ${this.dataDir}: ${String(error)}`, error);
    }
    // One thread per statement: our statements are small lookups, and Kùzu's
    // thread pool costs more than it saves on them (≈1 ms a lookup, not 3).
    const connect = async (timeoutMs: number | null): Promise<Connection> => {
      const conn = new kuzu.Connection(db, 1);
      await conn.init();
      if (timeoutMs !== null) conn.setQueryTimeout(timeoutMs);
      return conn;
    };
    const writer = await connect(null);
    const readers: Connection[] = [];
    for (let i = 0; i < Math.max(0, Math.floor(this.settings.readers ?? 4)); i++) readers.push(await connect(QUERY_TIMEOUT_MS));
    if (readers.length === 0) writer.setQueryTimeout(QUERY_TIMEOUT_MS); // reads share the writer
    this.db = db;
    this.connections = [writer, ...readers];
    this.current = new KuzuRunner(writer, readers, this.settings.statementCache);
  }

  async close(): Promise<void> {
    const { connections, db, current } = this;
    await current?.drain(); // statements under way finish before their connections go
    current?.forget();
    this.current = null;
    this.connections = [];
    this.db = null;
    for (const conn of connections) await conn.close();
    await db?.close();
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
}
