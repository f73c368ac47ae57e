import type { NodeLabel } from '../../domain/kinds';
import type { RelationType } from '../../domain/relations';
import type { EdgeRecord, NodeRecord, RecordOf, SourceRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { edgeKey, type Direction } from './create-loaders';

/**
 * Small reads over the request's loaders that resolvers share. Where the
 * store holds the graph in memory (`ctx.memory`), each is answered at once
 * and returns a plain value, so graphql-js completes the field without a
 * promise; otherwise through the batching loaders. Resolvers return these
 * values as they are (graphql-js takes either).
 */

export type MaybePromise<T> = T | Promise<T>;

/** `f` of a value that may still be coming, without a promise when it is there. */
export function then<T, U>(value: MaybePromise<T>, f: (v: T) => U): MaybePromise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

const ofLabel = <L extends NodeLabel>(node: NodeRecord | null | undefined, label: L): RecordOf<L> | null =>
  node && node.label === label ? (node as RecordOf<L>) : null;

/** A node of the expected label, or null (missing, or an id of another label). */
export function loadNode<L extends NodeLabel>(ctx: GraphQLContext, label: L, id: string): MaybePromise<RecordOf<L> | null> {
  if (ctx.memory) return ofLabel(ctx.memory.getAnyNodes([id]).get(id), label);
  return ctx.loaders.node.load(id).then((node) => ofLabel(node, label));
}

/** Nodes by id in the given order, skipping missing ones and other labels. */
export function loadNodes<L extends NodeLabel>(ctx: GraphQLContext, label: L, ids: readonly string[]): MaybePromise<RecordOf<L>[]> {
  const keep = (nodes: ReadonlyArray<NodeRecord | Error | null | undefined>): RecordOf<L>[] =>
    nodes.filter((n): n is RecordOf<L> => !!n && !(n instanceof Error) && n.label === label);
  if (ctx.memory) {
    const found = ctx.memory.getAnyNodes(ids);
    return keep(ids.map((id) => found.get(id)));
  }
  return ctx.loaders.node.loadMany(ids).then(keep);
}

export function loadEdges(ctx: GraphQLContext, type: RelationType, direction: Direction, id: string): MaybePromise<EdgeRecord[]> {
  if (ctx.memory) return ctx.memory.getEdges(type, direction, [id]);
  return ctx.loaders.edges.load(edgeKey(type, direction, id));
}

/** The id at the other end of an edge seen from `direction`. */
export function otherEnd(edge: EdgeRecord, direction: Direction): string {
  return direction === 'out' ? edge.toId : edge.fromId;
}

/** Nodes at the other end of a relation, in edge order, one per distinct id. */
export function neighbors<L extends NodeLabel>(
  ctx: GraphQLContext, type: RelationType, direction: Direction, id: string, label: L,
): MaybePromise<RecordOf<L>[]> {
  if (ctx.memory) return ctx.memory.getNeighbors(type, direction, id).filter((n): n is RecordOf<L> => n.label === label);
  return ctx.loaders.edges.load(edgeKey(type, direction, id))
    .then((edges) => loadNodes(ctx, label, [...new Set(edges.map((e) => otherEnd(e, direction)))]));
}

/** The first neighbour, for to-one relations (a position's holder, a unit's parent). */
export function neighbor<L extends NodeLabel>(
  ctx: GraphQLContext, type: RelationType, direction: Direction, id: string, label: L,
): MaybePromise<RecordOf<L> | null> {
  return then(neighbors(ctx, type, direction, id, label), (found) => found[0] ?? null);
}

/** Nodes an article states, of one label, in the store's stable order. */
export function articleNodes<L extends NodeLabel>(ctx: GraphQLContext, articleId: string, label: L): MaybePromise<RecordOf<L>[]> {
  if (ctx.memory) return (ctx.memory.getArticleNodes(articleId, [label]).get(label) ?? []) as RecordOf<L>[];
  return ctx.loaders.articleNodeIds.load(`${articleId}|${label}`).then((ids) => loadNodes(ctx, label, ids));
}

/** Where articles name a node. */
export function mentionsOf(ctx: GraphQLContext, id: string): MaybePromise<SourceRecord[]> {
  if (ctx.memory) return ctx.memory.getMentions([id]).get(id) ?? [];
  return ctx.loaders.mentions.load(id);
}
