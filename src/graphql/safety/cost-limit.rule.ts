import {
  GraphQLError, Kind, getNamedType, getNullableType, isCompositeType, isListType,
  type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type SelectionSetNode,
  type ValidationContext, type ValidationRule,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../pagination';

/** How many items a list without `first` (a session's participants...) is assumed to hold. */
export const ASSUMED_LIST_SIZE = 10;

/**
 * Refuses operations whose estimated cost exceeds `maxCost`. Every field
 * costs 1 for each time it may be resolved: below a field taking `first: N`
 * its lists hold N items (a variable counts as the largest page, 100);
 * other lists are assumed to hold 10. So `sessions(first: 100) { nodes {
 * chair { name } } }` costs 1 + 1 + 100 × 2 = 202.
 */
export function costLimitRule(maxCost: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = operation.operation === 'mutation' ? schema.getMutationType()
        : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
      if (!root) return;
      const fragments = new Map(context.getDocument().definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]));
      const cost = new CostWalker(context, fragments).costOf(operation.selectionSet, root, 1, null, new Set());
      if (cost > maxCost) {
        context.reportError(new GraphQLError(
          `the operation may resolve about ${cost} fields; this server allows at most ${maxCost}: ask for smaller pages or fewer nested lists`,
          { nodes: operation, extensions: { code: 'QUERY_TOO_COSTLY' } },
        ));
      }
    },
  });
}

/**
 * Cost is linear in how many times a selection runs, so a fragment's cost
 * for one run is computed once per page size and multiplied where it is
 * spread: a "fragment bomb" (F0 spreads F1 twice, F1 spreads F2 twice...)
 * is priced in linear time, not 2^n.
 */
class CostWalker {
  private readonly memo = new Map<string, number>();

  constructor(private readonly context: ValidationContext, private readonly fragments: Map<string, FragmentDefinitionNode>) {}

  costOf(set: SelectionSetNode, parent: GraphQLCompositeType, times: number, pageSize: number | null, seen: Set<string>): number {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) total += this.fieldCost(s, parent, times, pageSize, seen);
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        const condition = s.typeCondition ? this.context.getSchema().getType(s.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) total += this.costOf(s.selectionSet, condition, times, pageSize, seen);
      } else total += times * this.fragmentUnitCost(s.name.value, pageSize, seen);
    }
    return total;
  }

  private fragmentUnitCost(name: string, pageSize: number | null, seen: Set<string>): number {
    const key = `${name}|${pageSize}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || seen.has(name)) return 0; // unknown or cyclic: other rules report it
    const condition = this.context.getSchema().getType(fragment.typeCondition.name.value);
    const cost = condition && isCompositeType(condition)
      ? this.costOf(fragment.selectionSet, condition, 1, pageSize, new Set(seen).add(name)) : 0;
    this.memo.set(key, cost);
    return cost;
  }

  private fieldCost(field: FieldNode, parent: GraphQLCompositeType, times: number, pageSize: number | null, seen: Set<string>): number {
    if (field.name.value.startsWith('__') || !('getFields' in parent)) return times;
    const def = parent.getFields()[field.name.value];
    if (!def) return times; // unknown field: FieldsOnCorrectTypeRule reports it
    const isList = isListType(getNullableType(def.type));
    const itemTimes = isList ? times * (pageSize ?? ASSUMED_LIST_SIZE) : times;
    const named = getNamedType(def.type);
    if (!field.selectionSet || !isCompositeType(named)) return times;
    const first = firstArgument(field);
    return times + this.costOf(field.selectionSet, named, itemTimes, first ?? (isList ? null : pageSize), seen);
  }
}

/** The `first` a field asks for: a literal, or the largest page for a variable. */
function firstArgument(field: FieldNode): number | null {
  const arg = field.arguments?.find((a) => a.name.value === 'first');
  if (!arg) return null;
  if (arg.value.kind === Kind.INT) return Math.max(0, Number(arg.value.value));
  return MAX_PAGE_SIZE;
}
