import { Field, Int, ObjectType } from 'type-graphql';
import type { NodeRecord, SourceRecord } from '../../store/records';
import { Node } from './node.interface';
import { Source } from './source.type';

/** Value: a PathStepValue (views/paths.ts). */
@ObjectType('PathStep', { simpleResolvers: true, description: 'One fact on a path: the relation, the node it leads to, and where it was read' })
export class PathStep {
  @Field(() => String, { description: 'The relationship type: HOLDS, CHAIRED, ATTENDED, PART_OF...' })
  relation!: string;

  @Field(() => Boolean, { description: 'True when the relation points from the previous node to this one' })
  forward!: boolean;

  @Field(() => String, { nullable: true, description: 'TOOK_PART: host or participant' })
  role!: string | null;

  @Field(() => Node)
  node!: NodeRecord;

  @Field(() => [Source])
  sources!: SourceRecord[];
}

@ObjectType('Path', { simpleResolvers: true, description: 'A shortest chain of facts between two nodes' })
export class Path {
  @Field(() => Node)
  start!: NodeRecord;

  @Field(() => Int)
  length!: number;

  @Field(() => [PathStep])
  steps!: PathStep[];
}
