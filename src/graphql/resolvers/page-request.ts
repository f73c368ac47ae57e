import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { PageRequest } from '../../store/records';
import { toPageRequest, type PageArgsLike } from '../pagination';

/**
 * The store page request for a connection field, telling the store to skip
 * the count when the query does not select `totalCount` (most do not: a
 * count reads the whole filtered set, a statement of its own).
 */
export function pageRequestFor(args: PageArgsLike, info: GraphQLResolveInfo): PageRequest {
  const wanted = info.fieldNodes.some((f) => selects(f.selectionSet, 'totalCount', info, new Set()));
  return { ...toPageRequest(args), withoutTotal: !wanted };
}

/** Whether a selection set asks for `name` directly, through fragments included. */
function selects(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo, seen: Set<string>): boolean {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field' && s.name.value === name) return true;
    if (s.kind === 'InlineFragment' && selects(s.selectionSet, name, info, seen)) return true;
    if (s.kind === 'FragmentSpread' && !seen.has(s.name.value)) {
      seen.add(s.name.value);
      const fragment = info.fragments[s.name.value];
      // A fragment the document does not hold: count, to be safe.
      if (!fragment || selects(fragment.selectionSet, name, info, seen)) return true;
    }
  }
  return false;
}
