import { Field, ObjectType } from 'type-graphql';
import type { DocumentRecord, OrganizationRecord, PersonRecord, SourceRecord } from '../../store/records';
import { LegalDocument } from './legal-document.type';
import { Organization } from './organization.type';
import { Person } from './person.type';
import { Source } from './source.type';

/** Relationship facts with the quotes that state them: a value per edge (views/links.ts). */

@ObjectType('SessionParticipation', { simpleResolvers: true, description: 'A person at a session, and where that is stated' })
export class SessionParticipation {
  @Field(() => Person)
  person!: PersonRecord;

  @Field(() => Boolean, { description: 'True for the person who chaired it' })
  chaired!: boolean;

  @Field(() => [Source])
  sources!: SourceRecord[];
}

@ObjectType('SessionOrganization', { simpleResolvers: true, description: 'An organization at a session, its role, and where that is stated' })
export class SessionOrganization {
  @Field(() => Organization)
  organization!: OrganizationRecord;

  @Field(() => String, { nullable: true, description: 'host or participant, where the article says' })
  role!: string | null;

  @Field(() => [Source])
  sources!: SourceRecord[];
}

@ObjectType('Founding', { simpleResolvers: true, description: 'A document founding an organization, and where that is stated' })
export class Founding {
  @Field(() => LegalDocument)
  document!: DocumentRecord;

  @Field(() => Organization)
  organization!: OrganizationRecord;

  @Field(() => [Source])
  sources!: SourceRecord[];
}
