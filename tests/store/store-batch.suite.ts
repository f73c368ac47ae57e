import { NODE_LABELS } from '../../src/domain/kinds';
import { RELATION_TYPES } from '../../src/domain/relations';
import type { GraphStore } from '../../src/store/store.port';
import { StoreError } from '../../src/store/store.port';
import { articleA, articleB, ids, TEXT_A, TEXT_B } from './fixtures';
import type { StoreRef } from './store.suite';

/** Everything a reader can see of the store, but the clock (`ingestedAt`). */
async function snapshot(store: GraphStore): Promise<unknown> {
  const nodes = [];
  for (const label of NODE_LABELS) {
    for (const n of await store.scanNodes(label, null, 1000)) nodes.push({ ...n, ingestedAt: undefined });
  }
  const nodeIds = nodes.map((n) => n.id);
  const edges: Record<string, unknown> = {};
  for (const type of RELATION_TYPES) edges[type] = nodeIds.length > 0 ? await store.getEdges(type, 'out', nodeIds) : [];
  const search = (await store.search('loc binh', NODE_LABELS, 50)).map((h) => h.node.id).sort();
  return { counts: await store.counts(), nodes, edges, search };
}

const isEmpty = async (store: GraphStore): Promise<boolean> => Object.values(await store.counts()).every((n) => n === 0);

/** A version of article A with a new sentence (same url: the same article id, another content hash). */
function changedA() {
  const text = `${TEXT_A} Hội nghị kết thúc lúc 17 giờ.`;
  const facts = articleA(text);
  facts.article.id = articleA().article.id;
  return { facts, text };
}

/** Saving several articles in one transaction (saveArticles). */
export function defineBatchTests(ref: StoreRef): void {
  it('saves a batch as saving its articles one by one would', async () => {
    const { store } = ref;
    expect(await store.saveArticles([{ facts: articleA(), text: TEXT_A }, { facts: articleB(), text: TEXT_B }])).toEqual(['created', 'created']);
    const batched = await snapshot(store);
    for (const id of [articleA().article.id, articleB().article.id]) await store.deleteArticle(id);
    expect(await isEmpty(store)).toBe(true);
    await store.saveArticle(articleA(), TEXT_A);
    await store.saveArticle(articleB(), TEXT_B);
    expect(batched).toEqual(await snapshot(store));
    expect((await store.getEdges('HOLDS', 'out', [ids.dong]))[0].sources).toHaveLength(2);
    expect(await store.saveArticles([])).toEqual([]);
  });

  it('writes nothing of a batch with one bad article', async () => {
    const { store } = ref;
    const bad = articleB();
    bad.citations.push({ fromId: ids.workingSession, documentId: 'doc_unknown', source: bad.documents[0].source });
    await expect(store.saveArticles([{ facts: articleA(), text: TEXT_A }, { facts: bad, text: TEXT_B }])).rejects.toThrow(
      new RegExp(`article ${bad.article.id}: a CITES fact`),
    );
    expect(await isEmpty(store)).toBe(true);
    await store.saveArticle(articleA(), TEXT_A);
    const before = await snapshot(store);
    const { facts, text } = changedA();
    await expect(store.saveArticles([{ facts, text }, { facts: bad, text: TEXT_B }])).rejects.toBeInstanceOf(StoreError);
    expect(await snapshot(store)).toEqual(before);
    expect(await store.getArticleText(facts.article.id)).toBe(TEXT_A);
  });

  it('writes an article met twice in a batch once', async () => {
    const { store } = ref;
    const a = { facts: articleA(), text: TEXT_A };
    expect(await store.saveArticles([a, a])).toEqual(['created', 'unchanged']);
    const once = await snapshot(store);
    expect((await store.getMentions([ids.dong])).get(ids.dong)).toHaveLength(1);
    expect(await store.saveArticles([a, a], { replace: true })).toEqual(['replaced', 'replaced']);
    expect(await snapshot(store)).toEqual(once);
    const changed = changedA();
    expect(await store.saveArticles([a, changed, a])).toEqual(['unchanged', 'replaced', 'replaced']);
    expect(await store.getArticleText(a.facts.article.id)).toBe(TEXT_A);
    expect(await snapshot(store)).toEqual(once);
  });

  it('replaces in a batch only the articles it holds', async () => {
    const { store } = ref;
    await store.saveArticles([{ facts: articleA(), text: TEXT_A }, { facts: articleB(), text: TEXT_B }]);
    const changed = changedA();
    changed.facts.persons = changed.facts.persons.filter((p) => p.id !== ids.hoa);
    changed.facts.positions = changed.facts.positions.filter((p) => p.personId !== ids.hoa);
    changed.facts.sessions[0].participantIds = [ids.dong];
    expect(await store.saveArticles([changed, { facts: articleB(), text: TEXT_B }])).toEqual(['replaced', 'unchanged']);
    expect(await store.getArticleText(changed.facts.article.id)).toBe(changed.text);
    expect((await store.getNodes('Person', [ids.hoa, ids.dong, ids.minh])).size).toBe(2);
    expect(await store.getEdges('ATTENDED', 'in', [ids.conference])).toHaveLength(1);
    expect(await store.getEdges('ATTENDED', 'in', [ids.workingSession])).toHaveLength(2);
    expect((await store.getEdges('HOLDS', 'out', [ids.dong]))[0].sources).toHaveLength(2);
    expect((await store.search('do thi hoa', ['Person'], 5))).toEqual([]);
    expect((await store.search('mttq', ['Organization'], 5)).map((h) => h.node.id)).toEqual([ids.front]);
  });
}
