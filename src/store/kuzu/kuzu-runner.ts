import type { Connection, KuzuValue, PreparedStatement, QueryResult } from 'kuzu';
import { assertParamsBound, type CypherQuery, type Row } from '../cypher/query';
import type { CypherRunner, CypherTx } from '../cypher/runner';
import { StoreError } from '../store.port';
import { columnarize } from './kuzu-columns';

/**
 * Runs Cypher on one Kùzu connection, one statement at a time: a
 * transaction holds the connection from BEGIN to COMMIT, so statements of
 * other callers wait instead of landing inside it.
 */
export class KuzuRunner implements CypherRunner {
  private queue: Promise<unknown> = Promise.resolve();
  /** Prepared statements by text and parameter types, least recently used first. */
  private readonly prepared = new Map<string, PreparedStatement>();

  /**
   * `cacheSize`: prepared statements kept. Kùzu 0.11 keeps every statement a
   * connection ever prepared until the connection closes (a leak of one
   * parsed plan per call when each run prepares afresh), and preparing
   * costs more than executing a small statement; the texts are templates,
   * so a few hundred cover them all. 0 prepares every statement afresh.
   */
  constructor(private readonly conn: Connection, private readonly cacheSize = 512) {}

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

  private async execute(original: CypherQuery): Promise<Row[]> {
    assertParamsBound(original);
    assertNoEmptyList(original);
    const query = columnarize(original);
    try {
      const statement = await this.prepare(query);
      return await readAll(await this.conn.execute(statement, query.params as Record<string, KuzuValue>));
    } catch (error) {
      throw toStoreError(error, query.cypher);
    }
  }

  /**
   * A prepared statement for the query, from the cache when it has one for
   * the same text and parameter types. (Kùzu 0.11.3 binds a prepared
   * statement again with each execution's values, so the types in the key
   * are a safeguard against a type bound once, not a need of this version.)
   */
  private async prepare(query: CypherQuery): Promise<PreparedStatement> {
    const key = this.cacheSize > 0 ? `${query.cypher}\u0000${paramTypes(query.params)}` : '';
    const cached = key ? this.prepared.get(key) : undefined;
    if (cached) {
      this.prepared.delete(key); // most recently used last
      this.prepared.set(key, cached);
      return cached;
    }
    const statement = await this.conn.prepare(query.cypher);
    if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
    if (key) {
      this.prepared.set(key, statement);
      if (this.prepared.size > this.cacheSize) this.prepared.delete(this.prepared.keys().next().value!);
    }
    return statement;
  }

  /** Drops the prepared statements (before the connection closes). */
  forget(): void {
    this.prepared.clear();
  }

  private async raw(statement: string): Promise<Row[]> {
    try {
      return await readAll(await this.conn.query(statement));
    } catch (error) {
      throw toStoreError(error, statement);
    }
  }
}

/**
 * The types of the parameters as Kùzu reads them: a list takes the type of
 * its first element, an object is a struct of its fields' types.
 */
export function paramTypes(params: Record<string, unknown>): string {
  return Object.keys(params).sort().map((k) => `${k}:${typeOf(params[k])}`).join(',');
}

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${typeOf(value[0])}]`;
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'object' && !(value instanceof Date)) {
    return `{${Object.entries(value).map(([k, v]) => `${k}:${typeOf(v)}`).join(',')}}`;
  }
  return typeof value;
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
