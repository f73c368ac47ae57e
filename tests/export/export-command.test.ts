import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStore } from '../../src/store/create-store';
import { cli } from '../cli/run-cli-io';
import { tempDir } from '../ingest/batch/sample-articles';
import { csvRecords } from './csv-parse';
import { checkGraphml } from './graphml-rules';
import { hoaAnArticle, IDS, phuLoiArticle } from './sample-facts';
import { parseXml } from './xml-tree';

interface JsonGraph { nodes: Array<{ id: string; nodeType: string }>; links: Array<{ source: string; target: string; type: string }> }

function hasNetworkx(): boolean {
  try {
    execFileSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('vn-polgraph export (embedded store)', () => {
  const dir = tempDir('cli-export');
  const dataDir = join(dir.path, 'data');
  const out = (name: string) => join(dir.path, name);
  let counts: Record<string, number>;

  beforeAll(async () => {
    const store = await createStore({ backend: 'embedded', dataDir });
    for (const a of [hoaAnArticle(), phuLoiArticle()]) await store.saveArticle(a.facts, a.text);
    counts = await store.counts();
    await store.close();
  });
  afterAll(() => dir.cleanup());

  const exportJson = async (...args: string[]): Promise<JsonGraph> => {
    const run = await cli(['export', '--format', 'json', '--out', '-', '--data-dir', dataDir, ...args]);
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as JsonGraph;
  };

  it('writes GraphML that follows the schema rules, every node and fact in it', async () => {
    const run = await cli(['export', '--format', 'graphml', '--out', out('g.graphml'), '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^wrote 15 nodes \(.*\) and \d+ edges to .*g\.graphml/);
    const root = parseXml(readFileSync(out('g.graphml'), 'utf8'));
    expect(checkGraphml(root)).toEqual([]);
    const graph = root.children.find((c) => c.name === 'graph')!;
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(graph.children.filter((c) => c.name === 'node')).toHaveLength(total);
  });

  (hasNetworkx() ? it : it.skip)('writes GraphML that networkx reads with typed attributes', async () => {
    const script = [
      'import sys, json, networkx as nx',
      'g = nx.read_graphml(sys.argv[1])',
      'e = next(d for _, _, d in g.edges(data=True) if d["type"] == "TOOK_PART")',
      'print(json.dumps({"nodes": g.number_of_nodes(), "weight": type(e["weight"]).__name__, "role": e["role"], "label": g.nodes[sys.argv[2]]["label"]}))',
    ].join('\n');
    const result = JSON.parse(execFileSync('python3', ['-c', script, out('g.graphml'), IDS.binh], { encoding: 'utf8' }));
    expect(result).toEqual({ nodes: 15, weight: 'float', role: 'host', label: 'Nguyễn Văn Bình' });
  });

  it('writes nodes.csv and edges.csv that read back with their headers', async () => {
    const run = await cli(['export', '--format', 'csv', '--out', out('csv'), '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    const nodes = csvRecords(readFileSync(out('csv/nodes.csv'), 'utf8'));
    const edges = csvRecords(readFileSync(out('csv/edges.csv'), 'utf8'));
    expect(nodes).toHaveLength(15);
    const ids = new Set(nodes.map((n) => n.id));
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const founded = edges.find((e) => e.type === 'FOUNDED')!;
    expect(founded).toMatchObject({ source: IDS.decision, target: IDS.cellDongTam, weight: '1' });
    expect(JSON.parse(founded.sources)[0].quote).toBe('Quyết định số 112-QĐ/ĐU về việc thành lập Chi bộ thôn Đồng Tâm');
  });

  it('gives one edge per fact with all its sources: the province is stated by both articles', async () => {
    const graph = await exportJson();
    const statesProvince = graph.links.filter((l) => l.type === 'STATES' && l.target === IDS.province);
    expect(statesProvince).toHaveLength(2); // one per article
    const within = graph.links.filter((l) => l.type === 'WITHIN');
    expect(within.map((l) => l.source).sort()).toEqual([IDS.hoaAn, IDS.phuLoi].sort());
  });

  it('keeps a commune and what belongs to it with --admin-unit', async () => {
    const graph = await exportJson('--admin-unit', IDS.hoaAn);
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([IDS.hoaAn, IDS.partyHoaAn, IDS.cellDongTam, IDS.binh, IDS.binhSecretary, IDS.conference, IDS.decision]));
    expect(ids).not.toContain(IDS.phuLoi);
    expect(ids).not.toContain(IDS.son);
    expect(ids).not.toContain(IDS.province); // the unit it lies in is not within it
    expect(graph.nodes.filter((n) => n.nodeType === 'Article')).toHaveLength(1);
    const known = new Set(ids);
    expect(graph.links.every((l) => known.has(l.source) && known.has(l.target))).toBe(true);
  });

  it('takes the province and finds everything below it, by name without diacritics', async () => {
    const graph = await exportJson('--admin-unit', 'lang son', '--no-articles');
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([IDS.province, IDS.hoaAn, IDS.phuLoi, IDS.binh, IDS.son]));
    expect(graph.nodes.some((n) => n.nodeType === 'Article')).toBe(false);
    expect(graph.links.some((l) => l.type === 'STATES')).toBe(false);
  });

  it('leaves out sessions, documents and articles outside --from/--to, with their edges', async () => {
    const graph = await exportJson('--from', '2025-06-01', '--to', '2025-06-30');
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toContain(IDS.inspection);
    expect(ids).not.toContain(IDS.conference);
    expect(ids).not.toContain(IDS.decision);
    expect(ids).toContain(IDS.binh); // people are timeless
    expect(graph.nodes.filter((n) => n.nodeType === 'Article')).toHaveLength(1);
    expect(graph.links.some((l) => l.target === IDS.conference || l.source === IDS.decision)).toBe(false);
  });

  it.each([
    [['--format', 'xml', '--out', 'x'], /argument 'xml' is invalid/],
    [['--format', 'json'], /required option '--out <path>'/],
    [['--format', 'json', '--out', '-', '--from', '2025-02-30'], /not a date written YYYY-MM-DD/],
    [['--format', 'json', '--out', '-', '--from', '2025-06-01', '--to', '2025-01-01'], /is after --to/],
    [['--format', 'csv', '--out', '-'], /csv export writes a folder/],
    [['--format', 'json', '--out', '-', '--admin-unit', 'xã Không Có'], /no administrative unit matches/],
    [['--format', 'graphml', '--out', '/khong/co/thu-muc/g.graphml'], /^vn-polgraph: cannot write \/khong\/co\/thu-muc\/g\.graphml: ENOENT$/m],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const run = await cli(['export', ...args, '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('refuses to export a store that does not exist, creating nothing', async () => {
    const run = await cli(['export', '--format', 'json', '--out', '-', '--data-dir', out('khong-co')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no store at/);
  });
});
