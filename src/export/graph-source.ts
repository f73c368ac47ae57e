import type { EdgeRecord, NodeRecord } from '../store/records';

/**
 * The graph to export, read once in order: every node first, then every
 * edge (one per fact, with all its sources). Writers never hold it whole.
 */
export interface GraphSource {
  nodes(): AsyncIterable<NodeRecord>;
  edges(): AsyncIterable<EdgeRecord>;
}

/** What an export wrote. */
export interface ExportStats {
  nodes: number;
  edges: number;
  nodesByLabel: Record<string, number>;
  edgesByType: Record<string, number>;
}

export function newExportStats(): ExportStats {
  return { nodes: 0, edges: 0, nodesByLabel: {}, edgesByType: {} };
}

export function countNode(stats: ExportStats, node: NodeRecord): void {
  stats.nodes += 1;
  stats.nodesByLabel[node.label] = (stats.nodesByLabel[node.label] ?? 0) + 1;
}

export function countEdge(stats: ExportStats, edge: EdgeRecord): void {
  stats.edges += 1;
  stats.edgesByType[edge.type] = (stats.edgesByType[edge.type] ?? 0) + 1;
}
