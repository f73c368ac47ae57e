import type { Connection, KuzuValue, QueryResult } from 'kuzu';
import { assertParamsBound, type CypherQuery, type Row } from '../cypher/query';
import type { CypherRunner, CypherTx } from '../cypher/runner';
import { StoreError } from '../store.port';

/**
 * Runs Cypher on one Kùzu connection, one statement at a time: a
 * transaction holds the connection from BEGIN to COMMIT, so statements of
 * other callers wait instead of landing inside it.
 */
export class KuzuRunner implements CypherRunner {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly conn: Connection) {}

  run(query: CypherQuery): Promise<Row[]> {
    return this.exclusive(() => this.execute(query));
  }

  transaction<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await this.raw('BEGIN TRANSACTION');
      try {
        const result = await work({ run: (q) => this.execute(q) });
        await this.raw('COMMIT');
        return result;
      } catch (error) {
        await this.raw('ROLLBACK').catch(() => undefined); // the error that matters is the first one
        throw toStoreError(error);
      }
    });
  }

  /** Runs a statement that cannot be prepared (DDL, CALL CREATE_FTS_INDEX) outside any transaction. */
  ddl(statement: string): Promise<Row[]> {
    return this.exclusive(() => this.raw(statement));
  }

  /** Resolves once every statement queued so far has finished (before closing the connection). */
  async drain(): Promise<void> {
    await this.queue;
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async execute(query: CypherQuery): Promise<Row[]> {
    assertParamsBound(query);
    assertNoEmptyList(query);
    try {
      // Prepared afresh each time: parameter types are bound at preparation,
      // and the same text may come with a null where it had a string.
      const statement = await this.conn.prepare(query.cypher);
      if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
      return await readAll(await this.conn.execute(statement, query.params as Record<string, KuzuValue>));
    } catch (error) {
      throw toStoreError(error, query.cypher);
    }
  }

  private async raw(statement: string): Promise<Row[]> {
    try {
      return await readAll(await this.conn.query(statement));
    } catch (error) {
      throw toStoreError(error, statement);
    }
  }
}

async function readAll(result: QueryResult | QueryResult[]): Promise<Row[]> {
  const results = Array.isArray(result) ? result : [result];
  try {
    return (await results[results.length - 1].getAll()) as Row[];
  } finally {
    for (const r of results) r.close();
  }
}

/**
 * Kùzu 0.11 cannot type an empty list parameter (and `x IN $empty` crashes
 * the process), so callers must skip the statement instead; this catches a
 * caller that forgot.
 */
function assertNoEmptyList(query: CypherQuery): void {
  for (const [name, value] of Object.entries(query.params)) {
    if (Array.isArray(value) && value.length === 0) {
      throw new Error(`empty list parameter $${name} (skip the statement instead) in: ${query.cypher}`);
    }
  }
}

function toStoreError(error: unknown, statement?: string): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(statement ? `Kùzu: ${message} (in: ${statement.slice(0, 200)})` : `Kùzu: ${message}`, error);
}
