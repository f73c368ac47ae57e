import { combinedBatches } from '../cypher/fact-rows';
import { articleRow, type WrittenBatch } from '../cypher/save-articles';
import type { GraphModel } from './graph-model';
import { entryOf } from './node-table';

/*
 * The model follows the store's writes once they commit, doing what the
 * shared save did to the engine (cypher/save-articles.ts) with the same
 * rows: clear what replaced articles stated (and the nodes left without a
 * mention), write the article nodes, add the nodes not there yet (a node
 * keeps its first name), add every relationship row.
 */

/** Applies a committed save to the model. */
export function applyWrite(m: GraphModel, w: WrittenBatch): void {
  if (w.writes.length === 0) return;
  for (const id of w.replaced) clearArticleFacts(m, id);
  for (const { facts, text } of w.writes) {
    const entry = entryOf('Article', articleRow(facts, text, w.now));
    if (w.replaced.has(facts.article.id)) m.replaceNode(entry);
    else m.addNode(entry);
  }
  const { nodes, edges } = combinedBatches(w.writes.map((x) => x.facts));
  for (const batch of nodes) for (const row of batch.rows) m.addNode(entryOf(batch.label, row));
  for (const batch of edges) {
    for (const r of batch.rows) {
      const added = m.addEdge({
        type: batch.type, from: r.from, to: r.to, article: r.article, spanStart: r.spanStart, spanEnd: r.spanEnd,
        role: batch.type === 'TOOK_PART' ? r.role : null,
      });
      // The store checked every end before it committed: a miss here means the model lost step with it.
      if (!added) throw new Error(`read model: a committed ${batch.type} fact of ${r.article} names a node the model lacks`);
    }
  }
}

/** Applies a committed deletion: the article's facts, the nodes only it named, the article. */
export function applyDelete(m: GraphModel, articleId: string): void {
  clearArticleFacts(m, articleId);
  const index = m.nodes.indexOf(articleId);
  if (index !== undefined) m.removeNode(index);
}

/**
 * Removes every relationship row the article states, then the nodes those
 * rows touched that no article mentions any more, with whatever still
 * touches them (the engine's DETACH DELETE of orphans).
 */
function clearArticleFacts(m: GraphModel, articleId: string): void {
  const article = m.nodes.indexOf(articleId);
  if (article === undefined) return;
  const touched = new Set<number>();
  for (const r of m.edges.ofArticle(article)) {
    touched.add(m.edges.fromOf(r));
    touched.add(m.edges.toOf(r));
    m.edges.remove(r);
  }
  touched.delete(article);
  for (const node of touched) {
    const entry = m.nodes.entry(node);
    if (entry && entry.record.label !== 'Article' && !m.edges.hasIn(node, 'STATES')) m.removeNode(node);
  }
}
