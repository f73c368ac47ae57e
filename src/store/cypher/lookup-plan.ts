import { NODE_LABELS, type NodeLabel } from '../../domain/kinds';
import type { EdgeBatch } from './fact-rows';
import type { CypherTx } from './runner';
import { labelSizesQuery } from './write-queries';

/**
 * How a save finds the nodes it names: with one join over each label's ids
 * (a statement per batch, its cost growing with the label), or by primary
 * key, row by row (its cost growing with the rows). Kùzu 0.11 plans
 * `UNWIND $ids ... MATCH (n:L {id: i})` as a hash join that reads every id
 * of L: on a 100,000-article graph one article's save took a second that
 * way. Neo4j looks each row up in its index either way: it has no plan.
 */
export interface LookupPlan {
  /** Whether to ask for `count` ids of `label` one by one. */
  idsByKey(label: NodeLabel, count: number): boolean;
  /** Whether to create the batch's edges one by one. */
  edgesByKey(batch: EdgeBatch): boolean;
}

/** Reads the label sizes a plan weighs lookups by. */
export type LookupPlanner = (tx: CypherTx) => Promise<LookupPlan>;

/**
 * Costs measured on Kùzu 0.11.3 here (a 300,000-node label): the join reads
 * a label at about 0.17 µs a node; a key lookup in a UNION costs about
 * 0.15 ms, an edge created by key about 1.5 ms (two lookups and a statement).
 */
const JOIN_NS_PER_NODE = 170;
const KEY_NS_PER_ID = 150_000;
const KEY_NS_PER_EDGE = 1_500_000;
/** Lists longer than this always join: a UNION of more branches costs more to plan than it saves. */
const MAX_KEYED = 40;

/** The plan for Kùzu: by key where that reads less than the join would. */
export const kuzuLookupPlanner: LookupPlanner = async (tx) => {
  const rows = await tx.run(labelSizesQuery(NODE_LABELS));
  const sizes = new Map(rows.map((r) => [r.label as NodeLabel, Number(r.size)]));
  const size = (label: NodeLabel) => sizes.get(label) ?? 0;
  return {
    idsByKey: (label, count) => count <= MAX_KEYED && count * KEY_NS_PER_ID < size(label) * JOIN_NS_PER_NODE,
    edgesByKey: (batch) =>
      batch.rows.length <= MAX_KEYED && batch.rows.length * KEY_NS_PER_EDGE < (size(batch.fromLabel) + size(batch.toLabel)) * JOIN_NS_PER_NODE,
  };
};

/** A way of looking nodes up, taken whatever the sizes. */
export type LookupWay = 'by-key' | 'joined';

/** Every lookup a join: what a store without a planner does, and a large save. */
export const JOINED: LookupPlan = { idsByKey: () => false, edgesByKey: () => false };
const BY_KEY: LookupPlan = { idsByKey: () => true, edgesByKey: () => true };

/** A plan that always takes `way`: to test both ways on small graphs, and to measure them. */
export function fixedLookups(way: LookupWay): LookupPlanner {
  const plan = way === 'by-key' ? BY_KEY : JOINED;
  return async () => plan;
}
