import { Arg, Ctx, Field, Mutation, ObjectType, Resolver, registerEnumType } from 'type-graphql';
import { InvalidArticleError } from '../../ingest/article-input';
import { ingestArticle } from '../../ingest/ingest-article';
import type { ArticleRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { badUserInput, unauthenticated } from '../errors';
import { ArticleInput } from '../inputs/article.input';
import { loadNode } from '../loaders/graph-reads';
import { Article } from '../types/article.type';

const IngestOutcome = { CREATED: 'created', UNCHANGED: 'unchanged', REPLACED: 'replaced' } as const;
registerEnumType(IngestOutcome, { name: 'IngestOutcome', description: 'What ingesting did to the store' });

@ObjectType('IngestPayload', { simpleResolvers: true })
export class IngestPayload {
  @Field(() => Article)
  article!: ArticleRecord;

  @Field(() => IngestOutcome, { description: 'UNCHANGED when the same article was already stored' })
  outcome!: string;
}

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestPayload, {
    description: 'Reads one article and stores what it states. The same article again (same url, or same text without url) changes nothing and gives the same id. Needs Authorization: Bearer <API_TOKEN>.',
  })
  async ingestArticle(
    @Arg('input', () => ArticleInput) input: ArticleInput,
    @Arg('replace', () => Boolean, { defaultValue: false, description: 'Re-read an article already stored and replace its facts' }) replace: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IngestPayload> {
    if (ctx.writeRefusal) throw unauthenticated(ctx.writeRefusal);
    try {
      const result = await ingestArticle(ctx.store, { ...input }, { replace });
      const article = await loadNode(ctx, 'Article', result.articleId);
      if (!article) throw new Error(`article ${result.articleId} was saved but cannot be read back`);
      return { article, outcome: result.outcome };
    } catch (error) {
      if (error instanceof InvalidArticleError) throw badUserInput(error.message);
      throw error;
    }
  }
}
