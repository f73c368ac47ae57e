import type { NodeLabel } from '../../domain/kinds';
import { stableId } from '../../domain/ids';

const CACHE = new Map<string, string>();

/** `stableId`, remembered: the same units and bodies recur across articles and sha256 is not free. */
export function cachedId(label: NodeLabel, key: string): string {
  const k = `${label}\u0000${key}`;
  let id = CACHE.get(k);
  if (id === undefined) {
    if (CACHE.size > 100_000) CACHE.clear();
    CACHE.set(k, (id = stableId(label, key)));
  }
  return id;
}
