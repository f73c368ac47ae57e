import type { CypherQuery, Row } from './query';

/** Runs statements inside one open transaction. */
export interface CypherTx {
  run(query: CypherQuery): Promise<Row[]>;
}

/**
 * What an engine adapter gives the shared store: statements run with plain
 * values in and out (engine integers, dates and nodes already converted),
 * and transactions that commit all or nothing.
 */
export interface CypherRunner extends CypherTx {
  /**
   * Runs `work` in a write transaction. `committed` runs once the commit has
   * succeeded, before the next write transaction can begin, so that whoever
   * follows the writes (a read model) sees them in commit order.
   */
  transaction<T>(work: (tx: CypherTx) => Promise<T>, committed?: (result: T) => void): Promise<T>;
}
