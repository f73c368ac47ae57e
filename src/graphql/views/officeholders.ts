import type { PositionRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { neighbors } from '../loaders/graph-reads';
import { MAX_PAGE_SIZE } from '../pagination';
import { foldText } from './fold-text';
import { holdersOn } from './office-holders';

export interface OfficeholderQuery {
  title?: string | null;
  organizationId?: string | null;
  on?: string | null;
}

/**
 * Who holds (or held on a day) an office: by title (case and diacritics do
 * not matter, the whole title must match), in an organization, or both.
 */
export async function findOfficeholders(ctx: GraphQLContext, q: OfficeholderQuery): Promise<PositionRecord[]> {
  const candidates = q.organizationId
    ? await neighbors(ctx, 'IN_ORGANIZATION', 'in', q.organizationId, 'Position')
    : await positionsOfTitleHolders(ctx, q.title ?? '');
  const wanted = q.title ? foldText(q.title) : null;
  const matching = wanted ? candidates.filter((p) => foldText(p.title) === wanted) : candidates;
  return holdersOn(ctx, matching, q.on);
}

async function positionsOfTitleHolders(ctx: GraphQLContext, title: string): Promise<PositionRecord[]> {
  const people = await ctx.store.listPeople({ title }, { first: MAX_PAGE_SIZE });
  const lists = await Promise.all(people.items.map(({ node }) => neighbors(ctx, 'HOLDS', 'out', node.id, 'Position')));
  return lists.flat();
}
