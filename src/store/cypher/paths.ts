import type { RelationType } from '../../domain/relations';
import type { EdgeRecord, NodeRecord, PathRecord } from '../records';

/** One relationship of a path as an engine returns it (one stating article's edge). */
export interface RawStep { type: RelationType; fromId: string; toId: string; role: string | null }
/** A path as an engine returns it: n nodes and n-1 relationships between them, in order. */
export interface RawPath { nodes: NodeRecord[]; steps: RawStep[] }

/** Most hops a path question may ask for: longer ones explode on a dense graph. */
export const MAX_PATH_HOPS = 6;

/** Clamps the hop count to 1..MAX_PATH_HOPS; it is written into the query text, never a parameter. */
export function clampHops(maxHops: number): number {
  return Math.max(1, Math.min(MAX_PATH_HOPS, Math.floor(maxHops) || 1));
}

const factKey = (s: { type: string; fromId: string; toId: string; role: string | null }): string =>
  [s.type, s.fromId, s.toId, s.role ?? ''].join('\u0000');

/**
 * Engines list a path once per combination of parallel edges (one per
 * stating article); this keeps one path per node sequence and fact
 * sequence, at most `limit`, and gives each step its EdgeRecord with every
 * source, read with one `getEdges` per relationship type.
 */
export async function assemblePaths(
  raws: readonly RawPath[],
  limit: number,
  getEdges: (type: RelationType, fromIds: string[]) => Promise<EdgeRecord[]>,
): Promise<PathRecord[]> {
  const unique = new Map<string, RawPath>();
  for (const raw of raws) {
    const key = [...raw.nodes.map((n) => n.id), ...raw.steps.map(factKey)].join('\u0001');
    if (!unique.has(key) && unique.size < limit) unique.set(key, raw);
  }
  const fromIdsByType = new Map<RelationType, Set<string>>();
  for (const raw of unique.values()) {
    for (const s of raw.steps) fromIdsByType.set(s.type, (fromIdsByType.get(s.type) ?? new Set()).add(s.fromId));
  }
  const edges = new Map<string, EdgeRecord>();
  for (const [type, ids] of fromIdsByType) {
    for (const e of await getEdges(type, [...ids])) edges.set(factKey(e), e);
  }
  return [...unique.values()].map((raw) => ({
    start: raw.nodes[0],
    steps: raw.steps.map((s, i) => ({
      edge: edges.get(factKey(s)) ?? { ...s, sources: [] },
      node: raw.nodes[i + 1],
    })),
  }));
}
