import { Field, ID, InterfaceType } from 'type-graphql';
import { typeOfRecord } from './type-of-record';

/**
 * Anything in the graph with an id. The store's records carry their label,
 * which is also the GraphQL type name.
 */
@InterfaceType('Node', {
  description: 'Any entity of the graph',
  resolveType: typeOfRecord,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
