import type { Connection, KuzuValue, PreparedStatement, QueryResult } from 'kuzu';
import { assertParamsBound, type CypherQuery, type Row } from '../cypher/query';
import { StoreError } from '../store.port';
import { columnarize } from './kuzu-columns';

/**
 * One Kùzu connection and the statements it has prepared. A prepared
 * statement belongs to the connection that prepared it, so each connection
 * keeps its own cache. The session runs whatever it is given; who may use
 * it when is the runner's business (kuzu-runner.ts).
 */
export class KuzuSession {
  /** Prepared statements by text and parameter types, least recently used first. */
  private readonly prepared = new Map<string, PreparedStatement>();

  /**
   * `cacheSize`: prepared statements kept. Kùzu 0.11 keeps every statement a
   * connection ever prepared until the connection closes (a leak of one
   * parsed plan per call when each run prepares afresh), and preparing
   * costs more than executing a small statement; the texts are templates,
   * so a few hundred cover them all. 0 prepares every statement afresh.
   */
  constructor(readonly conn: Connection, private readonly cacheSize = 512) {}

  /** Runs a parameterized statement (prepared once per text and parameter types). */
  async execute(original: CypherQuery): Promise<Row[]> {
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

  /** Runs a statement that cannot be prepared (BEGIN, COMMIT, DDL). */
  async raw(statement: string): Promise<Row[]> {
    try {
      return await readAll(await this.conn.query(statement));
    } catch (error) {
      throw toStoreError(error, statement);
    }
  }

  /** Drops the prepared statements (before the connection closes). */
  forget(): void {
    this.prepared.clear();
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

/** Any error as the store's one error type, naming the statement. */
export function toStoreError(error: unknown, statement?: string): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(statement ? `Kùzu: ${message} (in: ${statement.slice(0, 200)})` : `Kùzu: ${message}`, error);
}
