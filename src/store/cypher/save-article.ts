import type { ArticleFacts } from '../../domain/facts';
import { labelOfId } from '../../domain/ids';
import { StoreError, type SaveOptions, type SaveOutcome } from '../store.port';
import { dateKeys, edgeBatches, nodeBatches, type NodeBatch } from './fact-rows';
import type { CypherTx, SearchIndexer } from './runner';
import { foldSearchText } from './search-keys';
import {
  ALL_RELATION_TYPES, createEdgesQuery, existingIdsQuery, deleteArticleEdgesQuery, deleteArticleNodeQuery, deleteOrphansQuery,
  findArticleQuery, mergeNodesQuery, ORPHAN_LABELS, upsertArticleQuery,
} from './write-queries';

/**
 * Writes an article's facts inside the caller's transaction: unchanged when
 * the same text is stored already (unless replacing), else clears what the
 * article stated before and writes anew. Throws on a fact naming a node
 * that does not exist, so the transaction rolls back.
 */
export async function writeArticle(
  tx: CypherTx, facts: ArticleFacts, text: string, options: SaveOptions, indexer: SearchIndexer | null, now: Date,
): Promise<SaveOutcome> {
  const id = facts.article.id;
  const existing = await tx.run(findArticleQuery(id));
  if (existing.length > 0 && existing[0].contentHash === facts.article.contentHash && !options.replace) {
    return 'unchanged';
  }
  if (existing.length > 0) {
    await clearArticleFacts(tx, id);
    await indexer?.unindex(tx, 'Article', [id]); // its title may have changed
  }
  const a = facts.article;
  const searchText = foldSearchText(a.title ?? '');
  await tx.run(
    upsertArticleQuery({
      id, url: a.url, title: a.title, publishedAt: a.publishedAt, contentHash: a.contentHash,
      ingestedAt: now.toISOString(), text, ...dateKeys(a.publishedAt), searchText,
    }),
  );
  await indexer?.index(tx, 'Article', [{ id, searchText }]);
  for (const batch of nodeBatches(facts)) {
    if (batch.rows.length > 0) await mergeNodes(tx, batch, indexer);
  }
  for (const batch of edgeBatches(facts)) {
    if (batch.rows.length === 0) continue;
    const [row] = await tx.run(createEdgesQuery(batch, id));
    if (Number(row?.created ?? 0) !== batch.rows.length) {
      throw new StoreError(
        `article ${id}: a ${batch.type} fact (${batch.fromLabel} -> ${batch.toLabel}) names a node that does not exist`,
      );
    }
  }
  return existing.length > 0 ? 'replaced' : 'created';
}

/** MERGEs a batch of nodes and indexes those it created (names never change after). */
async function mergeNodes(tx: CypherTx, batch: NodeBatch, indexer: SearchIndexer | null): Promise<void> {
  const ids = batch.rows.map((r) => String(r.id));
  const existing = new Set((await tx.run(existingIdsQuery(batch.label, ids))).map((r) => String(r.id)));
  await tx.run(mergeNodesQuery(batch));
  const created = batch.rows.filter((r) => !existing.has(String(r.id)));
  if (indexer && created.length > 0) {
    await indexer.index(tx, batch.label, created.map((r) => ({ id: String(r.id), searchText: String(r.searchText) })));
  }
}

/**
 * Removes every edge the article states (STATES included), then the nodes
 * those edges touched that no article states any more.
 */
export async function clearArticleFacts(tx: CypherTx, articleId: string): Promise<void> {
  const touched = new Set<string>();
  for (const type of ALL_RELATION_TYPES) {
    for (const r of await tx.run(deleteArticleEdgesQuery(type, articleId))) {
      touched.add(String(r.fromId));
      touched.add(String(r.toId));
    }
  }
  touched.delete(articleId);
  for (const label of ORPHAN_LABELS) {
    const ids = [...touched].filter((t) => labelOfId(t) === label || labelOfId(t) === null);
    if (ids.length > 0) await tx.run(deleteOrphansQuery(label, ids));
  }
}

/** Deletes an article with every fact only it stated; false when it is not stored. */
export async function removeArticle(tx: CypherTx, articleId: string): Promise<boolean> {
  const existing = await tx.run(findArticleQuery(articleId));
  if (existing.length === 0) return false;
  await clearArticleFacts(tx, articleId);
  await tx.run(deleteArticleNodeQuery(articleId));
  return true;
}
