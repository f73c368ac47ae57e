import { Kind, parse } from 'graphql';

export interface NamedOperation {
  name: string;
  /** The operation as written, with the comment lines above it. */
  text: string;
  kind: 'query' | 'mutation' | 'subscription';
}

/**
 * Splits a file of operations into its named operations, each with the
 * comments that precede it (they say what it answers). No fragments are
 * expected: each operation stands alone.
 */
export function splitOperations(source: string): NamedOperation[] {
  const document = parse(source);
  let previousEnd = 0;
  const operations: NamedOperation[] = [];
  for (const definition of document.definitions) {
    const end = definition.loc?.end ?? source.length;
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
      operations.push({ name: definition.name.value, text: source.slice(previousEnd, end).trim(), kind: definition.operation });
    }
    previousEnd = end;
  }
  return operations;
}
