import type { NodeValue, RelValue } from 'kuzu';
import { labelOfId } from '../../domain/ids';
import type { NodeLabel } from '../../domain/kinds';
import { RELATION_TYPES, type RelationType } from '../../domain/relations';
import { nodeToRecord } from '../cypher/node-fields';
import { clampHops, type RawPath } from '../cypher/paths';
import { cypher, type CypherQuery, type Row } from '../cypher/query';

/**
 * All shortest paths between two nodes over every relationship but STATES
 * (mentions would join everything through its articles). The hop count is
 * part of the text: Kùzu takes no parameter there.
 */
export function kuzuShortestPathsQuery(fromId: string, toId: string, maxHops: number, rowLimit: number): CypherQuery {
  const label = (id: string): string => (labelOfId(id) ? `:${labelOfId(id)}` : '');
  return cypher(
    `MATCH p = (a${label(fromId)} {id: $from})-[* ALL SHORTEST 1..${clampHops(maxHops)} (e, m | WHERE label(e) IN ${PATH_TYPES})]-` +
      `(b${label(toId)} {id: $to}) RETURN nodes(p) AS pathNodes, rels(p) AS pathRels LIMIT $rows`,
    { from: fromId, to: toId, rows: rowLimit },
  );
}

// Every relationship of the domain but STATES (never the TERM_OF of stores written before the read model).
const PATH_TYPES = `[${RELATION_TYPES.filter((t) => t !== 'STATES').map((t) => `'${t}'`).join(', ')}]`;

const internalId = (v: { offset: number; table: number } | null): string => (v ? `${v.table}:${v.offset}` : '');

/** A Kùzu node value (`_label`, `_id` and properties) as a record. */
export function kuzuNodeToRecord(node: NodeValue) {
  const { _label, _id, ...properties } = node;
  void _id;
  return nodeToRecord(_label as NodeLabel, properties as Row);
}

/** A path row (`pathNodes`, `pathRels`) as a raw path; edge ends come from Kùzu's internal ids. */
export function kuzuRowToRawPath(row: Row): RawPath {
  const nodes = (row.pathNodes as NodeValue[]) ?? [];
  const ids = new Map(nodes.map((n) => [internalId(n._id), String(n.id)]));
  return {
    nodes: nodes.map(kuzuNodeToRecord),
    steps: ((row.pathRels as RelValue[]) ?? []).map((r) => ({
      type: r._label as RelationType,
      fromId: ids.get(internalId(r._src)) ?? '',
      toId: ids.get(internalId(r._dst)) ?? '',
      role: (r.role as string | null) ?? null,
    })),
  };
}
