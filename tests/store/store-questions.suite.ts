import { articleA, articleB, ids } from './fixtures';
import { saveBoth, type StoreRef } from './store.suite';

/** Search, shortest paths, counts and the export scans. */
export function defineQuestionTests(ref: StoreRef): void {
  beforeEach(() => saveBoth(ref.store));

  it('searches without diacritics, by word prefix, ranked', async () => {
    const { store } = ref;
    const hits = async (text: string, labels = ['Person'] as const) =>
      (await store.search(text, labels, 10)).map((h) => h.node.id);
    expect(await hits('trinh tuan dong')).toEqual([ids.dong]);
    expect(await hits('Trịnh Tuấn Đông')).toEqual([ids.dong]);
    expect(await hits('trinh tu')).toEqual([ids.dong]);
    expect((await hits('d')).sort()).toEqual([ids.dong, ids.hoa].sort());
    expect(await hits('do thi')).toEqual([ids.hoa]);
    expect(await hits('nguyen xyz')).toEqual([]);
    expect(await hits('')).toEqual([]);
    const mixed = await store.search('loc binh', ['Organization', 'AdminUnit'], 10);
    expect(mixed.map((h) => h.node.id)).toContain(ids.commune);
    expect(mixed.map((h) => h.node.label).sort()).toEqual(['AdminUnit', 'Organization', 'Organization', 'Organization']);
    expect(mixed.every((h, i) => i === 0 || mixed[i - 1].score >= h.score)).toBe(true);
    const docs = await store.search('03', ['LegalDocument'], 5);
    expect(docs.map((h) => h.node.id)).toEqual([ids.decision]);
    expect((await store.search('hoa', ['Person', 'Session'], 1))).toHaveLength(1);
  });

  it('finds the shortest paths between two people through a session', async () => {
    const { store } = ref;
    const paths = await store.shortestPaths(ids.dong, ids.hoa, 4, 10);
    expect(paths.length).toBe(2); // chaired + attended, attended + attended; never through the article
    for (const p of paths) {
      expect(p.start.id).toBe(ids.dong);
      expect(p.steps.map((s) => s.node.id)).toEqual([ids.conference, ids.hoa]);
      for (const s of p.steps) expect(s.edge.sources[0].articleId).toBe(articleA().article.id);
    }
    expect(paths.map((p) => p.steps[0].edge.type).sort()).toEqual(['ATTENDED', 'CHAIRED']);
    const far = await store.shortestPaths(ids.hoa, ids.minh, 4, 3);
    expect(far.length).toBeGreaterThan(0);
    expect(far.every((p) => p.steps.length === far[0].steps.length && p.steps.at(-1)!.node.id === ids.minh)).toBe(true);
    expect(await store.shortestPaths(ids.hoa, ids.minh, 1, 3)).toEqual([]);
  });

  it('scans nodes and edges for export', async () => {
    const { store } = ref;
    const first = await store.scanNodes('Person', null, 2);
    const rest = await store.scanNodes('Person', first[1].id, 2);
    expect([...first, ...rest].map((p) => p.id)).toEqual([ids.dong, ids.hoa, ids.minh].sort());
    const total = (await store.scanEdges('STATES', 0, 1000)).length;
    const paged = [...(await store.scanEdges('STATES', 0, 5)), ...(await store.scanEdges('STATES', 5, 1000))];
    expect(paged).toHaveLength(total);
    expect(new Set(paged.map((e) => JSON.stringify(e))).size).toBe(total);
    const holds = await store.scanEdges('HOLDS', 0, 10);
    expect(holds.filter((e) => e.fromId === ids.dong).map((e) => e.source.articleId).sort()).toEqual(
      [articleA().article.id, articleB().article.id].sort(),
    );
  });
}
