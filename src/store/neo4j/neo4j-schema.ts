import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schemaStatements } from '../cypher/schema-file';
import type { Neo4jRunner } from './neo4j-runner';

/** schema/neo4j.cypher, found from src/store/neo4j (ts-jest) and dist/store/neo4j (built) alike. */
export const NEO4J_SCHEMA_FILE = path.resolve(__dirname, '../../../schema/neo4j.cypher');

/** Applies the schema file: constraints and indexes, each IF NOT EXISTS. */
export async function applyNeo4jSchema(runner: Neo4jRunner, file = NEO4J_SCHEMA_FILE): Promise<void> {
  for (const statement of schemaStatements(readFileSync(file, 'utf8'))) await runner.schema(statement);
}
