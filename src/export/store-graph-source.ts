import { NODE_LABELS, type NodeLabel } from '../domain/kinds';
import { labelOfId } from '../domain/ids';
import { RELATION_TYPES, type RelationType } from '../domain/relations';
import type { EdgeRecord, NodeRecord } from '../store/records';
import type { GraphStore } from '../store/store.port';
import { collectAdminScope } from './admin-scope';
import { isInDateRange, type ExportFilter } from './export-filter';
import type { GraphSource } from './graph-source';

const PAGE = 1000;
/** Edge rows per scanEdges call: each call costs a scan and sort of the type, so fewer, larger pages (5000 rows: ~1 MB). */
const EDGE_PAGE = 5000;
const ARTICLE_RELATIONS: readonly RelationType[] = ['STATES', 'WROTE'];

/**
 * Reads the graph for export through the store port, page by page, keeping
 * only what the filter asks for. Without an admin unit it scans every label
 * and relation; with one it reads just the ids in scope. Edges are kept when
 * both ends were exported, so the output never points at a missing node.
 */
export async function storeGraphSource(store: GraphStore, filter: ExportFilter = {}): Promise<GraphSource> {
  const withArticles = filter.articles !== false;
  const labels = NODE_LABELS.filter((l) => withArticles || l !== 'Article');
  const types = RELATION_TYPES.filter((t) => withArticles || !ARTICLE_RELATIONS.includes(t));
  const scope = filter.adminUnitId ? await collectAdminScope(store, filter.adminUnitId, withArticles) : null;
  const dropped = new Set<string>(); // nodes in scope the date range left out
  const keepNode = (n: NodeRecord): boolean => isInDateRange(n, filter.from, filter.to);
  const keepEnd = (id: string): boolean => (scope ? scope.has(id) : true) && !dropped.has(id);
  let nodesRead = false;

  return {
    async *nodes() {
      const all = scope ? scopedNodes(store, labels, scope) : scanAllNodes(store, labels);
      for await (const node of all) {
        if (keepNode(node)) yield node;
        else dropped.add(node.id);
      }
      nodesRead = true;
    },
    async *edges() {
      if (!nodesRead) throw new Error('storeGraphSource: read the nodes before the edges');
      const all = scope ? scopedEdges(store, types, scope) : scanAllEdges(store, types);
      for await (const edge of all) if (keepEnd(edge.fromId) && keepEnd(edge.toId)) yield edge;
    },
  };
}

async function* scanAllNodes(store: GraphStore, labels: readonly NodeLabel[]): AsyncGenerator<NodeRecord> {
  for (const label of labels) {
    let after: string | null = null;
    for (;;) {
      const page: NodeRecord[] = await store.scanNodes(label, after, PAGE);
      yield* page;
      if (page.length < PAGE) break;
      after = page[page.length - 1].id;
    }
  }
}

async function* scopedNodes(store: GraphStore, labels: readonly NodeLabel[], scope: Set<string>): AsyncGenerator<NodeRecord> {
  for (const label of labels) {
    const ids = [...scope].filter((id) => labelOfId(id) === label).sort();
    for (let i = 0; i < ids.length; i += PAGE) {
      const found = await store.getNodes(label, ids.slice(i, i + PAGE));
      for (const id of ids.slice(i, i + PAGE)) {
        const node = found.get(id);
        if (node) yield node;
      }
    }
  }
}

/**
 * Every edge of the given types, one per fact: scanEdges gives one row per
 * stating article, in (from, to, role) order, so consecutive rows of the same
 * fact are merged into one edge with all its sources.
 */
async function* scanAllEdges(store: GraphStore, types: readonly RelationType[]): AsyncGenerator<EdgeRecord> {
  for (const type of types) {
    let current: EdgeRecord | null = null;
    for (let offset = 0; ; offset += EDGE_PAGE) {
      const rows = await store.scanEdges(type, offset, EDGE_PAGE);
      for (const { source, ...edge } of rows) {
        if (current && sameFact(current, edge)) current.sources.push(source);
        else {
          if (current) yield current;
          current = { ...edge, sources: [source] };
        }
      }
      if (rows.length < EDGE_PAGE) break;
    }
    if (current) yield current;
  }
}

function sameFact(a: Omit<EdgeRecord, 'sources'>, b: Omit<EdgeRecord, 'sources'>): boolean {
  return a.fromId === b.fromId && a.toId === b.toId && a.role === b.role && a.type === b.type;
}

/** Edges starting in scope, read in batches of ids; the caller keeps those ending in scope. */
async function* scopedEdges(store: GraphStore, types: readonly RelationType[], scope: Set<string>): AsyncGenerator<EdgeRecord> {
  const ids = [...scope].sort();
  for (const type of types) {
    for (let i = 0; i < ids.length; i += PAGE) yield* await store.getEdges(type, 'out', ids.slice(i, i + PAGE));
  }
}
