import { Field, ObjectType } from 'type-graphql';
import type { AdminLevel } from '../../domain/kinds';
import { Connection } from './connection';
import { AdminLevelEnum } from './enums';
import { Node } from './node.interface';

@ObjectType('AdminUnit', { simpleResolvers: true, implements: Node, description: 'An administrative unit (province, commune, ...)' })
export class AdminUnit extends Node {
  @Field(() => String, { description: 'Level word and proper name: "xã Lộc Bình"' })
  name!: string;

  @Field(() => AdminLevelEnum)
  level!: AdminLevel;
}

@ObjectType('AdminUnitConnection', { simpleResolvers: true })
export class AdminUnitConnection extends Connection('AdminUnit', AdminUnit) {}
