import DataLoader from 'dataloader';
import type { NodeLabel } from '../../domain/kinds';
import { labelOfId } from '../../domain/ids';
import type { RelationType } from '../../domain/relations';
import type { EdgeRecord, NodeRecord, SourceRecord } from '../../store/records';
import type { GraphStore, SourceRef } from '../../store/store.port';

export type Direction = 'out' | 'in';

/**
 * The per-request batching loaders: one request, one set, so nothing is
 * cached between requests. A page of sessions with chair, participants and
 * organizations costs one `getEdgesWithEnds` per relation, which brings
 * the people and organizations at their ends along (primed in `node`).
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
  /** The quoted words of a source a store gave without them (one read of the articles' texts per request). */
  quotes: DataLoader<SourceRef, string, string>;
}

/** What a request's loaders check before each store call: its time is up once `aborted` (an AbortSignal is one). */
export interface Deadline {
  readonly aborted: boolean;
}

export function edgeKey(type: RelationType, direction: Direction, id: string): string {
  return `${type}|${direction}|${id}`;
}

/** Builds a fresh set of loaders over `store`; `signal` stops new store calls once a request has timed out. */
export function createLoaders(store: GraphStore, signal?: Deadline): Loaders {
  const guard = () => {
    if (signal?.aborted) throw new Error('the request ran out of time');
  };
  const node = new DataLoader<string, NodeRecord | null>(async (ids) => {
    guard();
    const found = await fetchNodes(store, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  // Records read along with edges or an article's nodes: the next level's node loads cost nothing.
  const prime = (records: Iterable<NodeRecord>) => {
    for (const record of records) node.prime(record.id, record);
  };
  return {
    node,
    edges: new DataLoader(async (keys) => {
      guard();
      return loadEdges(store, keys, prime);
    }),
    mentions: new DataLoader(async (ids) => {
      guard();
      const found = await store.getMentions(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    articleNodeIds: new DataLoader(async (keys) => {
      guard();
      return loadArticleNodeIds(store, keys, prime);
    }),
    quotes: new DataLoader(async (sources) => {
      guard();
      return store.getQuotes(sources);
    }, { cacheKeyFn: (s) => `${s.articleId}|${s.spanStart}|${s.spanEnd}` }),
  };
}

/** Keys `articleId|label`: one store call per article for all its labels, records primed. */
async function loadArticleNodeIds(
  store: GraphStore, keys: readonly string[], prime: (records: Iterable<NodeRecord>) => void,
): Promise<string[][]> {
  const byArticle = new Map<string, NodeLabel[]>();
  const parsed = keys.map((k) => {
    const cut = k.lastIndexOf('|');
    const [article, label] = [k.slice(0, cut), k.slice(cut + 1) as NodeLabel];
    byArticle.set(article, [...(byArticle.get(article) ?? []), label]);
    return [article, label] as const;
  });
  const found = new Map<string, Map<NodeLabel, NodeRecord[]>>();
  await Promise.all([...byArticle].map(async ([article, labels]) => {
    const nodes = await store.getArticleNodes(article, labels);
    for (const records of nodes.values()) prime(records);
    found.set(article, nodes);
  }));
  return parsed.map(([article, label]) => (found.get(article)?.get(label) ?? []).map((n) => n.id));
}

/** One label: the typed query; several: one query over all labels. */
async function fetchNodes(store: GraphStore, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  const labels = new Set(ids.map((id) => labelOfId(id)));
  const [only] = labels;
  if (labels.size === 1 && only) return store.getNodes(only, ids) as Promise<Map<string, NodeRecord>>;
  return store.getAnyNodes(ids);
}

/** Groups keys by (type, direction): one store call each, all in parallel, the far ends' records primed. */
async function loadEdges(
  store: GraphStore, keys: readonly string[], prime: (records: Iterable<NodeRecord>) => void,
): Promise<EdgeRecord[][]> {
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
    const { edges, ends } = await store.getEdgesWithEnds(type, direction, ids);
    prime(ends.values());
    for (const edge of edges) {
      const key = edgeKey(type, direction, direction === 'out' ? edge.fromId : edge.toId);
      const list = byKey.get(key) ?? [];
      if (!byKey.has(key)) byKey.set(key, list);
      list.push(edge);
    }
  }));
  return keys.map((k) => byKey.get(k) ?? []);
}
