import { NODE_LABELS, type NodeLabel } from '../../../src/domain/kinds';
import { RELATION_TYPES } from '../../../src/domain/relations';
import type { GraphStore } from '../../../src/store/store.port';

/**
 * Everything in a store, as sorted lines: every node (its record, without the
 * ingestion time) and every relationship row with its provenance. Two stores
 * that hold the same facts give equal snapshots, since ids come from
 * canonical keys; a fact stored twice shows up as a repeated line.
 */
export interface GraphSnapshot {
  nodes: Record<NodeLabel, string[]>;
  edges: string[];
}

const PAGE = 1000;

export async function snapshotStore(store: GraphStore, maxRows = 200_000): Promise<GraphSnapshot> {
  const nodes = {} as Record<NodeLabel, string[]>;
  for (const label of NODE_LABELS) {
    const lines: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < maxRows / PAGE; guard++) {
      const page: Array<{ id: string }> = await store.scanNodes(label, after, PAGE);
      for (const record of page) {
        const { ingestedAt: _t, ...rest } = record as unknown as Record<string, unknown>;
        lines.push(JSON.stringify(rest));
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1].id;
    }
    nodes[label] = lines.sort();
  }
  const edges: string[] = [];
  for (const type of RELATION_TYPES) {
    for (let offset = 0; offset < maxRows; offset += PAGE) {
      const rows = await store.scanEdges(type, offset, PAGE);
      for (const r of rows) edges.push(`${type}|${r.fromId}|${r.toId}|${r.role ?? ''}|${r.source.articleId}|${r.source.spanStart}|${r.source.spanEnd}`);
      if (rows.length < PAGE) break;
    }
  }
  return { nodes, edges: edges.sort() };
}

/** Lines that occur more than once (a fact stored twice). */
export function repeated(lines: readonly string[]): string[] {
  return lines.filter((line, i) => i > 0 && lines[i - 1] === line);
}
