import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';

/** An article to ingest; checked again by the ingest use case (empty or oversized text...). */
@InputType('ArticleInput')
export class ArticleInput {
  @Field(() => String, { description: 'The article text, at most 1 MB of UTF-8' })
  text!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication day, YYYY-MM-DD' })
  publishedAt?: string | null;
}
