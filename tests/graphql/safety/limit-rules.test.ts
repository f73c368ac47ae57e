import { parse, validate, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../../src/graphql/build-schema';
import { costLimitRule } from '../../../src/graphql/safety/cost-limit.rule';
import { depthLimitRule } from '../../../src/graphql/safety/depth-limit.rule';

let schema: GraphQLSchema;
beforeAll(async () => { schema = await buildAppSchema(); });
const messages = (query: string, rule: ReturnType<typeof depthLimitRule>) => validate(schema, parse(query), [rule]).map((e) => e.message);

describe('depthLimitRule', () => {
  it('counts fields nested, following fragments where they are spread', () => {
    const query = `query Q { sessions { nodes { ...S } } } fragment S on Session { chair { positions { organization { name } } } }`;
    expect(messages(query, depthLimitRule(6))).toEqual([]);
    expect(messages(query, depthLimitRule(5))).toEqual(['operation "Q" is nested 6 levels deep; this server allows at most 5']);
  });

  it('survives a fragment cycle (reported by another rule)', () => {
    expect(messages('{ people { nodes { ...A } } } fragment A on Person { colleagues { nodes { person { ...A } } } }', depthLimitRule(20))).toEqual([]);
  });
});

describe('costLimitRule', () => {
  it('multiplies lists by their page size, others by 10', () => {
    // sessions 1 + totalCount 1 + nodes 1 + 100 × (id 1 + chair 1 + name 1 + participants 1 + 10 × name 1) = 1403
    const query = '{ sessions(first: 100) { totalCount nodes { id chair { name } participants { name } } } }';
    expect(messages(query, costLimitRule(1403))).toEqual([]);
    expect(messages(query, costLimitRule(1402))).toEqual([
      'the operation may resolve about 1403 fields; this server allows at most 1402: ask for smaller pages or fewer nested lists',
    ]);
  });

  it('follows inline fragments on union and interface members', () => {
    const query = '{ search(text: "x", first: 10) { node { ... on Person { colleagues(first: 50) { nodes { person { name } } } } } } }';
    // search 1 + 10 × (node 1 + colleagues 1 + nodes 1 + 50 × (person 1 + name 1)) = 1031
    expect(messages(query, costLimitRule(1031))).toEqual([]);
    expect(messages(query, costLimitRule(1030))).toHaveLength(1);
  });
});

describe('a fragment bomb (each fragment spreads the next twice)', () => {
  const levels = 40;
  const defs = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  defs.push(`fragment F${levels} on Query { people(first: 100) { nodes { name } } }`);
  const bomb = `{ ...F0 }\n${defs.join('\n')}`;

  it('is priced in linear time and refused', () => {
    const started = Date.now();
    const found = validate(schema, parse(bomb), [depthLimitRule(10), costLimitRule(20_000)]).map((e) => e.message);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(found).toEqual([expect.stringMatching(/^the operation may resolve about \d+ fields; this server allows at most 20000/)]);
  });
});
