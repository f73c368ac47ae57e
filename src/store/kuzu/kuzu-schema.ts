import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { KuzuRunner } from './kuzu-runner';

/** schema/kuzu.cypher, found from src/store/kuzu (ts-jest) and dist/store/kuzu (built) alike. */
export const KUZU_SCHEMA_FILE = path.resolve(__dirname, '../../../schema/kuzu.cypher');

/** The statements of a schema file: comment lines dropped, split on ';'. */
export function schemaStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Applies the schema file; every statement is "IF NOT EXISTS", so this is safe at every start. */
export async function applyKuzuSchema(runner: KuzuRunner, file = KUZU_SCHEMA_FILE): Promise<void> {
  for (const statement of schemaStatements(readFileSync(file, 'utf8'))) await runner.ddl(statement);
}
