import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schemaStatements } from '../cypher/schema-file';
import type { KuzuRunner } from './kuzu-runner';

/** schema/kuzu.cypher, found from src/store/kuzu (ts-jest) and dist/store/kuzu (built) alike. */
export const KUZU_SCHEMA_FILE = path.resolve(__dirname, '../../../schema/kuzu.cypher');

/** Applies the schema file; every statement is "IF NOT EXISTS", so this is safe at every start. */
export async function applyKuzuSchema(runner: KuzuRunner, file = KUZU_SCHEMA_FILE): Promise<void> {
  for (const statement of schemaStatements(readFileSync(file, 'utf8'))) await runner.ddl(statement);
}
