import { Field, Float, ObjectType } from 'type-graphql';
import type { NodeRecord } from '../../store/records';
import { NodeKindEnum } from './enums';
import { Node } from './node.interface';

/** Value: a store SearchHit. */
@ObjectType('SearchResult', { simpleResolvers: true, description: 'One match of a search, best first' })
export class SearchResult {
  @Field(() => NodeKindEnum)
  kind!: string;

  @Field(() => Float, { description: 'Higher is better; only comparable within one answer' })
  score!: number;

  @Field(() => Node, { description: 'The match: use `... on Person { name }` and the like' })
  node!: NodeRecord;
}
