import type { ArticleFacts } from '../../domain/facts';
import { labelOfId } from '../../domain/ids';
import type { NodeLabel } from '../../domain/kinds';
import { StoreError, type SaveItem, type SaveOptions, type SaveOutcome } from '../store.port';
import { combinedBatches, dateKeys, type EdgeBatch, type NodeBatch } from './fact-rows';
import type { Row } from './query';
import type { CypherTx } from './runner';
import { foldSearchText } from './search-keys';
import { JOINED, type LookupPlan, type LookupPlanner } from './lookup-plan';
import {
  ALL_RELATION_TYPES, createEdgeByKeyQuery, createEdgesQuery, createNodesQuery, deleteArticleEdgesQuery, deleteArticleNodeQuery, deleteOrphansQuery,
  existingIdsByKeyQuery, existingIdsQuery, findArticleQuery, findArticlesQuery, ORPHAN_LABELS, updateArticlesQuery,
} from './write-queries';

/** What a batch writes: the outcome of each item, the last version of each article to write, and which were stored. */
interface BatchPlan { outcomes: SaveOutcome[]; writes: SaveItem[]; replaced: Set<string> }

/** What a committed save wrote, for whoever keeps a copy of the graph (the embedded store's read model). */
export interface WrittenBatch extends BatchPlan {
  /** The `ingestedAt` of the articles written. */
  now: Date;
}

/**
 * The outcomes as if the items were saved one after another: an article
 * stored (or met earlier in the batch) with the same content hash is
 * 'unchanged' unless replacing. Only the last written version of each
 * article is written, once.
 */
export function planBatch(items: readonly SaveItem[], stored: ReadonlyMap<string, string>, replace: boolean): BatchPlan {
  const hashes = new Map(stored);
  const latest = new Map<string, SaveItem>();
  const outcomes = items.map((item): SaveOutcome => {
    const { id, contentHash } = item.facts.article;
    const before = hashes.get(id);
    if (before === contentHash && !replace) return 'unchanged';
    hashes.set(id, contentHash);
    latest.set(id, item);
    return before === undefined ? 'created' : 'replaced';
  });
  return { outcomes, writes: [...latest.values()], replaced: new Set([...latest.keys()].filter((id) => stored.has(id))) };
}

/**
 * Writes several articles' facts inside the caller's transaction, with
 * about as many statements as one article needs: rows of every article are
 * joined by label and relationship type. Clears what replaced articles
 * stated first (Kùzu 0.11 mishandles deleting edges of a node created
 * earlier in the transaction). Throws on a fact naming a node that does
 * not exist, so the transaction rolls back.
 */
export async function writeArticles(
  tx: CypherTx, items: readonly SaveItem[], options: SaveOptions, now: Date, planner?: LookupPlanner,
): Promise<WrittenBatch> {
  const ids = [...new Set(items.map((i) => i.facts.article.id))];
  const stored = ids.length ? new Map((await tx.run(findArticlesQuery(ids))).map((r) => [String(r.id), String(r.contentHash)])) : new Map<string, string>();
  const plan = planBatch(items, stored, options.replace ?? false);
  if (plan.writes.length === 0) return { ...plan, now };
  if (plan.replaced.size > 0) await clearArticleFacts(tx, [...plan.replaced]);
  await writeArticleNodes(tx, plan, now);
  const { nodes, edges } = combinedBatches(plan.writes.map((w) => w.facts));
  const foreign = foreignEndpoints(nodes, edges, plan.writes);
  // A few articles name few nodes: weighed against the labels' sizes, key lookups may read far less than joins.
  const lookups = planner && plan.writes.length <= FEW_ARTICLES ? await planner(tx) : JOINED;
  for (const batch of nodes) await createMissingNodes(tx, batch, foreign.get(batch.label) ?? [], lookups);
  for (const [label, endpoints] of foreign) {
    if (!nodes.some((b) => b.label === label)) await assertExist(tx, label, endpoints, lookups);
  }
  for (const batch of edges) await createEdges(tx, batch, lookups);
  return { ...plan, now };
}

/** Saves of more articles than this always join: their lists are long. */
const FEW_ARTICLES = 10;

/** Which of `ids` a label holds, by the plan's way. */
async function existingIds(tx: CypherTx, label: NodeLabel, ids: readonly string[], lookups: LookupPlan): Promise<Set<string>> {
  const query = lookups.idsByKey(label, ids.length) ? existingIdsByKeyQuery(label, ids) : existingIdsQuery(label, ids);
  return new Set((await tx.run(query)).map((r) => String(r.id)));
}

/** Creates the new Article nodes and overwrites the replaced ones. */
async function writeArticleNodes(tx: CypherTx, plan: BatchPlan, now: Date): Promise<void> {
  const rows = plan.writes.map((w) => articleRow(w.facts, w.text, now));
  const fresh = rows.filter((r) => !plan.replaced.has(r.id));
  const old = rows.filter((r) => plan.replaced.has(r.id));
  if (fresh.length > 0) await tx.run(createNodesQuery('Article', fresh));
  if (old.length > 0) await tx.run(updateArticlesQuery(old));
}

/** The stored row of an article node (its text included). */
export function articleRow(f: ArticleFacts, text: string, now: Date): Row & { id: string; searchText: string } {
  const a = f.article;
  return {
    id: a.id, url: a.url, title: a.title, publishedAt: a.publishedAt, contentHash: a.contentHash,
    ingestedAt: now.toISOString(), text, ...dateKeys(a.publishedAt), searchText: foldSearchText(a.title ?? ''),
  };
}

/**
 * Edge ends the batch does not write itself, by label, each with the
 * article naming it: they must be stored already. (Facts from extraction
 * name only their own nodes, so this is usually empty.)
 */
function foreignEndpoints(nodes: readonly NodeBatch[], edges: readonly EdgeBatch[], writes: readonly SaveItem[]): Map<NodeLabel, Endpoint[]> {
  const own = new Map<NodeLabel, Set<unknown>>(nodes.map((b) => [b.label, new Set(b.rows.map((r) => r.id))]));
  own.set('Article', new Set(writes.map((w) => w.facts.article.id)));
  const foreign = new Map<NodeLabel, Map<string, Endpoint>>();
  const note = (label: NodeLabel, id: string, batch: EdgeBatch, article: string): void => {
    if (own.get(label)?.has(id)) return;
    if (!foreign.has(label)) foreign.set(label, new Map());
    if (!foreign.get(label)!.has(id)) foreign.get(label)!.set(id, { id, article, batch });
  };
  for (const batch of edges) {
    for (const r of batch.rows) {
      note(batch.fromLabel, r.from, batch, r.article);
      note(batch.toLabel, r.to, batch, r.article);
    }
  }
  return new Map([...foreign].map(([label, byId]) => [label, [...byId.values()]]));
}

interface Endpoint { id: string; article: string; batch: EdgeBatch }

/** Looks up which of the batch's nodes (and foreign edge ends) exist and creates the others: a node keeps its first name. */
async function createMissingNodes(tx: CypherTx, batch: NodeBatch, foreign: readonly Endpoint[], lookups: LookupPlan): Promise<void> {
  const ids = [...batch.rows.map((r) => String(r.id)), ...foreign.map((e) => e.id)];
  if (ids.length === 0) return; // Kùzu cannot type an empty list parameter
  const existing = await existingIds(tx, batch.label, ids, lookups);
  throwIfMissing(foreign, existing);
  const created = batch.rows.filter((r) => !existing.has(String(r.id)));
  if (created.length > 0) await tx.run(createNodesQuery(batch.label, created));
}

async function assertExist(tx: CypherTx, label: NodeLabel, endpoints: readonly Endpoint[], lookups: LookupPlan): Promise<void> {
  if (endpoints.length === 0) return;
  const existing = await existingIds(tx, label, endpoints.map((e) => e.id), lookups);
  throwIfMissing(endpoints, existing);
}

function throwIfMissing(endpoints: readonly Endpoint[], existing: ReadonlySet<string>): void {
  const missing = endpoints.find((e) => !existing.has(e.id));
  if (missing) {
    const { type, fromLabel, toLabel } = missing.batch;
    throw new StoreError(`article ${missing.article}: a ${type} fact (${fromLabel} -> ${toLabel}) names a node that does not exist`);
  }
}

/** Creates one batch of edges; every end was checked, so a shortfall means a label mix-up: roll back. */
async function createEdges(tx: CypherTx, batch: EdgeBatch, lookups: LookupPlan): Promise<void> {
  let created = 0;
  if (lookups.edgesByKey(batch)) {
    for (const r of batch.rows) created += Number((await tx.run(createEdgeByKeyQuery(batch, r)))[0]?.created ?? 0);
  } else created = Number((await tx.run(createEdgesQuery(batch)))[0]?.created ?? 0);
  if (created !== batch.rows.length) {
    const articles = [...new Set(batch.rows.map((r) => r.article))];
    throw new StoreError(
      `article ${articles.length === 1 ? articles[0] : `(one of ${articles.length})`}: a ${batch.type} fact ` +
        `(${batch.fromLabel} -> ${batch.toLabel}) names a node that does not exist`,
    );
  }
}

/**
 * Removes every edge the articles state (STATES included), then the nodes
 * those edges touched that no article states any more.
 */
export async function clearArticleFacts(tx: CypherTx, articleIds: readonly string[]): Promise<void> {
  const touched = new Set<string>();
  for (const type of ALL_RELATION_TYPES) {
    for (const r of await tx.run(deleteArticleEdgesQuery(type, articleIds))) {
      touched.add(String(r.fromId));
      touched.add(String(r.toId));
    }
  }
  for (const id of articleIds) touched.delete(id);
  for (const label of ORPHAN_LABELS) {
    const ids = [...touched].filter((t) => labelOfId(t) === label || labelOfId(t) === null);
    if (ids.length > 0) await tx.run(deleteOrphansQuery(label, ids));
  }
}

/** Deletes an article with every fact only it stated; false when it is not stored. */
export async function removeArticle(tx: CypherTx, articleId: string): Promise<boolean> {
  const existing = await tx.run(findArticleQuery(articleId));
  if (existing.length === 0) return false;
  await clearArticleFacts(tx, [articleId]);
  await tx.run(deleteArticleNodeQuery(articleId));
  return true;
}
