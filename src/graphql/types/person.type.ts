import { Field, ObjectType } from 'type-graphql';
import { Connection } from './connection';
import { Node } from './node.interface';

@ObjectType('Person', { simpleResolvers: true, implements: Node, description: 'A person (Popolo Person); name as written, without honorific' })
export class Person extends Node {
  @Field(() => String)
  name!: string;
}

@ObjectType('PersonConnection', { simpleResolvers: true })
export class PersonConnection extends Connection('Person', Person) {}
