import type { Connection } from 'kuzu';
import type { CypherQuery, Row } from '../cypher/query';
import type { CypherRunner, CypherTx } from '../cypher/runner';
import { StoreError } from '../store.port';
import { KuzuSession, toStoreError } from './kuzu-session';

/**
 * Runs Cypher on Kùzu connections of one database: one writer, N readers.
 *
 * The writer runs transactions and DDL one at a time (Kùzu allows one write
 * transaction per database); a transaction holds it from BEGIN to COMMIT.
 * Auto-commit reads go to the first free reader, so they never wait behind a
 * write transaction or a slow read: Kùzu's MVCC gives each read the last
 * committed state, whatever the writer has open. Without readers, reads
 * take their turn on the writer (the single-connection behaviour).
 */
export class KuzuRunner implements CypherRunner {
  private readonly writer: KuzuSession;
  private readonly idle: KuzuSession[];
  private readonly readerCount: number;
  /** Reads waiting for a free reader, first come first served. */
  private readonly waiting: Array<(reader: KuzuSession) => void> = [];
  private writerQueue: Promise<unknown> = Promise.resolve();
  private closing = false;

  constructor(writer: Connection, readers: readonly Connection[] = [], cacheSize = 512) {
    this.writer = new KuzuSession(writer, cacheSize);
    this.idle = readers.map((c) => new KuzuSession(c, cacheSize));
    this.readerCount = readers.length;
  }

  run(query: CypherQuery): Promise<Row[]> {
    if (this.closing) return Promise.reject(new StoreError('the embedded store is closing'));
    if (this.readerCount === 0) return this.exclusive(() => this.writer.execute(query));
    return this.withReader((reader) => reader.execute(query));
  }

  transaction<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new StoreError('the embedded store is closing'));
    return this.exclusive(async () => {
      await this.writer.raw('BEGIN TRANSACTION');
      try {
        const result = await work({ run: (q) => this.writer.execute(q) });
        await this.commit();
        return result;
      } catch (error) {
        await this.writer.raw('ROLLBACK').catch(() => undefined); // the error that matters is the first one
        throw toStoreError(error);
      }
    });
  }

  /** Runs a statement that cannot be prepared (DDL, CALL CREATE_FTS_INDEX) on the writer, outside any transaction. */
  ddl(statement: string): Promise<Row[]> {
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

  /**
   * COMMIT. Kùzu writes the transaction to the WAL, then may checkpoint; a
   * checkpoint first waits (5 s at most) for open reads to finish and gives
   * up with "Timeout waiting for active transactions" when one runs longer.
   * The transaction is committed by then (the checkpoint is tried again at
   * a later commit), so that error is not the save's failure.
   */
  private async commit(): Promise<void> {
    try {
      await this.writer.raw('COMMIT');
    } catch (error) {
      if (/Timeout waiting for active transactions/i.test(String((error as Error)?.message))) return;
      throw error;
    }
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const next = this.writerQueue.then(task, task);
    this.writerQueue = next.catch(() => undefined);
    return next;
  }

  private async withReader<T>(task: (reader: KuzuSession) => Promise<T>): Promise<T> {
    const reader = this.idle.pop() ?? (await new Promise<KuzuSession>((resolve) => this.waiting.push(resolve)));
    try {
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
