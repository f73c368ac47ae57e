import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';
import { Connection } from './connection';
import { Node } from './node.interface';

@ObjectType('LegalDocument', { simpleResolvers: true, implements: Node, description: 'A numbered decision, resolution, plan...' })
export class LegalDocument extends Node {
  @Field(() => String, { description: '"Quyết định", "Nghị quyết", "Kế hoạch"...' })
  type!: string;

  @Field(() => String, { description: 'As written, spaces removed, dashes as "-": "03-QĐ/ĐU"' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'Kind code of the number: "QĐ"' })
  kindCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Issuer code of the number: "ĐU"' })
  issuerCode!: string | null;

  @Field(() => DateScalar, { nullable: true })
  issuedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'What it is about: "về việc thành lập ..."' })
  subject!: string | null;
}

@ObjectType('LegalDocumentConnection', { simpleResolvers: true })
export class LegalDocumentConnection extends Connection('LegalDocument', LegalDocument) {}
