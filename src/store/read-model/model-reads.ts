import { NODE_LABELS, type NodeLabel } from '../../domain/kinds';
import type { RelationType } from '../../domain/relations';
import type { EdgeRecord, EdgesWithEnds, NodeRecord, RecordOf, SourceRecord } from '../records';
import type { GraphModel } from './graph-model';

/*
 * The store port's reads by id, answered from the model. Shapes and orders
 * are the engines' (cypher-store.ts, read-queries.ts): edges grouped by
 * fact and sorted by ends, sources by article and span; quotes are left
 * null (GraphStore.getQuotes reads them).
 */

export function getNodes<L extends NodeLabel>(m: GraphModel, label: L, ids: readonly string[]): Map<string, RecordOf<L>> {
  const found = new Map<string, RecordOf<L>>();
  for (const id of ids) {
    const record = m.nodes.entryById(id)?.record;
    if (record && record.label === label) found.set(id, record as RecordOf<L>);
  }
  return found;
}

export function getAnyNodes(m: GraphModel, ids: readonly string[]): Map<string, NodeRecord> {
  const found = new Map<string, NodeRecord>();
  for (const id of ids) {
    const record = m.nodes.entryById(id)?.record;
    if (record) found.set(id, record);
  }
  return found;
}

/**
 * The relationships of `type` touching the nodes, one record per fact
 * (from, to, role) with a source per stating row: the engines' grouping
 * (cypher/edge-rows.ts), built straight from the edge table.
 */
export function getEdges(m: GraphModel, type: RelationType, direction: 'out' | 'in', ids: readonly string[], articleId?: string): EdgeRecord[] {
  const article = articleId === undefined ? undefined : m.nodes.indexOf(articleId);
  if (articleId !== undefined && article === undefined) return [];
  const edges: EdgeRecord[] = [];
  const seen = ids.length > 1 ? new Set<string>() : null;
  for (const id of ids) {
    if (seen) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    const node = m.nodes.indexOf(id);
    if (node === undefined) continue;
    // A fact touches its anchor: the facts of one anchor are grouped among themselves (few: a scan).
    const first = edges.length;
    for (const r of direction === 'out' ? m.edges.out(node, type) : m.edges.in(node, type)) {
      if (article !== undefined && m.edges.articleOf(r) !== article) continue;
      const fromId = m.nodes.entry(m.edges.fromOf(r))!.record.id;
      const toId = m.nodes.entry(m.edges.toOf(r))!.record.id;
      const role = m.edges.roleOf(r);
      let edge: EdgeRecord | undefined;
      for (let i = first; i < edges.length && !edge; i++) {
        const e = edges[i];
        if (e.fromId === fromId && e.toId === toId && e.role === role) edge = e;
      }
      if (!edge) edges.push((edge = { type, fromId, toId, role, sources: [] }));
      const source = m.nodes.entry(m.edges.articleOf(r))!.record.id;
      edge.sources.push({ articleId: source, quote: null, spanStart: m.edges.spanStartOf(r), spanEnd: m.edges.spanEndOf(r) });
    }
  }
  return sortEdges(edges);
}

/** Sources by article then span, edges by their ends then role: the order both engines give. */
function sortEdges(edges: EdgeRecord[]): EdgeRecord[] {
  for (const e of edges) {
    if (e.sources.length > 1) e.sources.sort((x, y) => cmp(x.articleId, y.articleId) || x.spanStart - y.spanStart || x.spanEnd - y.spanEnd);
  }
  return edges.length > 1 ? edges.sort((x, y) => cmp(x.fromId, y.fromId) || cmp(x.toId, y.toId) || cmp(x.role ?? '', y.role ?? '')) : edges;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function getEdgesWithEnds(m: GraphModel, type: RelationType, direction: 'out' | 'in', ids: readonly string[]): EdgesWithEnds {
  const edges = getEdges(m, type, direction, ids);
  const ends = getAnyNodes(m, edges.map((e) => (direction === 'out' ? e.toId : e.fromId)));
  return { edges, ends };
}

/**
 * The distinct nodes at the other end of `type` from `id`, by id: what the
 * ends of getEdges give in its order (the anchor's end fixed, edges sorted
 * by the other), without the edge records and their sources.
 */
export function getNeighbors(m: GraphModel, type: RelationType, direction: 'out' | 'in', id: string): NodeRecord[] {
  const node = m.nodes.indexOf(id);
  if (node === undefined) return [];
  const rows = direction === 'out' ? m.edges.out(node, type) : m.edges.in(node, type);
  const found: NodeRecord[] = [];
  for (const r of rows) {
    const record = m.nodes.entry(direction === 'out' ? m.edges.toOf(r) : m.edges.fromOf(r))?.record;
    if (record && !found.includes(record)) found.push(record);
  }
  return found.length > 1 ? found.sort((a, b) => cmp(a.id, b.id)) : found;
}

/** Where articles name each node: nodeId -> sources, in the order of getEdges('STATES', 'in'). */
export function getMentions(m: GraphModel, ids: readonly string[]): Map<string, SourceRecord[]> {
  const mentions = new Map<string, SourceRecord[]>();
  for (const edge of getEdges(m, 'STATES', 'in', ids)) {
    if (!mentions.has(edge.toId)) mentions.set(edge.toId, []);
    mentions.get(edge.toId)!.push(...edge.sources);
  }
  return mentions;
}

/** The nodes of the labels an article states, in order of first mention (then id). */
export function getArticleNodes(m: GraphModel, articleId: string, labels: readonly NodeLabel[]): Map<NodeLabel, NodeRecord[]> {
  const wanted = new Set(labels.filter((l) => NODE_LABELS.includes(l)));
  const found = new Map<NodeLabel, NodeRecord[]>([...wanted].map((l) => [l, []]));
  const article = m.indexOfLabel(articleId, 'Article');
  if (article === undefined || wanted.size === 0) return found;
  const firstStart = new Map<number, number>();
  for (const r of m.edges.out(article, 'STATES')) {
    const row = m.edges.row(r);
    if (!wanted.has(m.nodes.entry(row.to)!.record.label)) continue;
    const before = firstStart.get(row.to);
    if (before === undefined || row.spanStart < before) firstStart.set(row.to, row.spanStart);
  }
  const ordered = [...firstStart].map(([node, start]) => ({ record: m.nodes.entry(node)!.record, start }))
    .sort((a, b) => a.start - b.start || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  for (const { record } of ordered) found.get(record.label)!.push(record);
  return found;
}

export function getArticleNodeIds(m: GraphModel, articleId: string, label: NodeLabel): string[] {
  return (getArticleNodes(m, articleId, [label]).get(label) ?? []).map((r) => r.id);
}

export function counts(m: GraphModel): Record<NodeLabel, number> {
  return Object.fromEntries(NODE_LABELS.map((l) => [l, m.nodes.count(l)])) as Record<NodeLabel, number>;
}
