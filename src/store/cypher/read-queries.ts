import { labelOfId } from '../../domain/ids';
import { NODE_LABELS, type NodeLabel } from '../../domain/kinds';
import { RELATIONS, type RelationType } from '../../domain/relations';
import { projectRecord, RECORD_FIELDS } from './node-fields';
import { cypher, unionAll, type CypherQuery } from './query';

/**
 * Most ids one lookup statement takes; longer lists are split. Each id is
 * its own UNION ALL branch `MATCH (n:L {id: $id3})`, which Kùzu 0.11 answers
 * from the primary-key index; `n.id IN $ids` or `UNWIND $ids` scan the
 * whole label instead (100k articles, 10 sessions: 0.3 ms a branch against
 * 20-30 ms a scan, and the scan grows with the graph).
 */
export const IDS_PER_LOOKUP = 32;

/**
 * The branch counts a lookup statement comes in (its ids padded with ''
 * that no node has), so a few prepared statements serve every list length.
 */
function paddedLength(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return Math.min(size, Math.max(n, IDS_PER_LOOKUP));
}

/** Splits ids into lists of at most IDS_PER_LOOKUP. */
export function lookupChunks(ids: readonly string[]): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_LOOKUP) chunks.push(ids.slice(i, i + IDS_PER_LOOKUP));
  return chunks;
}

/** One UNION ALL branch per id (padded), each anchored on the primary key `$id<i>`. */
function perIdUnion(ids: readonly string[], branch: (param: string) => string, extra: Record<string, unknown> = {}): CypherQuery {
  const padded = [...ids, ...Array<string>(paddedLength(ids.length) - ids.length).fill('')];
  const params: Record<string, unknown> = { ...extra };
  const texts = padded.map((id, i) => {
    params[`id${i}`] = id;
    return branch(`$id${i}`);
  });
  return cypher(texts.join('\nUNION ALL\n'), params);
}

/** Nodes of one label by id (at most IDS_PER_LOOKUP), as record fields. */
export function nodesByIdQuery(label: NodeLabel, ids: readonly string[]): CypherQuery {
  if (ids.length > IDS_PER_LOOKUP) throw new Error(`nodesByIdQuery takes at most ${IDS_PER_LOOKUP} ids (split them with lookupChunks)`);
  return perIdUnion(ids, (p) => `MATCH (n:${label} {id: ${p}}) RETURN ${projectRecord(label)}`);
}

const EDGE_COLUMNS =
  'a.id AS fromId, b.id AS toId, r.role AS role, r.article AS articleId, r.quote AS quote, ' +
  'r.spanStart AS spanStart, r.spanEnd AS spanEnd';

/**
 * Up to this many anchor ids, an edge lookup anchors each id on the
 * primary key (one branch each); past it, one scan of the anchor label
 * costs less than the branches. Measured on 100k articles (CHAIRED into
 * sessions): 10 ids 15 ms as branches, 28 ms as a scan; 32 ids 68 against 50.
 */
export const EDGE_BRANCHES_MAX = 12;

/**
 * The rows (one per stating article) of one relationship type touching the
 * given nodes. One UNION branch per pair of end labels whose anchor label
 * can hold the ids (a stable id names its label), so each MATCH is
 * anchored on a labelled, indexed id; few ids get a branch each.
 */
export function edgesQuery(
  type: RelationType, direction: 'out' | 'in', ids: readonly string[], articleId?: string, withEnds = false,
): CypherQuery {
  const anchor = direction === 'out' ? 'a' : 'b';
  const labels = new Set(ids.map(labelOfId));
  const known = RELATIONS[type].filter(([from, to]) => labels.has(null) || labels.has(direction === 'out' ? from : to));
  const pairs = known.length > 0 ? known : RELATIONS[type]; // ids of no anchor label: nothing to find, any branch says so
  const byArticle = articleId === undefined ? null : 'r.article = $article';
  const article = articleId === undefined ? {} : { article: articleId };
  const branches = pairs.map(([from, to]) => {
    const anchorLabel = direction === 'out' ? from : to;
    const columns = withEnds ? `${EDGE_COLUMNS}, ${endColumns(direction === 'out' ? to : from, direction === 'out' ? 'b' : 'a')}` : EDGE_COLUMNS;
    const mine = known.length > 0 ? ids.filter((id) => [anchorLabel, null].includes(labelOfId(id))) : ids;
    if (mine.length <= EDGE_BRANCHES_MAX) {
      const pattern = (p: string) => (direction === 'out'
        ? `(a:${from} {id: ${p}})-[r:${type}]->(b:${to})` : `(a:${from})-[r:${type}]->(b:${to} {id: ${p}})`);
      return perIdUnion(mine, (p) => `MATCH ${pattern(p)}${byArticle ? ` WHERE ${byArticle}` : ''} RETURN ${columns}`, article);
    }
    return cypher(
      `MATCH (a:${from})-[r:${type}]->(b:${to}) WHERE ${anchor}.id IN $ids${byArticle ? ` AND ${byArticle}` : ''} RETURN ${columns}`,
      { ids: mine, ...article },
    );
  });
  return branches.length === 1 ? branches[0] : unionAll(branches);
}

/** The prefix of the far end's columns in an edge row read with its ends. */
export const END_PREFIX = 'end_';

/** `b.id AS end_id, b.name AS end_name`: the far end's record fields. */
function endColumns(label: NodeLabel, variable: string): string {
  return RECORD_FIELDS[label].map((f) => `${variable}.${f} AS ${END_PREFIX}${f}`).join(', ');
}

/**
 * The far-end label of a relationship type seen from `direction`, when it
 * has one (every pair ends there): only then can the rows carry its record.
 */
export function endLabelOf(type: RelationType, direction: 'out' | 'in'): NodeLabel | null {
  const labels = new Set(RELATIONS[type].map(([from, to]) => (direction === 'out' ? to : from)));
  return labels.size === 1 ? [...labels][0] : null;
}

/** Edge rows with the far end's record (`end_*` columns); the type must have one end label. */
export function edgesWithEndsQuery(type: RelationType, direction: 'out' | 'in', ids: readonly string[]): CypherQuery {
  if (!endLabelOf(type, direction)) throw new Error(`${type} ${direction} ends in several labels`);
  return edgesQuery(type, direction, ids, undefined, true);
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

/** How an engine names a node's label in Cypher, where the dialects differ. */
export interface LabelDialect {
  /** The label of `variable` as a string (Kùzu `label(n)`, Neo4j `labels(n)[0]`). */
  labelOf(variable: string): string;
  /** True when `variable` has one of `labels` (Kùzu `label(n) IN [...]`, Neo4j `n:A OR n:B`). */
  hasOneOf(variable: string, labels: readonly NodeLabel[]): string;
}

/**
 * The nodes of several labels an article states with their record fields
 * (the union of the labels' fields; a field another label lacks is null)
 * and their label as `nodeLabel`, in order of first mention.
 */
export function articleNodesQuery(articleId: string, labels: readonly NodeLabel[], dialect: LabelDialect): CypherQuery {
  const fields = [...new Set(labels.flatMap((l) => RECORD_FIELDS[l]))];
  return cypher(
    `MATCH (a:Article {id: $article})-[r:STATES]->(n) WHERE ${dialect.hasOneOf('n', labels)} ` +
      `WITH n, min(r.spanStart) AS firstStart RETURN ${dialect.labelOf('n')} AS nodeLabel, ` +
      `${fields.map((f) => `n.${f} AS ${f}`).join(', ')}, firstStart ORDER BY firstStart, id`,
    { article: articleId },
  );
}

/** The ids and texts of articles (at most IDS_PER_LOOKUP), each anchored on its primary key. */
export function articleTextsQuery(ids: readonly string[]): CypherQuery {
  if (ids.length > IDS_PER_LOOKUP) throw new Error(`articleTextsQuery takes at most ${IDS_PER_LOOKUP} ids (split them with lookupChunks)`);
  return perIdUnion(ids, (p) => `MATCH (a:Article {id: ${p}}) RETURN a.id AS id, a.text AS text`);
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
