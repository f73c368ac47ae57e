import { Field, Int, ObjectType } from 'type-graphql';

/** Value: a store SourceRecord (start and end are renamed fields: type-graphql's own resolvers read them). */
@ObjectType('Source', { description: 'Where a fact was read: the article and the quoted words' })
export class Source {
  /** Null where the store left it to be read on demand (the resolver reads it). */
  quote!: string | null;

  @Field(() => Int, { name: 'start', description: 'Offset of the quote in the article text (UTF-16 code units)' })
  spanStart!: number;

  @Field(() => Int, { name: 'end', description: 'Offset just after the quote' })
  spanEnd!: number;
}
