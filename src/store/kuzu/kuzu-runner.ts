import type { Connection } from 'kuzu';
import type { CypherQuery, Row } from '../cypher/query';
import type { CypherRunner, CypherTx } from '../cypher/runner';
import { StoreError } from '../store.port';
import { KuzuSession, toStoreError } from './kuzu-session';

/** The WAL as the runner sees it: its size now, and the size from which a commit is followed by a checkpoint. */
export interface WalWatch {
  bytes(): number;
  checkpointAt: number;
}

/** For a runner that never checkpoints by itself (Kùzu's own checkpoint at commit, tests). */
const NO_WAL: WalWatch = { bytes: () => 0, checkpointAt: Infinity };

/** Kùzu's words when the buffer pool cannot give a statement the memory it needs. */
export const POOL_FULL = /buffer pool is full|unable to allocate memory/i;

/** A COMMIT or CHECKPOINT failed: the database must not be used any more (see KuzuRunner). */
export class BrokenDatabaseError extends StoreError {
  constructor(readonly statement: 'COMMIT' | 'CHECKPOINT', message: string, cause: unknown) {
    super(message, cause);
    this.name = 'BrokenDatabaseError';
  }
}

/**
 * Runs Cypher on Kùzu connections of one database: one writer, N readers.
 *
 * The writer runs transactions and DDL one at a time (Kùzu allows one write
 * transaction per database); a transaction holds it from BEGIN to COMMIT.
 * Auto-commit reads go to the first free reader, so they never wait behind a
 * write transaction or a slow read: Kùzu's MVCC gives each read the last
 * committed state, whatever the writer has open. Without readers, reads
 * take their turn on the writer (the single-connection behaviour).
 *
 * A failed COMMIT breaks the database for good (Kùzu 0.11.3): the commit
 * had already merged part of the transaction into the tables when it ran
 * out of memory, and the rollback that follows leaves them inconsistent,
 * so the next write, closing the database or even Node finalizing it at
 * exit crashes the process. A failed CHECKPOINT leaves tables half
 * rewritten alike. From then on the runner refuses everything with
 * `broken`, and its owner (KuzuStore) abandons the database. A failed
 * statement before COMMIT is harmless: Kùzu rolls back what is only local.
 */
export class KuzuRunner implements CypherRunner {
  private readonly writer: KuzuSession;
  private readonly idle: KuzuSession[];
  private readonly readerCount: number;
  /** Reads waiting for a free reader, first come first served. */
  private readonly waiting: Array<(reader: KuzuSession) => void> = [];
  private writerQueue: Promise<unknown> = Promise.resolve();
  private closing = false;
  private failure: BrokenDatabaseError | null = null;

  /**
   * `wal`: looked at after every commit; once it holds `checkpointAt`
   * bytes, the writer runs CHECKPOINT (the database is opened without
   * Kùzu's own checkpoint at commit, so a failed COMMIT always means "not
   * saved").
   */
  constructor(
    writer: Connection,
    readers: readonly Connection[] = [],
    cacheSize = 512,
    private readonly wal: WalWatch = NO_WAL,
  ) {
    this.writer = new KuzuSession(writer, cacheSize);
    this.idle = readers.map((c) => new KuzuSession(c, cacheSize));
    this.readerCount = readers.length;
  }

  /** Why the database may not be used any more (a failed COMMIT or CHECKPOINT), or null while it may. */
  get broken(): BrokenDatabaseError | null {
    return this.failure;
  }

  run(query: CypherQuery): Promise<Row[]> {
    const refused = this.refusal();
    if (refused) return Promise.reject(refused);
    if (this.readerCount === 0) return this.exclusive(() => this.writer.execute(query));
    return this.withReader((reader) => reader.execute(query));
  }

  /**
   * Runs `work` in a write transaction. When a statement finds the buffer
   * pool full (Kùzu rolls back: nothing is written) and the pool holds
   * commits not yet checkpointed, the writer checkpoints, which frees
   * them, and runs `work` once more: the pool filled before the WAL reached
   * the checkpoint threshold.
   */
  transaction<T>(work: (tx: CypherTx) => Promise<T>, committed?: (result: T) => void): Promise<T> {
    const refused = this.refusal();
    if (refused) return Promise.reject(refused);
    return this.exclusive(async () => {
      try {
        return await this.attempt(work, committed);
      } catch (error) {
        if (this.failure || !POOL_FULL.test((error as Error).message) || this.wal.bytes() === 0) throw error;
        await this.runCheckpoint();
        if (this.failure) throw error;
        return this.attempt(work, committed);
      }
    });
  }

  /**
   * Runs `work` in a read-only transaction on a reader: every statement
   * sees the same commit, the last one before it began (it begins between
   * two write transactions, never inside one), while writes go on beside
   * it. `began` runs at that point, before any later write commits. For
   * long reads (loading the read model): a checkpoint waits for it, and
   * gives up after 5 s (the next commit tries again).
   */
  async snapshot<T>(work: (tx: CypherTx) => Promise<T>, began?: () => void): Promise<T> {
    const refused = this.refusal();
    if (refused) throw refused;
    if (this.readerCount === 0) {
      // No reader to read beside the writer: the writer reads, and writes wait.
      return this.exclusive(async () => {
        began?.();
        return work({ run: (q) => this.writer.execute(q) });
      });
    }
    return this.withReader(async (reader) => {
      await this.exclusive(async () => {
        await reader.raw('BEGIN TRANSACTION READ ONLY');
        began?.();
      });
      try {
        return await work({ run: (q) => reader.execute(q) });
      } finally {
        await reader.raw('COMMIT').catch(() => undefined);
      }
    });
  }

  /** Runs a statement that cannot be prepared (DDL, CALL CREATE_FTS_INDEX) on the writer, outside any transaction. */
  ddl(statement: string): Promise<Row[]> {
    const refused = this.refusal();
    if (refused) return Promise.reject(refused);
    return this.exclusive(() => this.writer.raw(statement));
  }

  /**
   * Stops taking work and resolves once everything under way has finished:
   * the writer's queue and every reader back in the pool (before the
   * connections close). Reads already waiting for a reader still run.
   */
  async drain(): Promise<void> {
    this.closing = true;
    await this.writerQueue;
    while (this.idle.length < this.readerCount) {
      await new Promise<void>((resolve) => this.waiting.push((reader) => {
        this.release(reader);
        resolve();
      }));
    }
  }

  /** Drops every connection's prepared statements (before the connections close). */
  forget(): void {
    this.writer.forget();
    for (const r of this.idle) r.forget();
  }

  /** BEGIN, `work`, COMMIT, then CHECKPOINT when the WAL has grown to the threshold. */
  private async attempt<T>(work: (tx: CypherTx) => Promise<T>, committed?: (result: T) => void): Promise<T> {
    await this.writer.raw('BEGIN TRANSACTION');
    let result: T;
    try {
      result = await work({ run: (q) => this.writer.execute(q) });
    } catch (error) {
      await this.writer.raw('ROLLBACK').catch(() => undefined); // the error that matters is the first one
      throw toStoreError(error);
    }
    await this.commit();
    committed?.(result);
    if (this.wal.bytes() >= this.wal.checkpointAt) await this.runCheckpoint();
    return result;
  }

  /** COMMIT: Kùzu merges the transaction into the tables and writes it to the WAL. A failure breaks the database. */
  private async commit(): Promise<void> {
    try {
      await this.writer.raw('COMMIT');
    } catch (error) {
      // Kùzu has rolled the transaction back itself; a ROLLBACK now would be one more call into a broken database.
      throw (this.failure = new BrokenDatabaseError('COMMIT', `${toStoreError(error, 'COMMIT').message}: nothing of the transaction was saved`, error));
    }
  }

  /**
   * CHECKPOINT: writes the WAL into the database file and frees the pool
   * of what it held. It first waits (5 s at most) for open reads to finish
   * and gives up with "Timeout waiting for active transactions" when one
   * runs longer: nothing was done, and the next commit tries again. Any
   * other failure leaves the tables half checkpointed: the database is
   * broken, but the transactions before it are committed (they are in the
   * WAL), so the save stands.
   */
  private async runCheckpoint(): Promise<void> {
    try {
      await this.writer.raw('CHECKPOINT');
    } catch (error) {
      if (/Timeout waiting for active transactions/i.test(String((error as Error)?.message))) return;
      this.failure = new BrokenDatabaseError('CHECKPOINT', `${toStoreError(error, 'CHECKPOINT').message}, after the commits before it, which stand`, error);
    }
  }

  /** Why a new call is refused: the database broke, or the store is closing. */
  private refusal(): StoreError | null {
    if (this.failure) return new StoreError(`the embedded database takes no more work since it broke: ${this.failure.message}`, this.failure);
    return this.closing ? new StoreError('the embedded store is closing') : null;
  }

  /** Runs `task` after the writer's earlier work; refused once the database broke (work queued before that included). */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const guarded = (): Promise<T> => {
      const refused = this.failure && this.refusal();
      return refused ? Promise.reject(refused) : task();
    };
    const next = this.writerQueue.then(guarded, guarded);
    this.writerQueue = next.catch(() => undefined);
    return next;
  }

  private async withReader<T>(task: (reader: KuzuSession) => Promise<T>): Promise<T> {
    const reader = this.idle.pop() ?? (await new Promise<KuzuSession>((resolve) => this.waiting.push(resolve)));
    try {
      const refused = this.failure && this.refusal(); // waited while the database broke
      if (refused) throw refused;
      return await task(reader);
    } finally {
      this.release(reader);
    }
  }

  /** Hands a reader to the longest-waiting read, or back to the pool. */
  private release(reader: KuzuSession): void {
    const next = this.waiting.shift();
    if (next) next(reader);
    else this.idle.push(reader);
  }
}
