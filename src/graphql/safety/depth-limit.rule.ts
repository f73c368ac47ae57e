import {
  GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule,
} from 'graphql';

/**
 * Refuses operations nested deeper than `maxDepth` fields. Fragments count
 * where they are spread; introspection (`__schema`, `__type`) is not
 * counted, so GraphiQL's schema query always passes.
 * Example: `{ sessions { nodes { chair { name } } } }` has depth 4.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const fragments = new Map(context.getDocument().definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]));
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > maxDepth) {
        const name = operation.name ? `operation "${operation.name.value}"` : 'the operation';
        context.reportError(new GraphQLError(
          `${name} is nested ${depth} levels deep; this server allows at most ${maxDepth}`,
          { nodes: operation, extensions: { code: 'QUERY_TOO_DEEP' } },
        ));
      }
    },
  });
}

function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue; // unknown or cyclic: other rules report it
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set(seen).add(name)));
    }
  }
  return deepest;
}
