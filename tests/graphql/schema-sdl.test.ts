import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAppSchema } from '../../src/graphql/build-schema';
import { printAppSchema } from '../../src/graphql/print-schema';

const SDL = join(__dirname, '..', '..', 'schema', 'schema.graphql');

describe('schema/schema.graphql', () => {
  it('is the schema the code builds (regenerate: UPDATE_SCHEMA=1 npx jest tests/graphql/schema-sdl.test.ts)', async () => {
    const current = printAppSchema(await buildAppSchema());
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SDL, current);
    expect(readFileSync(SDL, 'utf8')).toBe(current);
  });
});
