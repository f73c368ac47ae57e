import neo4j, { type Driver } from 'neo4j-driver';
import type { NodeLabel } from '../../domain/kinds';
import { CypherGraphStore } from '../cypher/cypher-store';
import { nodeToRecord } from '../cypher/node-fields';
import { assemblePaths } from '../cypher/paths';
import type { PathRecord, SearchHit } from '../records';
import { StoreError } from '../store.port';
import { neo4jRowToRawPath, neo4jSearchQuery, neo4jShortestPathsQuery } from './neo4j-questions';
import { Neo4jRunner } from './neo4j-runner';
import { applyNeo4jSchema } from './neo4j-schema';
import type { PlainNode } from './neo4j-values';

export interface Neo4jSettings { uri: string; user: string; password: string; database?: string }

/** The neo4j backend: the shared Cypher over neo4j-driver; search on a Lucene fulltext index. */
export class Neo4jStore extends CypherGraphStore {
  readonly backend = 'neo4j' as const;
  protected readonly labelDialect = {
    labelOf: (v: string) => `labels(${v})[0]`,
    hasOneOf: (v: string, labels: readonly NodeLabel[]) => `(${labels.map((l) => `${v}:${l}`).join(' OR ')})`,
  };
  private driver: Driver | null = null;
  private current: Neo4jRunner | null = null;

  constructor(private readonly settings: Neo4jSettings) {
    super();
  }

  protected get runner(): Neo4jRunner {
    if (!this.current) throw new StoreError('the neo4j store is not open: call init() first');
    return this.current;
  }

  /** Connects (checking the server answers) and applies schema/neo4j.cypher. Idempotent. */
  async init(): Promise<void> {
    if (!this.current) {
      const { uri, user, password, database } = this.settings;
      const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
      try {
        await driver.verifyConnectivity({ database });
      } catch (error) {
        await driver.close();
        throw new StoreError(`cannot reach Neo4j at ${uri}: ${(error as Error).message}`, error);
      }
      this.driver = driver;
      this.current = new Neo4jRunner(driver, database);
    }
    await applyNeo4jSchema(this.runner);
  }

  async close(): Promise<void> {
    const driver = this.driver;
    this.driver = null;
    this.current = null;
    await driver?.close();
  }

  async search(text: string, labels: readonly NodeLabel[], limit: number): Promise<SearchHit[]> {
    const query = limit > 0 ? neo4jSearchQuery(text, labels, limit) : null;
    if (!query) return [];
    return (await this.runner.run(query)).map((row) => {
      const node = row.node as PlainNode;
      const label = labels.find((l) => l === node.label) ?? node.label;
      return { node: nodeToRecord(label, node.properties), score: Number(row.score) };
    });
  }

  async shortestPaths(fromId: string, toId: string, maxHops: number, limit: number): Promise<PathRecord[]> {
    if (limit <= 0 || fromId === toId) return [];
    const rows = await this.runner.run(neo4jShortestPathsQuery(fromId, toId, maxHops, Math.min(limit * 50, 5000)));
    return assemblePaths(rows.map(neo4jRowToRawPath), limit, (type, ids) => this.getEdges(type, 'out', ids));
  }
}
