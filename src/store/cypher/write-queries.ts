import { NODE_LABELS, type NodeLabel } from '../../domain/kinds';
import { RELATION_TYPES, type RelationType } from '../../domain/relations';
import type { EdgeBatch, NodeBatch } from './fact-rows';
import { cypher, type CypherQuery, type Row } from './query';

/** The stored article, to tell 'unchanged' from 'replaced'. */
export function findArticleQuery(id: string): CypherQuery {
  return cypher('MATCH (a:Article {id: $id}) RETURN a.contentHash AS contentHash', { id });
}

/** Creates or overwrites the Article node with its text (a re-extraction may bring a new text). */
export function upsertArticleQuery(props: Row & { id: string }): CypherQuery {
  const sets = Object.keys(props).filter((k) => k !== 'id').map((k) => `a.${k} = $${k}`);
  return cypher(`MERGE (a:Article {id: $id}) SET ${sets.join(', ')}`, props);
}

/** Which of these ids a label has already (their nodes keep their first name). */
export function existingIdsQuery(label: NodeLabel, ids: readonly string[]): CypherQuery {
  return cypher(`MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id`, { ids: [...ids] });
}

/**
 * MERGEs nodes by id; the other properties are set on creation only, so the
 * first article to name a thing gives it its name.
 */
export function mergeNodesQuery(batch: NodeBatch): CypherQuery {
  const keys = Object.keys(batch.rows[0] ?? { id: '' }).filter((k) => k !== 'id');
  const sets = keys.map((k) => `n.${k} = r.${k}`).join(', ');
  const onCreate = sets ? ` ON CREATE SET ${sets}` : '';
  return cypher(`UNWIND $rows AS r MERGE (n:${batch.label} {id: r.id})${onCreate}`, { rows: batch.rows });
}

/**
 * Creates one edge per row, tagged with the stating article. Returns the
 * number created: fewer than the rows means a fact names a node that does
 * not exist, and the caller rolls back.
 */
export function createEdgesQuery(batch: EdgeBatch, articleId: string): CypherQuery {
  const role = batch.type === 'TOOK_PART' ? ', role: r.role' : '';
  return cypher(
    `UNWIND $rows AS r MATCH (a:${batch.fromLabel} {id: r.from}) MATCH (b:${batch.toLabel} {id: r.to}) ` +
      `CREATE (a)-[:${batch.type} {article: $article, quote: r.quote, spanStart: r.spanStart, spanEnd: r.spanEnd${role}}]->(b) ` +
      'RETURN count(*) AS created',
    { rows: batch.rows.map(({ role: r, ...rest }) => (batch.type === 'TOOK_PART' ? { ...rest, role: r } : rest)), article: articleId },
  );
}

/** Deletes the edges of one type an article states, returning their end ids (orphan candidates). */
export function deleteArticleEdgesQuery(type: RelationType, articleId: string): CypherQuery {
  return cypher(`MATCH (a)-[r:${type}]->(b) WHERE r.article = $article DELETE r RETURN a.id AS fromId, b.id AS toId`, {
    article: articleId,
  });
}

/** Every relationship type, STATES included: what replacing an article clears. */
export const ALL_RELATION_TYPES: readonly RelationType[] = RELATION_TYPES;

/** Deletes nodes of one label among `ids` that no article states any more. */
export function deleteOrphansQuery(label: NodeLabel, ids: readonly string[]): CypherQuery {
  return cypher(
    `MATCH (n:${label}) WHERE n.id IN $ids AND NOT EXISTS { MATCH (:Article)-[:STATES]->(n) } DETACH DELETE n`,
    { ids: [...ids] },
  );
}

/** Node labels that can be left orphaned (articles are deleted explicitly). */
export const ORPHAN_LABELS: readonly NodeLabel[] = NODE_LABELS.filter((l) => l !== 'Article');

/** Deletes an article node and anything still attached to it. */
export function deleteArticleNodeQuery(id: string): CypherQuery {
  return cypher('MATCH (a:Article {id: $id}) DETACH DELETE a', { id });
}
