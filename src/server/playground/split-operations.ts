import { Kind, parse } from 'graphql';

export interface NamedOperation {
  name: string;
  /** The operation as written, with the comment lines above it. */
  text: string;
  kind: 'query' | 'mutation' | 'subscription';
}

/**
 * Splits a file of operations into its named operations, each with the
 * comment lines right above it (they say what it answers; a blank line ends
 * them). No fragments are expected: each operation stands alone.
 */
export function splitOperations(source: string): NamedOperation[] {
  const operations: NamedOperation[] = [];
  for (const definition of parse(source).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name || !definition.loc) continue;
    const start = commentStart(source, definition.loc.start);
    operations.push({ name: definition.name.value, text: source.slice(start, definition.loc.end), kind: definition.operation });
  }
  return operations;
}

/** Where the run of `#` lines directly above `offset` begins (offset itself when there is none). */
function commentStart(source: string, offset: number): number {
  let start = offset;
  while (start > 0) {
    const lineEnd = start - 1; // the newline before the current line
    const lineStart = source.lastIndexOf('\n', lineEnd - 1) + 1;
    if (!source.slice(lineStart, lineEnd).trimStart().startsWith('#')) break;
    start = lineStart;
  }
  return start;
}
