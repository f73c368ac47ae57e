import DataLoader from 'dataloader';
import type { NodeLabel } from '../../domain/kinds';
import { labelOfId } from '../../domain/ids';
import type { RelationType } from '../../domain/relations';
import type { EdgeRecord, NodeRecord, SourceRecord } from '../../store/records';
import type { GraphStore } from '../../store/store.port';

export type Direction = 'out' | 'in';

/**
 * The per-request batching loaders: one request, one set, so nothing is
 * cached between requests. A page of sessions with chair, participants and
 * organizations costs one `getEdges` per relation and one node fetch for
 * all the people and organizations together.
 */
export interface Loaders {
  /** Nodes by id, any label (a missing id gives null). */
  node: DataLoader<string, NodeRecord | null>;
  /** Relationships touching a node, keyed `TYPE|direction|id` (see edgeKey). */
  edges: DataLoader<string, EdgeRecord[]>;
  /** STATES mentions of a node: where articles name it. */
  mentions: DataLoader<string, SourceRecord[]>;
  /** Ids of the nodes of one label an article states, keyed `articleId|label`. */
  articleNodeIds: DataLoader<string, string[]>;
}

export function edgeKey(type: RelationType, direction: Direction, id: string): string {
  return `${type}|${direction}|${id}`;
}

/** Builds a fresh set of loaders over `store`; `signal` stops new store calls once a request has timed out. */
export function createLoaders(store: GraphStore, signal?: AbortSignal): Loaders {
  const guard = () => {
    if (signal?.aborted) throw new Error('the request ran out of time');
  };
  return {
    node: new DataLoader(async (ids) => {
      guard();
      const found = await fetchNodes(store, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    edges: new DataLoader(async (keys) => {
      guard();
      return loadEdges(store, keys);
    }),
    mentions: new DataLoader(async (ids) => {
      guard();
      const found = await store.getMentions(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    articleNodeIds: new DataLoader(async (keys) => {
      guard();
      return Promise.all(keys.map((k) => {
        const cut = k.lastIndexOf('|');
        return store.getArticleNodeIds(k.slice(0, cut), k.slice(cut + 1) as NodeLabel);
      }));
    }),
  };
}

/** One label: the typed query; several: one query over all labels. */
async function fetchNodes(store: GraphStore, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  const labels = new Set(ids.map((id) => labelOfId(id)));
  const [only] = labels;
  if (labels.size === 1 && only) return store.getNodes(only, ids) as Promise<Map<string, NodeRecord>>;
  return store.getAnyNodes(ids);
}

/** Groups keys by (type, direction): one store call each, all in parallel. */
async function loadEdges(store: GraphStore, keys: readonly string[]): Promise<EdgeRecord[][]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const [type, direction] = key.split('|', 2);
    const group = `${type}|${direction}`;
    const id = key.slice(group.length + 1); // the rest, whatever characters a client's id holds
    const ids = groups.get(group) ?? [];
    if (!groups.has(group)) groups.set(group, ids);
    ids.push(id);
  }
  const byKey = new Map<string, EdgeRecord[]>();
  await Promise.all([...groups].map(async ([group, ids]) => {
    const [type, direction] = group.split('|') as [RelationType, Direction];
    const edges = await store.getEdges(type, direction, ids);
    for (const edge of edges) {
      const key = edgeKey(type, direction, direction === 'out' ? edge.fromId : edge.toId);
      const list = byKey.get(key) ?? [];
      if (!byKey.has(key)) byKey.set(key, list);
      list.push(edge);
    }
  }));
  return keys.map((k) => byKey.get(k) ?? []);
}
