import { nodeValues } from './export-attributes';
import { countEdge, countNode, newExportStats, type ExportStats, type GraphSource } from './graph-source';
import type { TextSink } from './text-sink';

/**
 * Writes `{"nodes": [...], "links": [...]}`, the shape d3-force and
 * networkx's node_link_graph take: nodes `{id, label, nodeType, ...fields}`,
 * links `{source, target, type, role, weight, sources: [...]}` with the
 * sources as real JSON. One element a line, so `jq` and diffs stay usable.
 */
export async function writeJson(graph: GraphSource, out: TextSink): Promise<ExportStats> {
  const stats = newExportStats();
  await out.write('{"directed":true,"nodes":[');
  for await (const node of graph.nodes()) {
    await out.write(`${stats.nodes ? ',' : ''}\n${JSON.stringify({ id: node.id, ...nodeValues(node) })}`);
    countNode(stats, node);
  }
  await out.write('\n],"links":[');
  for await (const edge of graph.edges()) {
    const link = { source: edge.fromId, target: edge.toId, type: edge.type, role: edge.role, weight: edge.sources.length, sources: edge.sources };
    await out.write(`${stats.edges ? ',' : ''}\n${JSON.stringify(link)}`);
    countEdge(stats, edge);
  }
  await out.write('\n]}\n');
  return stats;
}
