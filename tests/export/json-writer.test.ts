import { writeJson } from '../../src/export/json-writer';
import { memorySink } from './memory-sink';
import { arrayGraph, EDGES, NODES } from './sample-graph';

describe('JSON writer', () => {
  it('writes {nodes, links} for d3 with sources as real JSON', async () => {
    const sink = memorySink();
    const stats = await writeJson(arrayGraph(), sink);
    const graph = JSON.parse(sink.text()) as { nodes: Array<Record<string, unknown>>; links: Array<Record<string, unknown>> };
    expect(graph.nodes.map((n) => n.id)).toEqual(NODES.map((n) => n.id));
    expect(graph.nodes[0]).toEqual({ id: 'per_01', label: 'Nguyễn Văn Bình', nodeType: 'Person', name: 'Nguyễn Văn Bình' });
    expect(graph.links[2]).toEqual({ source: 'org_01', target: 'ses_01', type: 'TOOK_PART', role: 'host', weight: 2, sources: EDGES[2].sources });
    expect(stats).toMatchObject({ nodes: NODES.length, edges: EDGES.length, edgesByType: { HOLDS: 1 } });
  });

  it('writes an empty graph as empty lists', async () => {
    const sink = memorySink();
    await writeJson(arrayGraph([], []), sink);
    expect(JSON.parse(sink.text())).toEqual({ directed: true, nodes: [], links: [] });
  });
});
