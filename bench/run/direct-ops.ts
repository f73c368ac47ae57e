import type { NodeLabel } from '../../src/domain/kinds';
import type { RelationType } from '../../src/domain/relations';
import type { EdgeRecord } from '../../src/store/records';
import type { GraphStore } from '../../src/store/store.port';

/**
 * The store port calls a resolver tree makes for each benchmarked operation,
 * level by level as the request's loaders batch them (one call per relation
 * and direction per level, one node fetch per level), without GraphQL or HTTP.
 * Comparing these with the HTTP figures shows what the API layer costs.
 */
export type DirectOperation = (store: GraphStore, variables: Record<string, unknown>) => Promise<unknown>;

const SEARCHED: NodeLabel[] = ['Person', 'Organization', 'AdminUnit', 'LegalDocument', 'Session'];

type Hop = [RelationType, 'out' | 'in'];

/**
 * One level: the relations of `ids` in parallel, each with the records of
 * the nodes at its far ends (as the edges loader primes the node loader).
 */
async function expand(store: GraphStore, ids: readonly string[], hops: readonly Hop[]): Promise<{ edges: EdgeRecord[][]; ends: string[][] }> {
  if (ids.length === 0) return { edges: hops.map(() => []), ends: hops.map(() => []) };
  const read = await Promise.all(hops.map(([type, dir]) => store.getEdgesWithEnds(type, dir, ids)));
  const edges = read.map((r) => r.edges);
  const ends = edges.map((list, i) => [...new Set(list.map((e) => (hops[i][1] === 'out' ? e.toId : e.fromId)))]);
  return { edges, ends };
}

/** Publication days of the articles stating each node (`attestedOn`). */
async function attested(store: GraphStore, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const mentions = await store.getMentions(ids);
  const articles = [...new Set([...mentions.values()].flat().map((m) => m.articleId))];
  if (articles.length) await store.getNodes('Article', articles);
}

export const DIRECT: Record<string, DirectOperation> = {
  async ArticleFacts(store, v) {
    const id = String(v.id);
    await store.getNodes('Article', [id]);
    const labels: NodeLabel[] = ['Position', 'Session', 'LegalDocument', 'Organization'];
    const [, nodes] = await Promise.all([
      store.getEdgesWithEnds('WROTE', 'in', [id]),
      store.getArticleNodes(id, labels),
    ]);
    const [positions, sessions, documents, organizations] = labels.map((l) => (nodes.get(l) ?? []).map((n) => n.id));
    await Promise.all([
      expand(store, positions, [['HOLDS', 'in'], ['IN_ORGANIZATION', 'out']]),
      expand(store, sessions, [['CHAIRED', 'in'], ['ATTENDED', 'in'], ['TOOK_PART', 'in']]),
      expand(store, documents, [['ISSUED', 'in']]),
      expand(store, organizations, [['FOUNDED', 'in']]),
    ]);
  },

  async WhoChaired(store, v) {
    const page = await store.listSessions({ from: v.from as string, to: v.to as string }, { first: 100 });
    await expand(store, page.items.map((i) => i.node.id), [['CHAIRED', 'in']]);
  },

  async FoundingDecision(store, v) {
    const page = await store.listDocuments({ number: String(v.number) }, { first: 20, withoutTotal: true });
    await expand(store, page.items.map((i) => i.node.id), [['ISSUED', 'in'], ['FOUNDED', 'out']]);
  },

  async FindPeople(store, v) {
    const page = await store.listPeople({ search: String(v.text) }, { first: 20, withoutTotal: true });
    const { ends } = await expand(store, page.items.map((i) => i.node.id), [['HOLDS', 'out']]);
    await expand(store, ends[0], [['IN_ORGANIZATION', 'out']]);
  },

  async Search(store, v) {
    await store.search(String(v.text), SEARCHED, 20);
  },

  async PersonProfile(store, v) {
    const id = String(v.id);
    await store.getNodes('Person', [id]);
    const { ends } = await expand(store, [id], [['HOLDS', 'out'], ['CHAIRED', 'out'], ['ATTENDED', 'out']]);
    await Promise.all([expand(store, ends[0], [['IN_ORGANIZATION', 'out']]), attested(store, ends[0])]);
  },

  async OfficeHolders(store, v) {
    // positionAttestation: each position's mentions and their articles, its holders,
    // the sessions the holders attended (read with the holders, as the loaders batch them).
    const { ends } = await expand(store, [String(v.organizationId)], [['IN_ORGANIZATION', 'in']]);
    const [, holders] = await Promise.all([attested(store, ends[0]), expand(store, ends[0], [['HOLDS', 'in']])]);
    if (holders.ends[0].length) await store.getEdgesWithEnds('ATTENDED', 'out', holders.ends[0]);
  },

  async Connection(store, v) {
    await store.shortestPaths(String(v.from), String(v.to), 4, 3);
  },
};
