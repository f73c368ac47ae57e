import { NODE_LABELS } from '../../src/domain/kinds';
import { RELATION_TYPES } from '../../src/domain/relations';
import { createStore } from '../../src/store/create-store';

/** What a store holds, in a form two stores can be compared by: facts grouped by the article stating them. */
export interface StoreFacts {
  articleIds: string[];
  /** articleId -> sorted fact signatures (type, ends, role, quote, span). */
  factsByArticle: Map<string, string[]>;
  /** Ids of every node but articles. */
  nodeIds: string[];
  counts: Record<string, number>;
}

/** Reads every node and relationship row of an embedded store through the port's scans. */
export async function readStoreFacts(dataDir: string): Promise<StoreFacts> {
  const store = await createStore({ backend: 'embedded', dataDir });
  try {
    const ids: Record<string, string[]> = {};
    for (const label of NODE_LABELS) {
      ids[label] = [];
      for (let after: string | null = null; ;) {
        const page: Array<{ id: string }> = await store.scanNodes(label, after, 1000);
        ids[label].push(...page.map((n) => n.id));
        if (page.length < 1000) break;
        after = page[page.length - 1].id;
      }
    }
    const factsByArticle = new Map<string, string[]>(ids.Article.map((id) => [id, []]));
    for (const type of RELATION_TYPES) {
      for (let offset = 0; ; offset += 1000) {
        const rows = await store.scanEdges(type, offset, 1000);
        for (const r of rows) {
          const list = factsByArticle.get(r.source.articleId) ?? [];
          list.push([type, r.fromId, r.toId, r.role ?? '', r.source.quote, r.source.spanStart, r.source.spanEnd].join('|'));
          factsByArticle.set(r.source.articleId, list);
        }
        if (rows.length < 1000) break;
      }
    }
    for (const list of factsByArticle.values()) list.sort();
    const nodeIds = NODE_LABELS.filter((l) => l !== 'Article').flatMap((l) => ids[l]).sort();
    return { articleIds: ids.Article.sort(), factsByArticle, nodeIds, counts: await store.counts() };
  } finally {
    await store.close();
  }
}
