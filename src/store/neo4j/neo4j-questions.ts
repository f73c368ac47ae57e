import { labelOfId } from '../../domain/ids';
import { NODE_LABELS, type NodeLabel } from '../../domain/kinds';
import { RELATION_TYPES, type RelationType } from '../../domain/relations';
import { nodeToRecord } from '../cypher/node-fields';
import { clampHops, type RawPath } from '../cypher/paths';
import { cypher, type CypherQuery, type Row } from '../cypher/query';
import { searchWords } from '../cypher/search-keys';
import type { PlainNode, PlainRelationship } from './neo4j-values';

/** The fulltext index of schema/neo4j.cypher. */
export const NEO4J_SEARCH_INDEX = 'node_search';

/** Lucene's special characters, escaped in a query term. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** "Trịnh tu" -> "+trinh* +tu*": every word required, each as a prefix. */
export function luceneQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map((w) => `+${w.replace(LUCENE_SPECIAL, '\\$&')}*`).join(' ');
}

/** A ranked word-prefix search on the fulltext index, kept to the given labels. */
export function neo4jSearchQuery(text: string, labels: readonly NodeLabel[], limit: number): CypherQuery | null {
  const query = luceneQuery(text);
  if (!query || labels.length === 0) return null;
  return cypher(
    `CALL db.index.fulltext.queryNodes('${NEO4J_SEARCH_INDEX}', $query) YIELD node, score ` +
      'WHERE any(l IN labels(node) WHERE l IN $labels) ' +
      'RETURN node, score ORDER BY score DESC, node.id LIMIT $limit',
    { query, labels: labels.filter((l) => NODE_LABELS.includes(l)), limit: Math.max(1, Math.floor(limit)) },
  );
}

const PATH_TYPES = RELATION_TYPES.filter((t) => t !== 'STATES').join('|');

/**
 * All shortest paths over every relationship but STATES (mentions would
 * join everything through its articles); the hop count is part of the text,
 * as Cypher takes no parameter there.
 */
export function neo4jShortestPathsQuery(fromId: string, toId: string, maxHops: number, rowLimit: number): CypherQuery {
  const label = (id: string): string => (labelOfId(id) ? `:${labelOfId(id)}` : '');
  return cypher(
    `MATCH (a${label(fromId)} {id: $from}), (b${label(toId)} {id: $to}) ` +
      `MATCH p = allShortestPaths((a)-[:${PATH_TYPES}*..${clampHops(maxHops)}]-(b)) ` +
      'RETURN nodes(p) AS pathNodes, relationships(p) AS pathRels LIMIT $rows',
    { from: fromId, to: toId, rows: rowLimit },
  );
}

/** A plain path row (`pathNodes`, `pathRels`, already converted) as a raw path. */
export function neo4jRowToRawPath(row: Row): RawPath {
  const nodes = (row.pathNodes as PlainNode[]) ?? [];
  const ids = new Map(nodes.map((n) => [n.elementId, String(n.properties.id)]));
  return {
    nodes: nodes.map((n) => nodeToRecord(n.label, n.properties)),
    steps: ((row.pathRels as PlainRelationship[]) ?? []).map((r) => ({
      type: r.type as RelationType,
      fromId: ids.get(r.startElementId) ?? '',
      toId: ids.get(r.endElementId) ?? '',
      role: (r.properties.role as string | null | undefined) ?? null,
    })),
  };
}
