import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ArticleRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { ArticlesArgs } from '../inputs/list.args';
import { articleNodes, loadNode, neighbors } from '../loaders/graph-reads';
import { connectionFromPage, toPageRequest } from '../pagination';
import { AdminUnit } from '../types/admin-unit.type';
import { Article, ArticleConnection } from '../types/article.type';
import { LegalDocument } from '../types/legal-document.type';
import { Organization } from '../types/organization.type';
import { Person } from '../types/person.type';
import { Position } from '../types/position.type';
import { Session } from '../types/session.type';

/** An article and the facts read from it (each list: what this article states). */
@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'One article by id' })
  article(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return loadNode(ctx, 'Article', id);
  }

  @Query(() => ArticleConnection, { description: 'Stored articles' })
  async articles(@Args(() => ArticlesArgs) args: ArticlesArgs, @Ctx() ctx: GraphQLContext) {
    const page = toPageRequest(args);
    return connectionFromPage(await ctx.store.listArticles({ search: args.search }, page));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The stored text, which source offsets index into' })
  async text(@Root() article: ArticleRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.store.getArticleText(article.id);
  }

  @FieldResolver(() => [Person], { description: 'People named in the byline' })
  authors(@Root() article: ArticleRecord, @Ctx() ctx: GraphQLContext) {
    return neighbors(ctx, 'WROTE', 'in', article.id, 'Person');
  }

  @FieldResolver(() => [Position], { description: 'Offices this article says people hold' })
  positions(@Root() article: ArticleRecord, @Ctx() ctx: GraphQLContext) {
    return articleNodes(ctx, article.id, 'Position');
  }

  @FieldResolver(() => [Session], { description: 'Sessions this article reports' })
  sessions(@Root() article: ArticleRecord, @Ctx() ctx: GraphQLContext) {
    return articleNodes(ctx, article.id, 'Session');
  }

  @FieldResolver(() => [LegalDocument], { description: 'Documents this article names' })
  documents(@Root() article: ArticleRecord, @Ctx() ctx: GraphQLContext) {
    return articleNodes(ctx, article.id, 'LegalDocument');
  }

  @FieldResolver(() => [Organization], { description: 'Organizations this article names' })
  organizations(@Root() article: ArticleRecord, @Ctx() ctx: GraphQLContext) {
    return articleNodes(ctx, article.id, 'Organization');
  }

  @FieldResolver(() => [Person], { description: 'People this article names' })
  people(@Root() article: ArticleRecord, @Ctx() ctx: GraphQLContext) {
    return articleNodes(ctx, article.id, 'Person');
  }

  @FieldResolver(() => [AdminUnit], { description: 'Administrative units this article names' })
  adminUnits(@Root() article: ArticleRecord, @Ctx() ctx: GraphQLContext) {
    return articleNodes(ctx, article.id, 'AdminUnit');
  }
}
