import { ArgsType, Field, ID } from 'type-graphql';
import type { AdminLevel, OrganizationKind, SessionKind } from '../../domain/kinds';
import { DateScalar } from '../scalars/date.scalar';
import { AdminLevelEnum, OrganizationKindEnum, SessionKindEnum } from '../types/enums';
import { PageArgs } from './page.args';

/** Filters of the top-level lists; they combine with AND. */

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Name words, with or without diacritics ("trinh tuan dong")' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Holds an office in this organization' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Holds an office with this title ("Bí thư"; case and diacritics do not matter)' })
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'Holds an office in an organization serving this unit' })
  adminUnitId?: string | null;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationKindEnum, { nullable: true })
  kind?: OrganizationKind | null;

  @Field(() => ID, { nullable: true, description: 'Serves this administrative unit' })
  adminUnitId?: string | null;

  @Field(() => String, { nullable: true })
  search?: string | null;
}

@ArgsType()
export class AdminUnitsArgs extends PageArgs {
  @Field(() => AdminLevelEnum, { nullable: true })
  level?: AdminLevel | null;

  @Field(() => ID, { nullable: true, description: 'Lies within this unit' })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  search?: string | null;
}

@ArgsType()
export class SessionsArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: 'On or after this day' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this day' })
  to?: string | null;

  @Field(() => SessionKindEnum, { nullable: true })
  kind?: SessionKind | null;

  @Field(() => ID, { nullable: true })
  chairId?: string | null;

  @Field(() => ID, { nullable: true })
  participantId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An organization that held it or took part' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An organization taking part serves this unit' })
  adminUnitId?: string | null;
}

@ArgsType()
export class DocumentsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'As written ("03-QĐ/ĐU"); spacing, dash kind, case and Unicode form do not matter' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'The kind of document: "Quyết định", "Nghị quyết"...' })
  type?: string | null;

  @Field(() => ID, { nullable: true })
  issuerId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Issued on or after this day' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Issued on or before this day' })
  to?: string | null;
}

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words of the title' })
  search?: string | null;
}
