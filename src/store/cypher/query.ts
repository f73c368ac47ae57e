/** A Cypher statement with its parameters: what every builder returns, testable as text. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** A row of plain values (engine types already converted). */
export type Row = Record<string, unknown>;

const PARAM = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** The `$names` a statement uses, each once, in order of first use. */
export function paramNames(cypher: string): string[] {
  return [...new Set([...cypher.matchAll(PARAM)].map((m) => m[1]))];
}

/**
 * Throws when a statement uses a parameter the params object does not bind.
 * Kùzu turns an unbound `$x` into NULL without a word, so a typo would read
 * as "no rows"; both adapters call this before running anything.
 */
export function assertParamsBound(query: CypherQuery): void {
  const missing = paramNames(query.cypher).filter((n) => query.params[n] === undefined);
  if (missing.length > 0) {
    throw new Error(`unbound Cypher parameter(s) ${missing.map((n) => `$${n}`).join(', ')} in: ${query.cypher}`);
  }
}

/** Builds a query and checks its parameters at once. */
export function cypher(text: string, params: Record<string, unknown> = {}): CypherQuery {
  const query = { cypher: text, params };
  assertParamsBound(query);
  return query;
}

/**
 * Joins statements with UNION ALL, giving each branch its own parameter
 * names (`$ids` -> `$ids_0`, `$ids_1`): Kùzu 0.11 hangs when one list
 * parameter is used in two UNION branches, and Neo4j does not mind.
 */
export function unionAll(branches: readonly CypherQuery[]): CypherQuery {
  const params: Record<string, unknown> = {};
  const texts = branches.map((b, i) => {
    for (const [k, v] of Object.entries(b.params)) params[`${k}_${i}`] = v;
    return b.cypher.replace(PARAM, (_m, name: string) => `$${name}_${i}`);
  });
  return cypher(texts.join('\nUNION ALL\n'), params);
}
