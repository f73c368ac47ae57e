import { writeGraphml } from '../../src/export/graphml-writer';
import { checkGraphml } from './graphml-rules';
import { memorySink } from './memory-sink';
import { arrayGraph, EDGES, NODES } from './sample-graph';
import { parseXml, type XmlElement } from './xml-tree';

async function exportSample(): Promise<{ xml: string; root: XmlElement }> {
  const sink = memorySink();
  await writeGraphml(arrayGraph(), sink);
  return { xml: sink.text(), root: parseXml(sink.text()) };
}

/** A node's or edge's data as attr.name -> text. */
function dataOf(root: XmlElement, el: XmlElement): Record<string, string> {
  const names = new Map(root.children.filter((c) => c.name === 'key').map((k) => [k.attrs.id, k.attrs['attr.name']]));
  return Object.fromEntries(el.children.map((d) => [names.get(d.attrs.key)!, d.text]));
}

describe('GraphML writer', () => {
  it('writes a document that is well-formed and follows the GraphML schema rules', async () => {
    const { root } = await exportSample();
    expect(checkGraphml(root)).toEqual([]);
  });

  it('declares one typed key per attribute, for nodes and for edges', async () => {
    const { root } = await exportSample();
    const keys = root.children.filter((c) => c.name === 'key').map((k) => `${k.attrs.for}:${k.attrs['attr.name']}:${k.attrs['attr.type']}`);
    expect(keys).toEqual(expect.arrayContaining(['node:label:string', 'node:nodeType:string', 'edge:type:string', 'edge:weight:double', 'edge:sources:string']));
  });

  it('keeps every node with its caption, graph label and fields', async () => {
    const { root } = await exportSample();
    const graph = root.children.find((c) => c.name === 'graph')!;
    const nodes = graph.children.filter((c) => c.name === 'node');
    expect(nodes.map((n) => n.attrs.id)).toEqual(NODES.map((n) => n.id));
    const doc = dataOf(root, nodes[4]);
    expect(doc).toMatchObject({ label: 'Quyết định 112-QĐ/ĐU', nodeType: 'LegalDocument', issuedOn: '2025-04' });
    expect(doc.subject).toBe('về việc thành lập "Chi bộ thôn Đồng Tâm" & <ban> công tác');
    expect(dataOf(root, nodes[5]).title).toBe('Hội nghị sơ kết,\r\nquý I 🎉'); // \r survives as &#13;
    expect(dataOf(root, nodes[6])).toMatchObject({ label: 'https://x.example/a?b=1&c=2' });
    expect(dataOf(root, nodes[6]).title).toBeUndefined(); // empty values are left out
  });

  it('writes edges with type, role, sources as JSON and the first source', async () => {
    const { root } = await exportSample();
    const edges = root.children.find((c) => c.name === 'graph')!.children.filter((c) => c.name === 'edge');
    expect(edges.map((e) => [e.attrs.source, e.attrs.target])).toEqual(EDGES.map((e) => [e.fromId, e.toId]));
    const tookPart = dataOf(root, edges[2]);
    expect(tookPart).toMatchObject({ type: 'TOOK_PART', role: 'host', weight: '2', articleId: 'art_01' });
    expect(tookPart.quote).toBe('Đảng ủy xã "Hòa An" tổ chức\nhội nghị');
    const sources = JSON.parse(tookPart.sources) as Array<{ quote: string }>;
    // JSON writes the control character as \u0001, so the sources keep it intact
    expect(sources.map((s) => s.quote)).toEqual(['Đảng ủy xã "Hòa An" tổ chức\nhội nghị', 'x\u0001y']);
  });

  it('drops characters XML cannot carry instead of writing a broken file', async () => {
    const { xml } = await exportSample();
    expect(xml).not.toMatch(/[\u0001]/);
  });

  it('is found invalid by the checker when an edge points at a missing node', async () => {
    const sink = memorySink();
    await writeGraphml(arrayGraph(NODES.slice(1), EDGES), sink);
    expect(checkGraphml(parseXml(sink.text()))).toContain('edge e0: source per_01 is not a node');
  });
});
