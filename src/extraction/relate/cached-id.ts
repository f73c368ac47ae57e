import type { NodeLabel } from '../../domain/kinds';
import { stableId } from '../../domain/ids';

/** Ids by label, then key: no joined string to build and hash at every call. */
const CACHE = new Map<NodeLabel, Map<string, string>>();
let size = 0;

/** `stableId`, remembered: the same units and bodies recur across articles and sha256 is not free. */
export function cachedId(label: NodeLabel, key: string): string {
  let byKey = CACHE.get(label);
  if (byKey === undefined) CACHE.set(label, (byKey = new Map()));
  let id = byKey.get(key);
  if (id === undefined) {
    if (size > 100_000) {
      for (const m of CACHE.values()) m.clear();
      size = 0;
    }
    byKey.set(key, (id = stableId(label, key)));
    size++;
  }
  return id;
}
