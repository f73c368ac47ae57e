import type { NodeLabel } from '../../domain/kinds';
import type { RelationType } from '../../domain/relations';
import type { EdgeRecord, RecordOf, SourceRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { edgeKey, type Direction } from './create-loaders';

/** Small reads over the request's loaders that resolvers share. */

/** A node of the expected label, or null (missing, or an id of another label). */
export async function loadNode<L extends NodeLabel>(ctx: GraphQLContext, label: L, id: string): Promise<RecordOf<L> | null> {
  const node = await ctx.loaders.node.load(id);
  return node && node.label === label ? (node as RecordOf<L>) : null;
}

/** Nodes by id in the given order, skipping missing ones and other labels. */
export async function loadNodes<L extends NodeLabel>(ctx: GraphQLContext, label: L, ids: readonly string[]): Promise<RecordOf<L>[]> {
  const nodes = await ctx.loaders.node.loadMany(ids);
  return nodes.filter((n): n is RecordOf<L> => !!n && !(n instanceof Error) && n.label === label);
}

export async function loadEdges(ctx: GraphQLContext, type: RelationType, direction: Direction, id: string): Promise<EdgeRecord[]> {
  return ctx.loaders.edges.load(edgeKey(type, direction, id));
}

/** The id at the other end of an edge seen from `direction`. */
export function otherEnd(edge: EdgeRecord, direction: Direction): string {
  return direction === 'out' ? edge.toId : edge.fromId;
}

/** Nodes at the other end of a relation, in edge order, one per distinct id. */
export async function neighbors<L extends NodeLabel>(
  ctx: GraphQLContext, type: RelationType, direction: Direction, id: string, label: L,
): Promise<RecordOf<L>[]> {
  const edges = await loadEdges(ctx, type, direction, id);
  const ids = [...new Set(edges.map((e) => otherEnd(e, direction)))];
  return loadNodes(ctx, label, ids);
}

/** The first neighbour, for to-one relations (a position's holder, a unit's parent). */
export async function neighbor<L extends NodeLabel>(
  ctx: GraphQLContext, type: RelationType, direction: Direction, id: string, label: L,
): Promise<RecordOf<L> | null> {
  const found = await neighbors(ctx, type, direction, id, label);
  return found[0] ?? null;
}

/** Nodes an article states, of one label, in the store's stable order. */
export async function articleNodes<L extends NodeLabel>(ctx: GraphQLContext, articleId: string, label: L): Promise<RecordOf<L>[]> {
  const ids = await ctx.loaders.articleNodeIds.load(`${articleId}|${label}`);
  return loadNodes(ctx, label, ids);
}

/** Where articles name a node. */
export async function mentionsOf(ctx: GraphQLContext, id: string): Promise<SourceRecord[]> {
  return ctx.loaders.mentions.load(id);
}
