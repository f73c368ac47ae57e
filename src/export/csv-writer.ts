import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeValues, nodeValues, type AttrValue } from './export-attributes';
import { countEdge, countNode, newExportStats, type ExportStats, type GraphSource } from './graph-source';
import type { TextSink } from './text-sink';

const NODE_COLUMNS = ['id', ...NODE_ATTRIBUTES.map((a) => a.name)];
const EDGE_COLUMNS = ['source', 'target', ...EDGE_ATTRIBUTES.map((a) => a.name)];

/**
 * Writes `nodes.csv` (id, label, nodeType, fields...) and `edges.csv`
 * (source, target, type, role, weight, sources as JSON, articleId, quote):
 * RFC 4180, UTF-8 without BOM, CRLF, a header line; what pandas.read_csv,
 * R and spreadsheets read as is. Empty fields stand for missing values.
 */
export async function writeCsv(graph: GraphSource, nodesOut: TextSink, edgesOut: TextSink): Promise<ExportStats> {
  const stats = newExportStats();
  await nodesOut.write(csvRow(NODE_COLUMNS));
  for await (const node of graph.nodes()) {
    countNode(stats, node);
    const values = nodeValues(node);
    await nodesOut.write(csvRow([node.id, ...NODE_ATTRIBUTES.map((a) => values[a.name])]));
  }
  await edgesOut.write(csvRow(EDGE_COLUMNS));
  for await (const edge of graph.edges()) {
    countEdge(stats, edge);
    const values = edgeValues(edge);
    await edgesOut.write(csvRow([edge.fromId, edge.toId, ...EDGE_ATTRIBUTES.map((a) => values[a.name])]));
  }
  return stats;
}

/** One CSV record ending in CRLF. */
export function csvRow(values: ReadonlyArray<AttrValue | undefined>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** Quotes a field when it holds a comma, a quote or a line break (RFC 4180 §2.6-2.7). */
export function csvField(v: AttrValue | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
