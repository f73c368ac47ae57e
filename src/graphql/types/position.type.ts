import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

@ObjectType('Position', { simpleResolvers: true, implements: Node, description: 'A person holding an office (Popolo Membership/Post)' })
export class Position extends Node {
  @Field(() => String, { description: 'The office alone, expanded: "Phó Bí thư Thường trực"' })
  title!: string;
}
