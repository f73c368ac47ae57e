import { Field, ID, InterfaceType } from 'type-graphql';
import type { NodeRecord } from '../../store/records';

/**
 * Anything in the graph with an id. The store's records carry their label,
 * which is also the GraphQL type name.
 */
@InterfaceType('Node', {
  description: 'Any entity of the graph',
  resolveType: (value: NodeRecord) => value.label,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
