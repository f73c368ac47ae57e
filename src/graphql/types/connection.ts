import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType('PageInfo', { simpleResolvers: true, description: 'Where a page ends and whether another follows (Relay)' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' })
  endCursor!: string | null;
}

/**
 * A Relay connection type `<name>Connection` with its `<name>Edge`: the value
 * is a `ConnectionValue` (see pagination.ts).
 */
export function Connection<T extends object>(name: string, NodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => NodeType)
    node!: T;
  }

  @ObjectType({ simpleResolvers: true }) // a base only: never reachable, so never in the schema itself
  abstract class ConnectionType {
    @Field(() => Int, { description: 'How many match in all, across pages' })
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [NodeType])
    nodes!: T[];
  }
  return ConnectionType;
}
