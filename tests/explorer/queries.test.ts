import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { costLimitRule } from '../../src/graphql/safety/cost-limit.rule';
import { depthLimitRule } from '../../src/graphql/safety/depth-limit.rule';
import { loadConfig } from '../../src/server/config';
import { loadBrowserModule } from './load-browser-module';

const ROOT = path.resolve(__dirname, '../..');
const QUERIES_FILE = path.join(ROOT, 'src/explorer/public/queries.js');
const SCHEMA_FILE = path.join(ROOT, 'schema/schema.graphql');

/** Every exported string of queries.js that holds a GraphQL operation. */
function operationsOf(exports: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(exports).filter((entry): entry is [string, string] =>
    typeof entry[1] === 'string' && /^\s*(query|mutation|subscription)\b/m.test(entry[1]));
}

describe('the explorer queries (src/explorer/public/queries.js)', () => {
  let schema: GraphQLSchema;
  let exports: Record<string, unknown>;

  beforeAll(() => {
    schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    exports = loadBrowserModule(QUERIES_FILE);
  });

  it('exports an operation for search and for each of the five kinds', () => {
    const names = operationsOf(exports).map(([name]) => name).sort();
    expect(names).toEqual(['ADMIN_UNIT', 'DOCUMENT', 'ORGANIZATION', 'PERSON', 'SEARCH', 'SESSION']);
    expect(Object.keys(exports.ENTITY_QUERIES as object).sort()).toEqual(['AdminUnit', 'LegalDocument', 'Organization', 'Person', 'Session']);
  });

  it('validates every operation against schema/schema.graphql', () => {
    for (const [name, text] of operationsOf(exports)) {
      const errors = validate(schema, parse(text)).map((e) => e.message);
      expect({ name, errors }).toEqual({ name, errors: [] });
    }
  });

  it("passes the server's depth and cost limits at their defaults", () => {
    const { maxQueryDepth, maxQueryCost } = loadConfig({}, ROOT);
    const rules = [depthLimitRule(maxQueryDepth), costLimitRule(maxQueryCost)];
    for (const [name, text] of operationsOf(exports)) {
      const errors = validate(schema, parse(text), rules).map((e) => e.message);
      expect({ name, errors }).toEqual({ name, errors: [] });
    }
  });

  it('keeps the neighbour page within the API limit of 100', () => {
    expect(exports.NEIGHBOUR_PAGE).toBeLessThanOrEqual(100);
  });

  it('appends only the fragments an operation uses, however deep', () => {
    const withFragments = exports.withFragments as (op: string) => string;
    const text = withFragments('query Q { person(id: "x") { ...PersonRef positions { sources { ...SourceFields } } } }');
    expect(text).toContain('fragment PersonRef on Person');
    expect(text).toContain('fragment SourceFields on Source');
    expect(text).not.toContain('fragment OrganizationRef');
  });
});
