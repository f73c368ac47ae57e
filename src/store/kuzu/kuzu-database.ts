import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import kuzu, { type Connection, type Database } from 'kuzu';
import { StoreError, StoreLockedError } from '../store.port';
import { KuzuRunner } from './kuzu-runner';

/** The database file inside the data folder. */
export const KUZU_DB_FILE = 'graph.kuzu';

/**
 * The longest a read may run before Kùzu interrupts it (a runaway path
 * search, say): the server's default request time, past which nobody reads
 * the answer. Reads only: the writer has no limit, since an interrupted
 * COMMIT or CHECKPOINT would break the database (kuzu-runner.ts).
 */
export const QUERY_TIMEOUT_MS = 15_000;

/** How a database is opened (KuzuSettings, kuzu-settings.ts). */
export interface OpenSettings {
  bufferPoolBytes: number;
  checkpointThresholdBytes: number;
  statementCache: number;
  readers: number;
}

/** One open Kùzu database: the native handle, its connections, and the runner over them. */
export class KuzuDatabase {
  private constructor(
    private readonly db: Database,
    private readonly connections: Connection[],
    readonly runner: KuzuRunner,
  ) {}

  /**
   * Opens (creating when missing) the database of `dataDir`. Kùzu's own
   * checkpoint at commit is off: the runner checkpoints after a commit once
   * the WAL holds `checkpointThresholdBytes`, so that a failed COMMIT always
   * means the transaction was not saved.
   */
  static async open(dataDir: string, settings: OpenSettings): Promise<KuzuDatabase> {
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, KUZU_DB_FILE);
    const db = new kuzu.Database(file, settings.bufferPoolBytes, true, false, 0, false, settings.checkpointThresholdBytes);
    try {
      await db.init();
    } catch (error) {
      await db.close().catch(() => undefined);
      // Kùzu says "IO exception: Could not set lock on file" when another process holds it.
      if (/lock/i.test(String((error as Error)?.message))) throw new StoreLockedError(dataDir, error);
      throw new StoreError(`cannot open the embedded store in ${dataDir}: ${String(error)}`, error);
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
    for (let i = 0; i < Math.max(0, Math.floor(settings.readers)); i++) readers.push(await connect(QUERY_TIMEOUT_MS));
    if (readers.length === 0) writer.setQueryTimeout(QUERY_TIMEOUT_MS); // reads share the writer
    const walFile = `${file}.wal`;
    const wal = { bytes: () => (existsSync(walFile) ? statSync(walFile).size : 0), checkpointAt: settings.checkpointThresholdBytes };
    return new KuzuDatabase(db, [writer, ...readers], new KuzuRunner(writer, readers, settings.statementCache, wal));
  }

  /** Lets the statements under way finish, then closes the connections and the database (Kùzu checkpoints on close). */
  async close(): Promise<void> {
    await this.runner.drain();
    this.runner.forget();
    for (const conn of this.connections) await conn.close();
    await this.db.close();
  }

  /**
   * Gives up a database a failed COMMIT or CHECKPOINT broke, without
   * closing it: Kùzu's destructor (which checkpoints first) crashes the
   * process on the broken tables ("double free or corruption", "free():
   * invalid pointer"), whether close() runs it or Node finalizes the handle
   * at exit. So the handles stay referenced for the life of the process,
   * and once one is kept the process leaves through process.exit(), which
   * skips native finalizers (an 'exit' listener added after this one does
   * not run). The files need nothing from it: every commit is in the WAL,
   * and the next open finishes or discards a half-done checkpoint. Its
   * memory stays taken until the process ends.
   */
  abandon(): void {
    if (abandoned.length === 0) process.once('exit', (code) => process.exit(code));
    abandoned.push(this);
  }
}

/** Databases given up by abandon(), never closed. */
const abandoned: KuzuDatabase[] = [];
