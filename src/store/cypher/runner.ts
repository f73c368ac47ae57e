import type { NodeLabel } from '../../domain/kinds';
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

/** A node as a search index needs it: its id and folded search text. */
export interface SearchEntry { id: string; searchText: string }
/** New nodes of one label to index. */
export interface SearchBatch { label: NodeLabel; entries: readonly SearchEntry[] }

/**
 * An engine's own search index, kept by the save transaction where the
 * engine does not keep it itself (Kùzu). The save calls `unindex` before
 * it creates anything (Kùzu 0.11 deletes the wrong relationships when one
 * statement deletes those of a node created earlier in the transaction).
 */
export interface SearchIndexer {
  /** Indexes nodes that have no entry yet, of every label a save wrote, in as few statements as it can. */
  index(tx: CypherTx, batches: readonly SearchBatch[]): Promise<void>;
  /** Drops the entries of existing nodes. */
  unindex(tx: CypherTx, label: NodeLabel, ids: readonly string[]): Promise<void>;
}
