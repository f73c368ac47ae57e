import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { assertParamsBound, type CypherQuery, type Row } from '../cypher/query';
import type { CypherRunner, CypherTx } from '../cypher/runner';
import { StoreError } from '../store.port';
import { recordToRow, toNeo4jParams } from './neo4j-values';

/**
 * Runs Cypher through the driver: reads in managed read transactions,
 * writes in one `executeWrite` (all or nothing; the driver may retry the
 * work on a transient error, which a save tolerates: it reads before it writes).
 */
export class Neo4jRunner implements CypherRunner {
  constructor(private readonly driver: Driver, private readonly database?: string) {}

  async run(query: CypherQuery): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead((tx) => runIn(tx, query));
    } catch (error) {
      throw toStoreError(error, query.cypher);
    } finally {
      await session.close();
    }
  }

  async transaction<T>(work: (tx: CypherTx) => Promise<T>, committed?: (result: T) => void): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      const result = await session.executeWrite((tx) => work({ run: (q) => runIn(tx, q) }));
      committed?.(result);
      return result;
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs a schema statement (constraints, indexes) in its own write. */
  async schema(statement: string): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      await session.run(statement);
    } catch (error) {
      throw toStoreError(error, statement);
    } finally {
      await session.close();
    }
  }
}

async function runIn(tx: ManagedTransaction, query: CypherQuery): Promise<Row[]> {
  assertParamsBound(query);
  const result = await tx.run(query.cypher, toNeo4jParams(query.params) as Record<string, unknown>);
  return result.records.map(recordToRow);
}

function toStoreError(error: unknown, statement?: string): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(statement ? `Neo4j: ${message} (in: ${statement.slice(0, 200)})` : `Neo4j: ${message}`, error);
}
