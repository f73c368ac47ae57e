import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeValues, nodeValues, type AttrSpec, type AttrValue } from './export-attributes';
import { countEdge, countNode, newExportStats, type ExportStats, type GraphSource } from './graph-source';
import type { TextSink } from './text-sink';
import { escapeXmlAttr, escapeXmlText } from './xml-escape';

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`;

/** Key ids: `n0`.. for node attributes, `e0`.. for edge attributes, in column order. */
const nodeKeys = keyIds('n', NODE_ATTRIBUTES);
const edgeKeys = keyIds('e', EDGE_ATTRIBUTES);

/**
 * Writes GraphML that Gephi, Cytoscape, yEd and networkx read: one typed
 * `<key>` per attribute before the graph, a directed graph, nodes by their
 * store ids, then edges (`id` e0, e1...), each attribute as `<data>`; empty
 * values are left out, as GraphML allows.
 */
export async function writeGraphml(graph: GraphSource, out: TextSink): Promise<ExportStats> {
  const stats = newExportStats();
  await out.write(HEADER);
  await out.write(keyElements('node', NODE_ATTRIBUTES, nodeKeys) + keyElements('edge', EDGE_ATTRIBUTES, edgeKeys));
  await out.write('  <graph id="G" edgedefault="directed">\n');
  for await (const node of graph.nodes()) {
    countNode(stats, node);
    await out.write(`    <node id="${escapeXmlAttr(node.id)}">${dataElements(nodeValues(node), nodeKeys)}</node>\n`);
  }
  for await (const edge of graph.edges()) {
    const id = `e${stats.edges}`;
    countEdge(stats, edge);
    const ends = `source="${escapeXmlAttr(edge.fromId)}" target="${escapeXmlAttr(edge.toId)}"`;
    await out.write(`    <edge id="${id}" ${ends}>${dataElements(edgeValues(edge), edgeKeys)}</edge>\n`);
  }
  await out.write('  </graph>\n</graphml>\n');
  return stats;
}

function keyIds(prefix: string, specs: readonly AttrSpec[]): Map<string, string> {
  return new Map(specs.map((s, i) => [s.name, `${prefix}${i}`]));
}

function keyElements(domain: 'node' | 'edge', specs: readonly AttrSpec[], ids: Map<string, string>): string {
  return specs
    .map((s) => `  <key id="${ids.get(s.name)}" for="${domain}" attr.name="${s.name}" attr.type="${s.type}"/>\n`)
    .join('');
}

function dataElements(values: Record<string, AttrValue>, ids: Map<string, string>): string {
  let xml = '';
  for (const [name, key] of ids) {
    const v = values[name];
    if (v === null || v === undefined || v === '') continue;
    xml += `<data key="${key}">${escapeXmlText(String(v))}</data>`;
  }
  return xml;
}
