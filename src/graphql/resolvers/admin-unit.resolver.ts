import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AdminUnitRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { AdminUnitsArgs } from '../inputs/list.args';
import { PageArgs } from '../inputs/page.args';
import { loadNode, mentionsOf, neighbor, neighbors } from '../loaders/graph-reads';
import { connectionFromArray, connectionFromPage, toPageRequest } from '../pagination';
import { AdminUnit, AdminUnitConnection } from '../types/admin-unit.type';
import { OrganizationConnection } from '../types/organization.type';
import { Source } from '../types/source.type';

@Resolver(() => AdminUnit)
export class AdminUnitResolver {
  @Query(() => AdminUnit, { nullable: true })
  adminUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return loadNode(ctx, 'AdminUnit', id);
  }

  @Query(() => AdminUnitConnection, { description: 'Administrative units by level, parent and name words' })
  async adminUnits(@Args(() => AdminUnitsArgs) args: AdminUnitsArgs, @Ctx() ctx: GraphQLContext) {
    const { level, parentId, search } = args;
    return connectionFromPage(await ctx.store.listAdminUnits({ level, parentId, search }, toPageRequest(args)));
  }

  @FieldResolver(() => AdminUnit, { nullable: true, description: 'The unit it lies in' })
  parent(@Root() unit: AdminUnitRecord, @Ctx() ctx: GraphQLContext) {
    return neighbor(ctx, 'WITHIN', 'out', unit.id, 'AdminUnit');
  }

  @FieldResolver(() => AdminUnitConnection, { description: 'Units that lie in it' })
  async children(@Root() unit: AdminUnitRecord, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext) {
    return connectionFromArray(await neighbors(ctx, 'WITHIN', 'in', unit.id, 'AdminUnit'), args);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organizations serving it' })
  async organizations(@Root() unit: AdminUnitRecord, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext) {
    return connectionFromArray(await neighbors(ctx, 'SERVES', 'in', unit.id, 'Organization'), args);
  }

  @FieldResolver(() => [Source], { description: 'Where articles name it' })
  sources(@Root() unit: AdminUnitRecord, @Ctx() ctx: GraphQLContext) {
    return mentionsOf(ctx, unit.id);
  }
}
