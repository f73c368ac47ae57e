import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SourceRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { loadNode } from '../loaders/graph-reads';
import { Article } from '../types/article.type';
import { Source } from '../types/source.type';

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => String, { description: 'The words of the article that state the fact' })
  async quote(@Root() source: SourceRecord, @Ctx() ctx: GraphQLContext): Promise<string> {
    return source.quote ?? ctx.loaders.quotes.load(source);
  }

  @FieldResolver(() => Article, { description: 'The article that states it' })
  article(@Root() source: SourceRecord, @Ctx() ctx: GraphQLContext) {
    return loadNode(ctx, 'Article', source.articleId);
  }
}
