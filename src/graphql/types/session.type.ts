import { Field, ObjectType } from 'type-graphql';
import type { SessionKind } from '../../domain/kinds';
import { DateScalar } from '../scalars/date.scalar';
import { Connection } from './connection';
import { SessionKindEnum } from './enums';
import { Node } from './node.interface';

@ObjectType('Session', { simpleResolvers: true, implements: Node, description: 'A reported meeting, conference or visit (Popolo Event)' })
export class Session extends Node {
  @Field(() => SessionKindEnum)
  kind!: SessionKind;

  @Field(() => String, { description: 'A short description: the sentence head or the article title' })
  title!: string;

  @Field(() => DateScalar, { nullable: true, description: 'As precise as the source says' })
  date!: string | null;
}

@ObjectType('SessionConnection', { simpleResolvers: true })
export class SessionConnection extends Connection('Session', Session) {}
