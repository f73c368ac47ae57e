import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';
import { Connection } from './connection';
import { Node } from './node.interface';

@ObjectType('Article', { simpleResolvers: true, implements: Node, description: 'A news article, the source of facts' })
export class Article extends Node {
  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => DateScalar, { nullable: true })
  publishedAt!: string | null;

  @Field(() => String, { description: 'When this server stored it (ISO 8601 timestamp)' })
  ingestedAt!: string;
}

@ObjectType('ArticleConnection', { simpleResolvers: true })
export class ArticleConnection extends Connection('Article', Article) {}
