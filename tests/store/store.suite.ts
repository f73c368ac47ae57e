import type { EdgeRecord, SourceRecord } from '../../src/store/records';
import type { GraphStore } from '../../src/store/store.port';
import { StoreError } from '../../src/store/store.port';
import { articleA, articleB, ids, TEXT_A, TEXT_B } from './fixtures';
import { defineBatchTests } from './store-batch.suite';
import { defineListTests } from './store-lists.suite';
import { defineQuestionTests } from './store-questions.suite';

/** A fresh, empty, initialized store and how to dispose of it. */
export interface StoreHarness {
  store: GraphStore;
  teardown(): Promise<void>;
}
export type OpenStore = () => Promise<StoreHarness>;

/** Holds the store of the running test; a fresh one for each. */
export interface StoreRef { store: GraphStore }

/**
 * The one store test suite: every adapter must pass it. `open` gives a
 * fresh empty store for each test.
 */
export function defineStoreSuite(open: OpenStore): void {
  const ref = {} as StoreRef;
  let harness: StoreHarness;
  beforeEach(async () => {
    harness = await open();
    ref.store = harness.store;
  });
  afterEach(async () => {
    await harness.teardown();
  });

  describe('writes', () => defineWriteTests(ref));
  describe('batch writes', () => defineBatchTests(ref));
  describe('lists', () => defineListTests(ref));
  describe('questions', () => defineQuestionTests(ref));
}

/** Saves both fixture articles. */
export async function saveBoth(store: GraphStore): Promise<void> {
  await store.saveArticle(articleA(), TEXT_A);
  await store.saveArticle(articleB(), TEXT_B);
}

function defineWriteTests(ref: StoreRef): void {
  it('saves an article and reads back its nodes, edges, mentions and text', async () => {
    const { store } = ref;
    const a = articleA();
    expect(await store.saveArticle(a, TEXT_A)).toBe('created');
    expect(await store.counts()).toEqual({
      Person: 2, Organization: 2, AdminUnit: 2, Session: 1, LegalDocument: 1, Article: 1, Position: 2,
    });
    const people = await store.getNodes('Person', [ids.dong, ids.hoa, 'per_missing']);
    expect(people.get(ids.dong)).toEqual({ label: 'Person', id: ids.dong, name: 'Trịnh Tuấn Đông' });
    expect(people.has('per_missing')).toBe(false);
    const any = await store.getAnyNodes([ids.conference, ids.decision, a.article.id]);
    expect(any.get(ids.conference)).toEqual({
      label: 'Session', id: ids.conference, kind: 'CONFERENCE', title: 'hội nghị sơ kết công tác quý I', date: '2025-05-08',
    });
    expect(any.get(ids.decision)).toMatchObject({ label: 'LegalDocument', number: '03-QĐ/ĐU', issuedOn: '2025-04-20', kindCode: 'QĐ' });
    expect(any.get(a.article.id)).toMatchObject({ label: 'Article', url: a.article.url, publishedAt: '2025-05-09' });
    expect((any.get(a.article.id) as { ingestedAt: string }).ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await store.getArticleText(a.article.id)).toBe(TEXT_A);
    expect(await store.getArticleText('art_missing')).toBeNull();

    const tookPart = await store.getEdges('TOOK_PART', 'in', [ids.conference]);
    expect(tookPart.map((e) => [e.fromId, e.role]).sort()).toEqual(
      [[ids.partyCommittee, 'host'], [ids.peoplesCommittee, 'participant']].sort(),
    );
    const cites = await withQuotes(store, await store.getEdges('CITES', 'out', [ids.conference]));
    expect(cites).toEqual([{
      type: 'CITES', fromId: ids.conference, toId: ids.decision, role: null,
      sources: [{ articleId: a.article.id, ...spanOf(a.citations[0].source) }],
    }]);
    const mentions = new Map(await Promise.all([...(await store.getMentions([ids.partyCommittee, ids.hoa]))]
      .map(async ([id, sources]) => [id, await quoteSources(store, sources)] as const)));
    expect(mentions.get(ids.partyCommittee)?.map((s) => s.quote)).toEqual(['Đảng ủy xã Lộc Bình', 'Đảng ủy xã']);
    expect(mentions.get(ids.hoa)).toEqual([{ articleId: a.article.id, ...spanOf(a.persons[1].mentions[0]) }]);
    for (const m of mentions.get(ids.partyCommittee)!) expect(TEXT_A.slice(m.spanStart, m.spanEnd)).toBe(m.quote);
    const hoa = a.persons[1].mentions[0];
    expect(await store.getQuotes([
      { articleId: a.article.id, spanStart: hoa.start, spanEnd: hoa.end }, { articleId: 'art_missing', spanStart: 0, spanEnd: 4 },
    ])).toEqual([hoa.text, '']);
    expect(await store.getArticleNodeIds(a.article.id, 'Person')).toEqual([ids.dong, ids.hoa]);
    expect(await store.getArticleNodeIds(a.article.id, 'AdminUnit')).toEqual([ids.commune, ids.province]);
  });

  it('reads edges with the records at their far ends, as getEdges and getNodes would', async () => {
    const { store } = ref;
    await saveBoth(store);
    for (const [type, direction, id] of [
      ['TOOK_PART', 'in', ids.conference], ['HOLDS', 'out', ids.dong], ['CITES', 'out', ids.conference], ['STATES', 'in', ids.hoa],
    ] as const) {
      const { edges, ends } = await store.getEdgesWithEnds(type, direction, [id, 'per_missing']);
      expect(edges).toEqual(await store.getEdges(type, direction, [id]));
      const far = edges.map((e) => (direction === 'out' ? e.toId : e.fromId));
      expect(far.length).toBeGreaterThan(0);
      expect(ends).toEqual(await store.getAnyNodes(far));
    }
    expect(await store.getEdgesWithEnds('HOLDS', 'out', [])).toEqual({ edges: [], ends: new Map() });
  });

  it('reads the nodes of several labels an article states, in getArticleNodeIds order', async () => {
    const { store } = ref;
    const a = articleA();
    await store.saveArticle(a, TEXT_A);
    const labels = ['Person', 'AdminUnit', 'Session', 'Position'] as const;
    const nodes = await store.getArticleNodes(a.article.id, labels);
    for (const label of labels) {
      const idsInOrder = await store.getArticleNodeIds(a.article.id, label);
      expect(nodes.get(label)?.map((n) => n.id)).toEqual(idsInOrder);
      expect(nodes.get(label)).toEqual([...(await store.getNodes(label, idsInOrder)).values()].sort(
        (x, y) => idsInOrder.indexOf(x.id) - idsInOrder.indexOf(y.id),
      ));
    }
    expect((await store.getArticleNodes('art_missing', ['Person'])).get('Person')).toEqual([]);
  });

  it('leaves an article saved twice unchanged', async () => {
    const { store } = ref;
    await store.saveArticle(articleA(), TEXT_A);
    const before = await store.counts();
    const holdsBefore = await store.getEdges('HOLDS', 'out', [ids.dong, ids.hoa]);
    expect(await store.saveArticle(articleA(), TEXT_A)).toBe('unchanged');
    expect(await store.counts()).toEqual(before);
    expect(await store.getEdges('HOLDS', 'out', [ids.dong, ids.hoa])).toEqual(holdsBefore);
  });

  it('keeps one fact stated by two articles as one edge with two sources', async () => {
    const { store } = ref;
    await saveBoth(store);
    const holds = await store.getEdges('HOLDS', 'out', [ids.dong]);
    expect(holds).toHaveLength(1);
    expect(holds[0].sources.map((s) => s.articleId).sort()).toEqual([articleA().article.id, articleB().article.id].sort());
    expect((await store.getNodes('Organization', [ids.partyCommittee])).size).toBe(1);
    expect((await store.getMentions([ids.dong])).get(ids.dong)).toHaveLength(2);
  });

  it('replaces only the facts of the re-extracted article', async () => {
    const { store } = ref;
    await saveBoth(store);
    const a = articleA();
    a.persons = a.persons.filter((p) => p.id !== ids.hoa);
    a.positions = a.positions.filter((p) => p.personId !== ids.hoa);
    a.sessions[0].participantIds = [ids.dong];
    expect(await store.saveArticle(a, TEXT_A, { replace: true })).toBe('replaced');
    expect((await store.getNodes('Person', [ids.hoa, ids.dong, ids.minh])).size).toBe(2);
    expect((await store.getNodes('Position', [ids.hoaDeputy])).size).toBe(0);
    expect(await store.getEdges('ATTENDED', 'in', [ids.conference])).toHaveLength(1);
    const holds = await store.getEdges('HOLDS', 'out', [ids.dong]);
    expect(holds[0].sources).toHaveLength(2);
    expect(await store.getEdges('ATTENDED', 'in', [ids.workingSession])).toHaveLength(2);
    expect((await store.counts()).Article).toBe(2);
  });

  it('replaces an article whose text changed even without replace', async () => {
    const { store } = ref;
    await store.saveArticle(articleA(), TEXT_A);
    const text = `${TEXT_A} Hội nghị kết thúc lúc 17 giờ.`;
    const changed = articleA(text);
    changed.article.id = articleA().article.id; // the same url
    expect(await store.saveArticle(changed, text)).toBe('replaced');
    expect(await store.getArticleText(changed.article.id)).toBe(text);
    expect((await store.counts()).Person).toBe(2);
    expect((await store.search('do thi hoa', ['Person'], 5)).map((h) => h.node.id)).toEqual([ids.hoa]);
    expect((await store.search('so ket', ['Article'], 5)).map((h) => h.node.id)).toEqual([changed.article.id]);
  });

  it('writes nothing of an article whose save fails midway', async () => {
    const { store } = ref;
    const bad = articleB();
    bad.citations.push({ fromId: ids.workingSession, documentId: 'doc_unknown', source: bad.documents[0].source });
    await expect(store.saveArticle(bad, TEXT_B)).rejects.toBeInstanceOf(StoreError);
    expect(Object.values(await store.counts()).every((n) => n === 0)).toBe(true);
    await store.saveArticle(articleA(), TEXT_A);
    const before = await store.counts();
    const badA = articleA();
    badA.foundings.push({ organizationId: 'org_unknown', documentId: ids.decision, source: badA.documents[0].source });
    await expect(store.saveArticle(badA, TEXT_A, { replace: true })).rejects.toBeInstanceOf(StoreError);
    expect(await store.counts()).toEqual(before);
    expect(await store.getEdges('HOLDS', 'out', [ids.dong, ids.hoa])).toHaveLength(2);
  });

  it('writes nothing when the engine itself fails midway', async () => {
    const { store } = ref;
    const bad = articleB();
    // Nodes go in first; this span, not a number, makes the engine reject the edges after them.
    (bad.documents[0].source as { start: unknown }).start = 'not a number';
    await expect(store.saveArticle(bad, TEXT_B)).rejects.toBeInstanceOf(StoreError);
    expect(Object.values(await store.counts()).every((n) => n === 0)).toBe(true);
    expect(await store.saveArticle(articleB(), TEXT_B)).toBe('created'); // and the store still works
  });

  it('deletes an article with the facts only it stated', async () => {
    const { store } = ref;
    await saveBoth(store);
    const b = articleB().article.id;
    expect(await store.deleteArticle(b)).toBe(true);
    expect(await store.deleteArticle(b)).toBe(false);
    expect((await store.getNodes('Person', [ids.minh, ids.dong])).has(ids.minh)).toBe(false);
    expect((await store.getAnyNodes([ids.front, ids.workingSession, ids.plan, b])).size).toBe(0);
    expect((await store.getEdges('HOLDS', 'out', [ids.dong]))[0].sources.map((s) => s.articleId)).toEqual([articleA().article.id]);
    expect(await store.counts()).toEqual({
      Person: 2, Organization: 2, AdminUnit: 2, Session: 1, LegalDocument: 1, Article: 1, Position: 2,
    });
  });
}

/** Sources with their quotes: a store may leave them to `getQuotes` (quote null). */
export async function quoteSources(store: GraphStore, sources: readonly SourceRecord[]): Promise<SourceRecord[]> {
  const quotes = await store.getQuotes(sources);
  return sources.map((s, i) => ({ ...s, quote: s.quote ?? quotes[i] }));
}

/** Edges whose sources carry their quotes. */
export async function withQuotes(store: GraphStore, edges: readonly EdgeRecord[]): Promise<EdgeRecord[]> {
  return Promise.all(edges.map(async (e) => ({ ...e, sources: await quoteSources(store, e.sources) })));
}

function spanOf(s: { start: number; end: number; text: string }) {
  return { quote: s.text, spanStart: s.start, spanEnd: s.end };
}
