import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import type { BaseContext } from '@apollo/server';
import { compiledQueriesPlugin } from '../../src/server/compiled-execution';

/** The plugin answers a query it has seen before, compiled; Apollo answers the first sight, mutations and anything that errs. */
const schema = buildSchema('type Query { hello(name: String!): String fail: String } type Mutation { touch: Int }');
const root = { hello: ({ name }: { name: string }) => `xin chào ${name}`, fail: () => { throw new Error('no'); }, touch: () => 1 };

async function answer(plugin: ReturnType<typeof compiledQueriesPlugin<BaseContext>>, document: ReturnType<typeof parse>, variables: Record<string, unknown> = {}) {
  const listener = await plugin.requestDidStart!({} as never);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return listener!.responseForOperation!({ document, operation, operationName: operation.name?.value ?? null, request: { variables }, contextValue: {} } as never);
}

// graphql-jit has no root value here: the fields resolve through the schema.
beforeAll(() => {
  for (const [type, fields] of [['Query', ['hello', 'fail']], ['Mutation', ['touch']]] as const) {
    const t = schema.getType(type) as import('graphql').GraphQLObjectType;
    for (const f of fields) t.getFields()[f].resolve = (_s, args) => (root as Record<string, (a: unknown) => unknown>)[f](args);
  }
});

describe('compiledQueriesPlugin', () => {
  it('leaves the first sight to Apollo, then answers the same document compiled', async () => {
    const plugin = compiledQueriesPlugin<BaseContext>(schema);
    const doc = parse('query Q($n: String!) { hello(name: $n) }');
    expect(await answer(plugin, doc, { n: 'Lan' })).toBeNull();
    const second = await answer(plugin, doc, { n: 'Hà' });
    expect(second?.body).toEqual({ kind: 'single', singleResult: { data: { hello: 'xin chào Hà' } } });
  });

  it('gives Apollo what errs (a refused variable, a resolver error) and every mutation', async () => {
    const plugin = compiledQueriesPlugin<BaseContext>(schema);
    const hello = parse('query Q($n: String!) { hello(name: $n) }');
    const fail = parse('{ fail }');
    const touch = parse('mutation { touch }');
    for (const doc of [hello, fail, touch]) await answer(plugin, doc, { n: 'x' });
    expect(await answer(plugin, hello, { n: 5 })).toBeNull();
    expect(await answer(plugin, fail)).toBeNull();
    expect(await answer(plugin, touch)).toBeNull();
  });
});
