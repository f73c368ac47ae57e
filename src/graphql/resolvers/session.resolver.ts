import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { SessionRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { SessionsArgs } from '../inputs/list.args';
import { loadNode, mentionsOf, neighbor, neighbors } from '../loaders/graph-reads';
import { connectionFromPage } from '../pagination';
import { pageRequestFor } from './page-request';
import { Article } from '../types/article.type';
import { SessionOrganization, SessionParticipation } from '../types/fact-links.type';
import { LegalDocument } from '../types/legal-document.type';
import { Organization } from '../types/organization.type';
import { Person } from '../types/person.type';
import { Session, SessionConnection } from '../types/session.type';
import { Source } from '../types/source.type';
import { sessionOrganizations, sessionParticipations } from '../views/links';

@Resolver(() => Session)
export class SessionResolver {
  @Query(() => Session, { nullable: true })
  session(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return loadNode(ctx, 'Session', id);
  }

  @Query(() => SessionConnection, { description: 'Sessions by date range, kind, chair, participant, organization, unit' })
  async sessions(@Args(() => SessionsArgs) args: SessionsArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const { from, to, kind, chairId, participantId, organizationId, adminUnitId } = args;
    const filter = { from, to, kind, chairId, participantId, organizationId, adminUnitId };
    return connectionFromPage(await ctx.store.listSessions(filter, pageRequestFor(args, info)));
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who chaired it' })
  chair(@Root() session: SessionRecord, @Ctx() ctx: GraphQLContext) {
    return neighbor(ctx, 'CHAIRED', 'in', session.id, 'Person');
  }

  @FieldResolver(() => [Person], { description: 'Who attended, the chair included' })
  participants(@Root() session: SessionRecord, @Ctx() ctx: GraphQLContext) {
    return neighbors(ctx, 'ATTENDED', 'in', session.id, 'Person');
  }

  @FieldResolver(() => [Organization], { description: 'Bodies that held it or took part' })
  organizations(@Root() session: SessionRecord, @Ctx() ctx: GraphQLContext) {
    return neighbors(ctx, 'TOOK_PART', 'in', session.id, 'Organization');
  }

  @FieldResolver(() => [SessionParticipation], { description: 'Who attended or chaired, each with the quotes saying so' })
  async participations(@Root() session: SessionRecord, @Ctx() ctx: GraphQLContext) {
    return sessionParticipations(ctx, session.id);
  }

  @FieldResolver(() => [SessionOrganization], { description: 'Organizations that held it or took part, with role and quotes' })
  async organizationRoles(@Root() session: SessionRecord, @Ctx() ctx: GraphQLContext) {
    return sessionOrganizations(ctx, session.id);
  }

  @FieldResolver(() => [LegalDocument], { description: 'Documents cited there' })
  documentsCited(@Root() session: SessionRecord, @Ctx() ctx: GraphQLContext) {
    return neighbors(ctx, 'CITES', 'out', session.id, 'LegalDocument');
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The article that reports it (the first, if several)' })
  async reportArticle(@Root() session: SessionRecord, @Ctx() ctx: GraphQLContext) {
    const [first] = await mentionsOf(ctx, session.id);
    return first ? loadNode(ctx, 'Article', first.articleId) : null;
  }

  @FieldResolver(() => [Source], { description: 'Where articles report it' })
  sources(@Root() session: SessionRecord, @Ctx() ctx: GraphQLContext) {
    return mentionsOf(ctx, session.id);
  }
}
