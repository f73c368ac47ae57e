import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { NodeLabel } from '../../domain/kinds';
import type { GraphQLContext } from '../context';
import { badUserInput } from '../errors';
import { toPageRequest } from '../pagination';
import { DateScalar } from '../scalars/date.scalar';
import { NodeKindEnum } from '../types/enums';
import { GraphCounts } from '../types/graph-counts.type';
import { Node } from '../types/node.interface';
import { Path } from '../types/path.type';
import { Position } from '../types/position.type';
import { SearchResult } from '../types/search-result.type';
import { findOfficeholders } from '../views/officeholders';
import { toPath } from '../views/paths';

const SEARCHED: NodeLabel[] = ['Person', 'Organization', 'AdminUnit', 'LegalDocument', 'Session'];
export const MAX_HOPS = 6;

/** Questions across the graph: counts, any node by id, search, office holders, paths. */
@Resolver()
export class ExploreResolver {
  @Query(() => GraphCounts, { description: 'How many nodes of each kind the graph holds' })
  async counts(@Ctx() ctx: GraphQLContext) {
    return ctx.store.counts();
  }

  @Query(() => Node, { nullable: true, description: 'Any node by id' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.node.load(id);
  }

  @Query(() => [SearchResult], { description: 'Ranked search over names, numbers and titles; diacritics optional' })
  async search(
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('kinds', () => [NodeKindEnum], { nullable: true, description: 'Default: people, organizations, units, documents, sessions' }) kinds: NodeLabel[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    if (!text.trim()) throw badUserInput('search text is empty');
    const limit = toPageRequest({ first }).first;
    const hits = await ctx.store.search(text, kinds?.length ? kinds : SEARCHED, limit);
    return hits.map((h) => ({ kind: h.node.label, score: h.score, node: h.node }));
  }

  @Query(() => [Position], { description: 'Who holds an office (by title, organization or both), or held it on a day' })
  async officeholders(
    @Arg('title', () => String, { nullable: true }) title: string | null,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Arg('on', () => DateScalar, { nullable: true }) on: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    if (!title?.trim() && !organizationId) throw badUserInput('officeholders needs a title, an organizationId or both');
    return findOfficeholders(ctx, { title, organizationId, on });
  }

  @Query(() => [Path], { description: 'Shortest chains of facts between two nodes, each step with its sources' })
  async connection(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: `At most ${MAX_HOPS}` }) maxHops: number,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many paths, at most 20' }) first: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    if (maxHops < 1 || maxHops > MAX_HOPS) throw badUserInput(`maxHops must be between 1 and ${MAX_HOPS} (got ${maxHops})`);
    if (first < 1 || first > 20) throw badUserInput(`first must be between 1 and 20 (got ${first})`);
    return (await ctx.store.shortestPaths(from, to, maxHops, first)).map(toPath);
  }
}
