import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../../bench/corpus/generate';
import { NODE_LABELS } from '../../../src/domain/kinds';
import { RELATION_TYPES } from '../../../src/domain/relations';
import { extractArticle } from '../../../src/extraction/extract-article';
import { KuzuStore } from '../../../src/store/kuzu/kuzu-store';
import type { NodeRecord, PageRequest } from '../../../src/store/records';
import type { GraphStore, SaveItem } from '../../../src/store/store.port';

/**
 * The read model answers as the engine does: a store whose model followed
 * saves, replacements and deletions, the same folder reopened (the model
 * loaded from disk), and the folder read by Kùzu statements alone give the
 * same answer to every read, on a generated corpus of the genre.
 */
describe('the embedded store read model', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'vn-polgraph-model-'));
  const dataDir = path.join(root, 'db');
  const items: SaveItem[] = [...generateCorpus({ articles: 90, seed: 5 })].map((a) => ({ facts: extractArticle(a.text, a.meta), text: a.text }));
  let followed: KuzuStore;
  let nodeIds: Map<string, string[]>;

  beforeAll(async () => {
    followed = new KuzuStore(dataDir, {}, { readModel: true });
    await followed.init();
    await followed.whenReadModelLoaded();
    await followed.saveArticles(items.slice(0, 40));
    for (const item of items.slice(40, 60)) await followed.saveArticle(item.facts, item.text);
    // Replaced (another text under the same id) and deleted articles: their orphans must go from the model too.
    const [first, second] = items;
    await followed.saveArticles([{ facts: { ...second.facts, article: { ...second.facts.article, id: first.facts.article.id, contentHash: 'x' } }, text: second.text }]);
    await followed.deleteArticle(items[2].facts.article.id);
    await followed.saveArticles(items.slice(60), { replace: true });
    nodeIds = new Map(NODE_LABELS.map((l) => [l, [...new Set(items.flatMap((i) => idsOf(i, l)))]]));
  }, 120_000);

  afterAll(async () => {
    await followed?.close().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  });

  it('gives the ends of every relation at once as its edges give them', async () => {
    const reads = followed.memoryReads()!;
    let compared = 0;
    for (const id of [...nodeIds.values()].flat()) {
      for (const type of RELATION_TYPES) {
        for (const direction of ['out', 'in'] as const) {
          const { edges, ends } = reads.getEdgesWithEnds(type, direction, [id]);
          const expected = [...new Set(edges.map((e) => (direction === 'out' ? e.toId : e.fromId)))].map((x) => ends.get(x));
          expect(reads.getNeighbors(type, direction, id)).toEqual(expected);
          compared += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('answers as the engine does, kept by writes and loaded from disk', async () => {
    expect(followed.readModelState()).toBe('ready');
    const fromWrites = await everyAnswer(followed, nodeIds);
    await followed.close();
    const loaded = new KuzuStore(dataDir, {}, { readModel: true });
    await loaded.init();
    await loaded.whenReadModelLoaded();
    expect(loaded.readModelState()).toBe('ready');
    const fromLoad = await everyAnswer(loaded, nodeIds);
    await loaded.close();
    const engine = new KuzuStore(dataDir);
    await engine.init();
    const fromEngine = await everyAnswer(engine, nodeIds);
    await engine.close();
    followed = engine;
    expect(fromLoad).toEqual(fromWrites);
    for (const key of Object.keys(fromEngine)) expect({ key, answer: fromWrites[key] }).toEqual({ key, answer: fromEngine[key] });
  }, 240_000);
});

function idsOf(item: SaveItem, label: string): string[] {
  const f = item.facts;
  const byLabel: Record<string, Array<{ id: string }>> = {
    Person: f.persons, Organization: f.organizations, AdminUnit: f.adminUnits, Session: f.sessions,
    LegalDocument: f.documents, Position: f.positions, Article: [f.article],
  };
  return byLabel[label].map((x) => x.id);
}

/** Every read of the port over the corpus's ids, quotes left out (the model reads them on demand). */
async function everyAnswer(store: GraphStore, nodeIds: Map<string, string[]>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const all = [...nodeIds.values()].flat();
  const strip = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x) => (k === 'quote' ? undefined : x instanceof Map ? [...x].sort() : x)));
  out.counts = await store.counts();
  out.nodes = strip(await store.getAnyNodes(all));
  for (const type of RELATION_TYPES) {
    for (const direction of ['out', 'in'] as const) out[`edges ${type} ${direction}`] = strip(await store.getEdges(type, direction, all));
  }
  out.mentions = strip(await store.getMentions(all));
  for (const id of nodeIds.get('Article')!.slice(0, 30)) out[`article ${id}`] = strip(await store.getArticleNodes(id, [...NODE_LABELS]));
  const page = (first: number): PageRequest => ({ first });
  const people = await store.listPeople({}, page(500));
  out.people = strip(people);
  const some = people.items.slice(0, 12).map((i) => i.node as NodeRecord);
  for (const p of some) out[`people ${p.id}`] = strip(await store.listPeople({ search: words(p, 2) }, page(50)));
  const second = await store.listPeople({}, { first: 7, after: people.items[6]?.cursor });
  out.peopleAfter = strip(second);
  out.orgs = strip(await store.listOrganizations({}, page(500)));
  out.partyCommittees = strip(await store.listOrganizations({ kind: 'PARTY_COMMITTEE' }, page(500)));
  out.units = strip(await store.listAdminUnits({ level: 'COMMUNE' }, page(500)));
  const sessions = await store.listSessions({}, page(500));
  out.sessions = strip(sessions);
  out.sessionsSpring = strip(await store.listSessions({ from: '2023-01-01', to: '2024-06-30' }, page(40)));
  out.documents = strip(await store.listDocuments({}, page(500)));
  out.articles = strip(await store.listArticles({}, page(500)));
  for (const org of (await store.listOrganizations({}, page(20))).items) {
    out[`sessions of ${org.node.id}`] = strip(await store.listSessions({ organizationId: org.node.id }, page(20)));
    out[`people of ${org.node.id}`] = strip(await store.listPeople({ organizationId: org.node.id }, page(20)));
  }
  for (const s of sessions.items.slice(0, 10)) {
    const [chair] = await store.getEdges('CHAIRED', 'in', [s.node.id]);
    if (chair) out[`chaired by ${chair.fromId}`] = strip(await store.listSessions({ chairId: chair.fromId }, page(20)));
  }
  for (const p of some) out[`search ${p.id}`] = strip(await store.search(words(p, 3), ['Person', 'Organization', 'Session'], 10));
  const pairs = some.slice(0, 6).map((p, i) => [p.id, some[(i + 3) % some.length].id] as const);
  for (const [a, b] of pairs) {
    const paths = await store.shortestPaths(a, b, 4, 5);
    out[`paths ${a} ${b}`] = { lengths: paths.map((p) => p.steps.length), count: paths.length };
  }
  return out;
}

function words(record: NodeRecord, n: number): string {
  return ('name' in record ? record.name : '').split(' ').slice(-n).join(' ');
}
