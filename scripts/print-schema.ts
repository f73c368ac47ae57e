/** Writes schema/schema.graphql from the type-graphql classes (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppSchema } from '../src/graphql/build-schema';
import { printAppSchema } from '../src/graphql/print-schema';

async function main(): Promise<void> {
  const path = join(__dirname, '..', 'schema', 'schema.graphql');
  writeFileSync(path, printAppSchema(await buildAppSchema()));
  console.log(`wrote ${path}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
