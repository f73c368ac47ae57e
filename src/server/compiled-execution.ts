import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { getVariableValues, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** A document's operations: seen once so far, compiled, or left to graphql-js (graphql-jit could not compile it). */
type Seen = Map<string, 'once' | 'graphql-js' | CompiledQuery>;

/**
 * Runs a query with graphql-jit once its document comes a second time, in
 * Apollo's `responseForOperation` hook; Apollo executes everything else
 * with graphql-js. A compiled query completes a field without graphql-js's
 * per-field work (argument coercion, the default resolver's keyed read, a
 * completion dispatch), which is most of the CPU of a page of a hundred
 * sessions served from memory; compiling costs a few ms, paid only by what
 * clients repeat (a dashboard's operations), not by one-off queries.
 *
 * Only answers without errors are taken from graphql-jit: a query that
 * fails (a refused variable, a resolver's error) is run again by Apollo, so
 * every error is made, coded and formatted by the one path; queries change
 * nothing, so running one twice is safe. Mutations are always Apollo's.
 * Compiled queries hang off Apollo's parsed documents (its LRU document
 * store), so they go when those go.
 *
 * (Apollo's gateway interface, used here before, builds a context literal
 * with a getter per request; V8 then keeps the request's objects past young
 * collections, which cost 5-10 ms pauses under load.)
 */
export function compiledQueriesPlugin<C extends BaseContext>(schema: GraphQLSchema): ApolloServerPlugin<C> {
  const byDocument = new WeakMap<DocumentNode, Seen>();
  const compiledFor = (document: DocumentNode, name: string | null): CompiledQuery | null => {
    let seen = byDocument.get(document);
    if (!seen) byDocument.set(document, (seen = new Map()));
    const key = name ?? '';
    const state = seen.get(key);
    if (state === undefined) seen.set(key, 'once');
    if (state === 'once') {
      const compiled = compile(schema, document, name ?? undefined);
      seen.set(key, compiled);
      return compiled === 'graphql-js' ? null : compiled;
    }
    return state === undefined || state === 'graphql-js' ? null : state;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ document, operation, operationName, request, contextValue }) {
          if (operation.operation !== 'query') return null;
          const compiled = compiledFor(document, operationName);
          if (!compiled) return null;
          const variables = request.variables ?? {};
          // graphql-js coerces the variables first, as Apollo's own run would: what it refuses goes to Apollo to tell.
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 }).errors) return null;
          const result = await compiled.query(undefined, contextValue, variables);
          if (result.errors?.length) return null;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      };
    },
  };
}

/** The operation compiled, or 'graphql-js' where graphql-jit cannot take it (its errors are graphql-js's to tell). */
function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | 'graphql-js' {
  try {
    const result = compileQuery(schema, document, operationName);
    return isCompiledQuery(result) ? result : 'graphql-js';
  } catch {
    return 'graphql-js';
  }
}
