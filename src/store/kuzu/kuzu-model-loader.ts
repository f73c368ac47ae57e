import { NODE_LABELS, type NodeLabel } from '../../domain/kinds';
import { RELATIONS, RELATION_TYPES, type RelationType } from '../../domain/relations';
import { RECORD_FIELDS } from '../cypher/node-fields';
import { cypher, type Row } from '../cypher/query';
import type { CypherTx } from '../cypher/runner';
import { GraphModel } from '../read-model/graph-model';
import { entryOf } from '../read-model/node-table';

/** The stored-only columns of each label the model keeps beside the record (schema/kuzu.cypher). */
const KEY_COLUMNS: Record<NodeLabel, readonly string[]> = {
  Person: ['searchText'],
  Organization: ['searchText'],
  AdminUnit: ['searchText'],
  Position: ['searchText'],
  Session: ['searchText', 'dateFrom', 'dateTo'],
  LegalDocument: ['searchText', 'dateFrom', 'dateTo', 'numberKey', 'typeKey'],
  Article: ['searchText', 'dateFrom', 'dateTo'],
};

/**
 * Reads the whole graph (but article texts and quotes) out of Kùzu into a
 * new model, inside the caller's transaction so that every statement sees
 * the same commit. Each label and each pair of end labels is one statement
 * returning one row of lists (`collect`): Kùzu hands a list of numbers to
 * Node far faster than as many rows, and edges travel as the internal
 * offsets of their ends, mapped to the model's indexes here.
 */
export async function loadModel(tx: CypherTx, stopped: () => boolean = () => false): Promise<GraphModel> {
  const m = new GraphModel();
  const byOffset = new Map<NodeLabel, Int32Array>();
  const check = () => {
    if (stopped()) throw new Error('the store closed while its read model was loading');
  };
  for (const label of NODE_LABELS) {
    check();
    byOffset.set(label, await loadNodes(tx, m, label));
  }
  m.edges.reserve(await countEdges(tx)); // the edge columns allocated once, at their size
  for (const type of RELATION_TYPES) {
    for (const [from, to] of RELATIONS[type]) {
      check();
      await loadEdges(tx, m, type, from, to, byOffset);
    }
  }
  m.prepare();
  return m;
}

/**
 * `collect` leaves NULLs out, which would shift a column against the
 * others: a NULL travels as this string (no stored value holds U+0000) and
 * becomes null again here.
 */
const NULL = '\u0000';
const collected = (expression: string, name: string) => `collect(coalesce(${expression}, '${NULL}')) AS ${name}`;
const valueAt = (list: unknown, i: number): unknown => {
  const v = (list as unknown[])[i];
  return v === NULL ? null : v;
};

/** One label's nodes; returns the model index of each internal offset (-1 where none). */
async function loadNodes(tx: CypherTx, m: GraphModel, label: NodeLabel): Promise<Int32Array> {
  const columns = [...new Set([...RECORD_FIELDS[label], ...KEY_COLUMNS[label]])];
  const [lists] = await tx.run(cypher(
    `MATCH (n:${label}) RETURN collect(offset(ID(n))) AS offsets, ${columns.map((c) => collected(`n.${c}`, c)).join(', ')}`,
  ));
  const offsets = (lists?.offsets as number[] | undefined) ?? [];
  const map = new Int32Array(offsets.reduce((max, o) => Math.max(max, Number(o)), -1) + 1).fill(-1);
  for (let i = 0; i < offsets.length; i++) {
    const row: Row = {};
    for (const c of columns) row[c] = valueAt(lists[c], i);
    map[Number(offsets[i])] = m.addNode(entryOf(label, row));
  }
  return map;
}

/** How many relationship rows the graph holds, of every type. */
async function countEdges(tx: CypherTx): Promise<number> {
  let total = 0;
  for (const type of RELATION_TYPES) {
    const [row] = await tx.run(cypher(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`));
    total += Number(row?.n ?? 0);
  }
  return total;
}

/** The relationships of one type between two labels. */
async function loadEdges(
  tx: CypherTx, m: GraphModel, type: RelationType, from: NodeLabel, to: NodeLabel, byOffset: Map<NodeLabel, Int32Array>,
): Promise<void> {
  // STATES is stated by its start; every other row names its article.
  const article = type === 'STATES' ? '' : ', collect(r.article) AS articles';
  const role = type === 'TOOK_PART' ? `, ${collected('r.role', 'roles')}` : '';
  const [lists] = await tx.run(cypher(
    `MATCH (a:${from})-[r:${type}]->(b:${to}) RETURN collect(offset(ID(a))) AS froms, collect(offset(ID(b))) AS tos, ` +
      `collect(r.spanStart) AS spanStarts, collect(r.spanEnd) AS spanEnds${article}${role}`,
  ));
  const froms = (lists?.froms as number[] | undefined) ?? [];
  const fromMap = byOffset.get(from)!;
  const toMap = byOffset.get(to)!;
  for (let i = 0; i < froms.length; i++) {
    const a = fromMap[Number(froms[i])];
    const b = toMap[Number((lists.tos as number[])[i])];
    const stating = type === 'STATES' ? a : m.nodes.indexOf(String((lists.articles as string[])[i]));
    if (a === undefined || b === undefined || a < 0 || b < 0 || stating === undefined) continue; // an end the engine no longer has
    m.edges.add({
      type, from: a, to: b, article: stating,
      spanStart: Number((lists.spanStarts as number[])[i] ?? 0), spanEnd: Number((lists.spanEnds as number[])[i] ?? 0),
      role: type === 'TOOK_PART' ? (valueAt(lists.roles, i) as string | null) : null,
    });
  }
}
