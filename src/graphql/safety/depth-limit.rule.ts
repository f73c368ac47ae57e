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
      const depth = new DepthWalker(fragments).depthOf(operation.selectionSet, new Set());
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

/**
 * Depth below a selection set. A fragment's depth does not depend on where
 * it is spread, so each is measured once: a "fragment bomb" (F0 spreads F1
 * twice, F1 spreads F2 twice...) costs linear time, not 2^n.
 */
class DepthWalker {
  private readonly memo = new Map<string, number>();

  constructor(private readonly fragments: Map<string, FragmentDefinitionNode>) {}

  depthOf(set: SelectionSetNode | undefined, seen: Set<string>): number {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + this.depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, this.depthOf(selection.selectionSet, seen));
      } else {
        deepest = Math.max(deepest, this.fragmentDepth(selection.name.value, seen));
      }
    }
    return deepest;
  }

  private fragmentDepth(name: string, seen: Set<string>): number {
    const known = this.memo.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || seen.has(name)) return 0; // unknown or cyclic: other rules report it
    const depth = this.depthOf(fragment.selectionSet, new Set(seen).add(name));
    this.memo.set(name, depth);
    return depth;
  }
}
