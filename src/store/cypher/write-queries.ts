import { NODE_LABELS, type NodeLabel } from '../../domain/kinds';
import { RELATION_TYPES, type RelationType } from '../../domain/relations';
import type { EdgeBatch } from './fact-rows';
import { cypher, unionAll, type CypherQuery, type Row } from './query';

/*
 * Every write takes a batch of rows (one save may hold many articles), and
 * looks nodes up in one shape: `UNWIND $xs AS x WITH x.key AS k ... MATCH
 * (n:L {id: k})`. Kùzu 0.11 plans that as one hash join over the label's
 * ids; a key read from a struct inside the MATCH (`{id: r.from}`) or
 * `n.id IN $list` instead becomes a cross product or a list scan per node,
 * whose cost is rows × nodes (minutes on a grown store).
 */

/**
 * Kùzu plans two unrelated MATCHes as a cross product of both labels; a
 * LIMIT that no batch reaches ends the first lookup before the second.
 */
const ONE_LOOKUP_AT_A_TIME = 'LIMIT 1000000000';

/** The stored articles among `ids`, to tell 'unchanged' from 'replaced'. */
export function findArticlesQuery(ids: readonly string[]): CypherQuery {
  return cypher('UNWIND $ids AS i MATCH (a:Article {id: i}) RETURN a.id AS id, a.contentHash AS contentHash', { ids: [...ids] });
}

/** The stored article, to tell 'unchanged' from 'replaced'. */
export function findArticleQuery(id: string): CypherQuery {
  return findArticlesQuery([id]);
}

/** Which of these ids a label has already (their nodes keep their first name). */
export function existingIdsQuery(label: NodeLabel, ids: readonly string[]): CypherQuery {
  return cypher(`UNWIND $ids AS i MATCH (n:${label} {id: i}) RETURN n.id AS id`, { ids: [...ids] });
}

/**
 * The same question asked id by id, each branch a primary-key lookup: for a
 * few ids on a big label, far cheaper in Kùzu than the join, which reads
 * every id of the label whatever the list's length.
 */
export function existingIdsByKeyQuery(label: NodeLabel, ids: readonly string[]): CypherQuery {
  return unionAll(ids.map((id) => cypher(`MATCH (n:${label} {id: $id}) RETURN n.id AS id`, { id })));
}

/** How many nodes each label holds: what a lookup's cost is weighed by. */
export function labelSizesQuery(labels: readonly NodeLabel[]): CypherQuery {
  return unionAll(labels.map((label) => cypher(`MATCH (n:${label}) RETURN $label AS label, count(n) AS size`, { label })));
}

/**
 * Creates nodes that do not exist yet (the caller looked), every row with
 * the same keys, ids unique: a CREATE costs no lookup, where a MERGE joins
 * the whole label first.
 */
export function createNodesQuery(label: NodeLabel, rows: readonly Row[]): CypherQuery {
  const keys = Object.keys(rows[0] ?? { id: '' });
  return cypher(`UNWIND $rows AS r CREATE (n:${label} {${keys.map((k) => `${k}: r.${k}`).join(', ')}})`, { rows: [...rows] });
}

/** Overwrites stored articles' properties (a re-extraction may bring a new text or title). */
export function updateArticlesQuery(rows: readonly Row[]): CypherQuery {
  const sets = Object.keys(rows[0] ?? {}).filter((k) => k !== 'id').map((k) => `a.${k} = r.${k}`);
  return cypher(`UNWIND $rows AS r WITH r, r.id AS i MATCH (a:Article {id: i}) SET ${sets.join(', ')}`, { rows: [...rows] });
}

/**
 * Creates one edge per row, tagged with the row's stating article. Returns
 * the number created: fewer than the rows means a fact names a node that
 * does not exist, and the caller rolls back.
 */
export function createEdgesQuery(batch: EdgeBatch): CypherQuery {
  const role = batch.type === 'TOOK_PART' ? ', role: r.role' : '';
  return cypher(
    `UNWIND $rows AS r WITH r, r.from AS f MATCH (a:${batch.fromLabel} {id: f}) ` +
      `WITH a, r, r.to AS t ${ONE_LOOKUP_AT_A_TIME} MATCH (b:${batch.toLabel} {id: t}) ` +
      `CREATE (a)-[:${batch.type} {article: r.article, quote: r.quote, spanStart: r.spanStart, spanEnd: r.spanEnd${role}}]->(b) ` +
      'RETURN count(*) AS created',
    { rows: batch.rows.map(({ role: r, ...rest }) => (batch.type === 'TOOK_PART' ? { ...rest, role: r } : rest)) },
  );
}

/** One edge of a batch, both ends found by primary key: for a few edges on big labels (see existingIdsByKeyQuery). */
export function createEdgeByKeyQuery(batch: EdgeBatch, row: EdgeBatch['rows'][number]): CypherQuery {
  const role = batch.type === 'TOOK_PART' ? ', role: $role' : '';
  const { role: r, ...rest } = row;
  return cypher(
    `MATCH (a:${batch.fromLabel} {id: $from}), (b:${batch.toLabel} {id: $to}) ` +
      `CREATE (a)-[:${batch.type} {article: $article, quote: $quote, spanStart: $spanStart, spanEnd: $spanEnd${role}}]->(b) ` +
      'RETURN count(*) AS created',
    batch.type === 'TOOK_PART' ? { ...rest, role: r } : rest,
  );
}

/** Deletes the edges of one type these articles state, returning their end ids (orphan candidates). */
export function deleteArticleEdgesQuery(type: RelationType, articleIds: readonly string[]): CypherQuery {
  return cypher(
    `UNWIND $articles AS art MATCH (a)-[r:${type}]->(b) WHERE r.article = art DELETE r RETURN a.id AS fromId, b.id AS toId`,
    { articles: [...articleIds] },
  );
}

/** Every relationship type, STATES included: what replacing an article clears. */
export const ALL_RELATION_TYPES: readonly RelationType[] = RELATION_TYPES;

/** Deletes nodes of one label among `ids` that no article states any more. */
export function deleteOrphansQuery(label: NodeLabel, ids: readonly string[]): CypherQuery {
  return cypher(
    `UNWIND $ids AS i MATCH (n:${label} {id: i}) WHERE NOT EXISTS { MATCH (:Article)-[:STATES]->(n) } DETACH DELETE n`,
    { ids: [...ids] },
  );
}

/** Node labels that can be left orphaned (articles are deleted explicitly). */
export const ORPHAN_LABELS: readonly NodeLabel[] = NODE_LABELS.filter((l) => l !== 'Article');

/** Deletes an article node and anything still attached to it. */
export function deleteArticleNodeQuery(id: string): CypherQuery {
  return cypher('MATCH (a:Article {id: $id}) DETACH DELETE a', { id });
}
