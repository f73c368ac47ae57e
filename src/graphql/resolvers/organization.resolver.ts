import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { OrganizationRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { OrganizationsArgs } from '../inputs/list.args';
import { PageArgs } from '../inputs/page.args';
import { loadNode, mentionsOf, neighbor, neighbors } from '../loaders/graph-reads';
import { connectionFromArray, connectionFromPage, toPageRequest } from '../pagination';
import { DateScalar } from '../scalars/date.scalar';
import { AdminUnit } from '../types/admin-unit.type';
import { Founding } from '../types/fact-links.type';
import { LegalDocument, LegalDocumentConnection } from '../types/legal-document.type';
import { Organization, OrganizationConnection } from '../types/organization.type';
import { Position } from '../types/position.type';
import { SessionConnection } from '../types/session.type';
import { Source } from '../types/source.type';
import { foundingsOf } from '../views/links';
import { holdersOn } from '../views/office-holders';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return loadNode(ctx, 'Organization', id);
  }

  @Query(() => OrganizationConnection, { description: 'Organizations by kind, unit served and name words' })
  async organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: GraphQLContext) {
    const { kind, adminUnitId, search } = args;
    return connectionFromPage(await ctx.store.listOrganizations({ kind, adminUnitId, search }, toPageRequest(args)));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization it belongs to' })
  parent(@Root() org: OrganizationRecord, @Ctx() ctx: GraphQLContext) {
    return neighbor(ctx, 'PART_OF', 'out', org.id, 'Organization');
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organizations that belong to it' })
  async children(@Root() org: OrganizationRecord, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext) {
    return connectionFromArray(await neighbors(ctx, 'PART_OF', 'in', org.id, 'Organization'), args);
  }

  @FieldResolver(() => AdminUnit, { nullable: true, description: 'The unit it serves' })
  adminUnit(@Root() org: OrganizationRecord, @Ctx() ctx: GraphQLContext) {
    return neighbor(ctx, 'SERVES', 'out', org.id, 'AdminUnit');
  }

  @FieldResolver(() => [Position], { description: 'Its offices and holders; with `on`, the holders last attested on or before that day' })
  async officeHolders(
    @Root() org: OrganizationRecord,
    @Arg('on', () => DateScalar, { nullable: true }) on: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return holdersOn(ctx, await neighbors(ctx, 'IN_ORGANIZATION', 'in', org.id, 'Position'), on);
  }

  @FieldResolver(() => SessionConnection, { description: 'Sessions it held or took part in' })
  async sessions(@Root() org: OrganizationRecord, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext) {
    return connectionFromArray(await neighbors(ctx, 'TOOK_PART', 'out', org.id, 'Session'), args);
  }

  @FieldResolver(() => LegalDocumentConnection, { description: 'Documents it issued' })
  async documentsIssued(@Root() org: OrganizationRecord, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext) {
    return connectionFromArray(await neighbors(ctx, 'ISSUED', 'out', org.id, 'LegalDocument'), args);
  }

  @FieldResolver(() => LegalDocument, { nullable: true, description: 'The decision that founded it' })
  foundingDocument(@Root() org: OrganizationRecord, @Ctx() ctx: GraphQLContext) {
    return neighbor(ctx, 'FOUNDED', 'in', org.id, 'LegalDocument');
  }

  @FieldResolver(() => [Founding], { description: 'The documents that founded it, with the quotes saying so' })
  async foundedBy(@Root() org: OrganizationRecord, @Ctx() ctx: GraphQLContext) {
    return foundingsOf(ctx, org);
  }

  @FieldResolver(() => [Source], { description: 'Where articles name it' })
  sources(@Root() org: OrganizationRecord, @Ctx() ctx: GraphQLContext) {
    return mentionsOf(ctx, org.id);
  }
}
