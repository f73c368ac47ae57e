import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, Source, type DocumentNode, type GraphQLSchema, type SourceLocation } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** A document's operations: seen once so far, compiled, or left to graphql-js (graphql-jit could not compile it). */
type Seen = Map<string, 'once' | 'graphql-js' | CompiledQuery>;

/**
 * Executes an operation with graphql-jit once its document comes a second
 * time, with graphql-js before. A compiled query completes a field without
 * graphql-js's per-field work (argument coercion, the default resolver's
 * keyed read, a completion dispatch), which is most of the CPU of a page of
 * a hundred sessions served from memory; compiling costs a few ms, paid only
 * by what clients repeat (a dashboard's operations), not by one-off queries.
 * Compiled queries hang off Apollo's parsed documents (its LRU document
 * store), so they go when those go.
 */
export function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const byDocument = new WeakMap<DocumentNode, Seen>();
  return async (request) => {
    const operationName = request.operationName ?? undefined;
    let seen = byDocument.get(request.document);
    if (!seen) byDocument.set(request.document, (seen = new Map()));
    let compiled = seen.get(operationName ?? '');
    if (compiled === 'once') seen.set(operationName ?? '', (compiled = compile(schema, request.document, operationName)));
    if (compiled === undefined || compiled === 'graphql-js') {
      if (compiled === undefined) seen.set(operationName ?? '', 'once');
      return execute({ schema, document: request.document, contextValue: request.context, variableValues: request.request.variables, operationName });
    }
    // graphql-js coerces the variables first: its errors name the variable and say what the scalar refused, graphql-jit's do neither.
    const variables = request.request.variables ?? {};
    const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const result = await compiled.query(undefined, request.context, variables);
    return result.errors ? { ...result, errors: result.errors.map((e) => asGraphQLJsError(e, request.source)) } : result;
  };
}

/**
 * graphql-jit's errors lack the `extensions` object graphql-js's always have
 * (Apollo reads its code from it): the same error made by graphql-js, its
 * locations computed from the same positions in the query text.
 */
function asGraphQLJsError(e: GraphQLError, query: string): GraphQLError {
  const lineStarts = [0];
  for (let i = query.indexOf('\n'); i >= 0; i = query.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const positions = (e.locations ?? []).map((l: SourceLocation) => (lineStarts[l.line - 1] ?? 0) + l.column - 1);
  return new GraphQLError(e.message, {
    source: positions.length ? new Source(query) : undefined,
    positions: positions.length ? positions : undefined,
    path: e.path,
    originalError: e.originalError ?? undefined,
    extensions: e.extensions ?? undefined,
  });
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

/**
 * How Apollo Server 4+ takes an executor of one's own: as a gateway that
 * serves a fixed schema (Apollo still parses, validates with our rules,
 * runs the plugins and formats errors; only execution is ours).
 */
export function fixedSchemaGateway(schema: GraphQLSchema): GatewayInterface {
  let onLoad: GatewaySchemaLoadOrUpdateCallback | null = null;
  return {
    onSchemaLoadOrUpdate(callback) {
      onLoad = callback;
      return () => (onLoad = null);
    },
    async load() {
      onLoad?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: compiledExecutor(schema) };
    },
    async stop() {},
  };
}
