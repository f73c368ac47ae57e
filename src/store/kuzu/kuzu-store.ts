import { mkdirSync } from 'node:fs';
import path from 'node:path';
import kuzu, { type Connection, type Database } from 'kuzu';
import type { NodeLabel } from '../../domain/kinds';
import { CypherGraphStore } from '../cypher/cypher-store';
import { toRecord } from '../cypher/node-fields';
import { assemblePaths } from '../cypher/paths';
import { searchWords } from '../cypher/search-keys';
import type { PathRecord, SearchHit } from '../records';
import { StoreError, StoreLockedError } from '../store.port';
import { kuzuRowToRawPath, kuzuShortestPathsQuery } from './kuzu-questions';
import { KuzuRunner } from './kuzu-runner';
import { applyKuzuSchema } from './kuzu-schema';
import { kuzuSearchIndexer, kuzuSearchQuery, rankHit } from './kuzu-search-index';

/** The longest a statement may run before Kùzu interrupts it (a runaway path search, say). */
export const QUERY_TIMEOUT_MS = 30_000;

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
 * Buffer pool: Kùzu's default (80% of memory, taken as pages are touched).
 */
export const KUZU_DEFAULTS: KuzuSettings = {
  // Kùzu's own default (80% of the machine's memory) lets the page cache grow
  // for as long as the server runs; a fixed pool keeps its memory flat.
  bufferPoolBytes: 1024 * 1024 * 1024,
  checkpointThresholdBytes: 256 * 1024 * 1024,
  statementCache: 512,
};

/** The embedded store: a Kùzu database in `dataDir`, opened by one process at a time. */
export class KuzuStore extends CypherGraphStore {
  readonly backend = 'embedded' as const;
  protected override readonly searchIndexer = kuzuSearchIndexer;
  private db: Database | null = null;
  private conn: Connection | null = null;
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
    const conn = new kuzu.Connection(db, 1);
    await conn.init();
    // One connection serves every caller in turn: no statement may hold it for long.
    conn.setQueryTimeout(QUERY_TIMEOUT_MS);
    this.db = db;
    this.conn = conn;
    this.current = new KuzuRunner(conn, this.settings.statementCache);
  }

  async close(): Promise<void> {
    const { conn, db, current } = this;
    await current?.drain(); // statements under way finish before their connection goes
    current?.forget();
    this.current = null;
    this.conn = null;
    this.db = null;
    await conn?.close();
    await db?.close();
  }

  async search(text: string, labels: readonly NodeLabel[], limit: number): Promise<SearchHit[]> {
    if (limit <= 0) return [];
    const words = searchWords(text);
    const hits: SearchHit[] = [];
    for (const label of new Set(labels)) {
      const query = kuzuSearchQuery(label, text);
      if (!query) return [];
      for (const row of await this.runner.run(query)) {
        hits.push({ node: toRecord(label, row), score: rankHit(String(row.searchText ?? ''), words) });
      }
    }
    return hits.sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : 1)).slice(0, limit);
  }

  async shortestPaths(fromId: string, toId: string, maxHops: number, limit: number): Promise<PathRecord[]> {
    if (limit <= 0 || fromId === toId) return [];
    // Parallel edges (one per source) multiply the rows: read more than asked, keep distinct paths.
    const rows = await this.runner.run(kuzuShortestPathsQuery(fromId, toId, maxHops, Math.min(limit * 50, 5000)));
    return assemblePaths(rows.map(kuzuRowToRawPath), limit, (type, ids) => this.getEdges(type, 'out', ids));
  }
}
