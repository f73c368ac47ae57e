import { NODE_LABELS, type NodeLabel } from '../../domain/kinds';
import { RELATIONS, type RelationType } from '../../domain/relations';
import { projectRecord } from './node-fields';
import { cypher, unionAll, type CypherQuery } from './query';

/** Nodes of one label by id, as record fields. */
export function nodesByIdQuery(label: NodeLabel, ids: readonly string[]): CypherQuery {
  return cypher(`MATCH (n:${label}) WHERE n.id IN $ids RETURN ${projectRecord(label)}`, { ids: [...ids] });
}

const EDGE_COLUMNS =
  'a.id AS fromId, b.id AS toId, r.role AS role, r.article AS articleId, r.quote AS quote, ' +
  'r.spanStart AS spanStart, r.spanEnd AS spanEnd';

/**
 * The rows (one per stating article) of one relationship type touching the
 * given nodes. One UNION branch per pair of end labels, so each MATCH is
 * anchored on a labelled, indexed id.
 */
export function edgesQuery(
  type: RelationType, direction: 'out' | 'in', ids: readonly string[], articleId?: string,
): CypherQuery {
  const anchor = direction === 'out' ? 'a' : 'b';
  const byArticle = articleId === undefined ? '' : ' AND r.article = $article';
  const branches = RELATIONS[type].map(([from, to]) =>
    cypher(
      `MATCH (a:${from})-[r:${type}]->(b:${to}) WHERE ${anchor}.id IN $ids${byArticle} RETURN ${EDGE_COLUMNS}`,
      articleId === undefined ? { ids: [...ids] } : { ids: [...ids], article: articleId },
    ),
  );
  return branches.length === 1 ? branches[0] : unionAll(branches);
}

/** STATES rows pointing at the given nodes. */
export function mentionsQuery(ids: readonly string[]): CypherQuery {
  return edgesQuery('STATES', 'in', ids);
}

/** Ids of one label an article states, in order of first mention. */
export function articleNodeIdsQuery(articleId: string, label: NodeLabel): CypherQuery {
  return cypher(
    `MATCH (a:Article {id: $article})-[r:STATES]->(n:${label}) ` +
      'RETURN n.id AS id, min(r.spanStart) AS firstStart ORDER BY firstStart, id',
    { article: articleId },
  );
}

/** The stored text of an article. */
export function articleTextQuery(id: string): CypherQuery {
  return cypher('MATCH (a:Article {id: $id}) RETURN a.text AS text', { id });
}

/** Node counts of every label, one row each (`label`, `nodeCount`). */
export function countsQuery(): CypherQuery {
  return unionAll(NODE_LABELS.map((l) => cypher(`MATCH (n:${l}) RETURN '${l}' AS label, count(n) AS nodeCount`)));
}

/** Nodes of one label in id order after `afterId`. */
export function scanNodesQuery(label: NodeLabel, afterId: string | null, limit: number): CypherQuery {
  return afterId === null
    ? cypher(`MATCH (n:${label}) RETURN ${projectRecord(label)} ORDER BY id LIMIT $limit`, { limit })
    : cypher(`MATCH (n:${label}) WHERE n.id > $after RETURN ${projectRecord(label)} ORDER BY id LIMIT $limit`, {
        after: afterId, limit,
      });
}

/** Relationship rows of one type in a stable order (ends, role, article, span). */
export function scanEdgesQuery(type: RelationType, offset: number, limit: number): CypherQuery {
  return cypher(
    `MATCH (a)-[r:${type}]->(b) RETURN ${EDGE_COLUMNS} ` +
      'ORDER BY fromId, toId, role, articleId, spanStart, spanEnd SKIP $offset LIMIT $limit',
    { offset, limit },
  );
}
