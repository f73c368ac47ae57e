import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { PersonRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { PageArgs } from '../inputs/page.args';
import { PeopleArgs } from '../inputs/list.args';
import { loadNode, mentionsOf, neighbors } from '../loaders/graph-reads';
import { connectionFromArray, connectionFromPage, toPageRequest } from '../pagination';
import { pageRequestFor } from './page-request';
import { Article } from '../types/article.type';
import { ColleagueConnection } from '../types/colleague.type';
import { Person, PersonConnection } from '../types/person.type';
import { Position } from '../types/position.type';
import { SessionConnection } from '../types/session.type';
import { Source } from '../types/source.type';
import { findColleagues } from '../views/colleagues';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return loadNode(ctx, 'Person', id);
  }

  @Query(() => PersonConnection, { description: 'People, by name words (diacritics optional), organization, office title, unit' })
  async people(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const { search, organizationId, title, adminUnitId } = args;
    const page = await ctx.store.listPeople({ search, organizationId, title, adminUnitId }, pageRequestFor(args, info));
    return connectionFromPage(page);
  }

  @FieldResolver(() => [Position], { description: 'Offices this person is said to hold' })
  positions(@Root() person: PersonRecord, @Ctx() ctx: GraphQLContext) {
    return neighbors(ctx, 'HOLDS', 'out', person.id, 'Position');
  }

  @FieldResolver(() => SessionConnection)
  async sessionsChaired(@Root() person: PersonRecord, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext) {
    return connectionFromArray(await neighbors(ctx, 'CHAIRED', 'out', person.id, 'Session'), args);
  }

  @FieldResolver(() => SessionConnection)
  async sessionsAttended(@Root() person: PersonRecord, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext) {
    return connectionFromArray(await neighbors(ctx, 'ATTENDED', 'out', person.id, 'Session'), args);
  }

  @FieldResolver(() => ColleagueConnection, { description: 'People met in sessions, most shared sessions first' })
  async colleagues(@Root() person: PersonRecord, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext) {
    return connectionFromArray(await findColleagues(ctx, person.id), args);
  }

  @FieldResolver(() => [Article], { description: 'Articles this person wrote' })
  articlesWritten(@Root() person: PersonRecord, @Ctx() ctx: GraphQLContext) {
    return neighbors(ctx, 'WROTE', 'out', person.id, 'Article');
  }

  @FieldResolver(() => [Source], { description: 'Where articles name this person' })
  sources(@Root() person: PersonRecord, @Ctx() ctx: GraphQLContext) {
    return mentionsOf(ctx, person.id);
  }
}
