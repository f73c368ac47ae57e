import { Field, Int, ObjectType } from 'type-graphql';

/** Value: the store's counts by node label (fields renamed: type-graphql's own resolvers read them). */
@ObjectType('GraphCounts', { description: 'How many nodes of each kind the graph holds' })
export class GraphCounts {
  @Field(() => Int, { name: 'people' }) Person!: number;
  @Field(() => Int, { name: 'organizations' }) Organization!: number;
  @Field(() => Int, { name: 'adminUnits' }) AdminUnit!: number;
  @Field(() => Int, { name: 'sessions' }) Session!: number;
  @Field(() => Int, { name: 'documents' }) LegalDocument!: number;
  @Field(() => Int, { name: 'articles' }) Article!: number;
  @Field(() => Int, { name: 'positions' }) Position!: number;
}
