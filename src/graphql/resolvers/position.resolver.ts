import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PositionRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { mentionsOf, neighbor } from '../loaders/graph-reads';
import { DateScalar } from '../scalars/date.scalar';
import { Organization } from '../types/organization.type';
import { Person } from '../types/person.type';
import { Position } from '../types/position.type';
import { Source } from '../types/source.type';
import { positionAttestation } from '../views/attestation';

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who holds the office' })
  person(@Root() position: PositionRecord, @Ctx() ctx: GraphQLContext) {
    return neighbor(ctx, 'HOLDS', 'in', position.id, 'Person');
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the office belongs to' })
  organization(@Root() position: PositionRecord, @Ctx() ctx: GraphQLContext) {
    return neighbor(ctx, 'IN_ORGANIZATION', 'out', position.id, 'Organization');
  }

  @FieldResolver(() => [DateScalar], { description: 'Days it is attested on, oldest first: publication days of the articles stating it and dates of the sessions they report the holder at' })
  async attestedOn(@Root() position: PositionRecord, @Ctx() ctx: GraphQLContext) {
    return positionAttestation(ctx, position);
  }

  @FieldResolver(() => [Source], { description: 'Where articles state it' })
  sources(@Root() position: PositionRecord, @Ctx() ctx: GraphQLContext) {
    return mentionsOf(ctx, position.id);
  }
}
