import { Field, ObjectType } from 'type-graphql';
import type { OrganizationKind } from '../../domain/kinds';
import { Connection } from './connection';
import { OrganizationKindEnum } from './enums';
import { Node } from './node.interface';

@ObjectType('Organization', { simpleResolvers: true, implements: Node, description: 'A body of the political system (Popolo Organization)' })
export class Organization extends Node {
  @Field(() => String, { description: 'Expanded, with its unit: "Đảng ủy xã Lộc Bình"' })
  name!: string;

  @Field(() => OrganizationKindEnum)
  kind!: OrganizationKind;
}

@ObjectType('OrganizationConnection', { simpleResolvers: true })
export class OrganizationConnection extends Connection('Organization', Organization) {}
