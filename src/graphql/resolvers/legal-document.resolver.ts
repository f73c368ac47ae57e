import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { DocumentRecord, NodeRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { normalizeDocumentNumber } from '../document-number';
import { DocumentsArgs } from '../inputs/list.args';
import { loadEdges, loadNode, loadNodes, mentionsOf, neighbor, neighbors } from '../loaders/graph-reads';
import { connectionFromPage } from '../pagination';
import { pageRequestFor } from './page-request';
import { Citing } from '../types/citing.union';
import { LegalDocument, LegalDocumentConnection } from '../types/legal-document.type';
import { Organization } from '../types/organization.type';
import { Source } from '../types/source.type';

@Resolver(() => LegalDocument)
export class LegalDocumentResolver {
  @Query(() => LegalDocument, { nullable: true })
  document(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return loadNode(ctx, 'LegalDocument', id);
  }

  @Query(() => LegalDocumentConnection, {
    description: 'Documents by number (several when numbering restarts), kind, issuer, date range',
  })
  async documents(@Args(() => DocumentsArgs) args: DocumentsArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const { type, issuerId, from, to } = args;
    const number = args.number ? normalizeDocumentNumber(args.number) : args.number;
    return connectionFromPage(await ctx.store.listDocuments({ number, type, issuerId, from, to }, pageRequestFor(args, info)));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Who issued it' })
  issuer(@Root() doc: DocumentRecord, @Ctx() ctx: GraphQLContext) {
    return neighbor(ctx, 'ISSUED', 'in', doc.id, 'Organization');
  }

  @FieldResolver(() => [Organization], { description: 'Organizations it founded' })
  founded(@Root() doc: DocumentRecord, @Ctx() ctx: GraphQLContext) {
    return neighbors(ctx, 'FOUNDED', 'out', doc.id, 'Organization');
  }

  @FieldResolver(() => [LegalDocument], { description: 'Documents it cites' })
  cites(@Root() doc: DocumentRecord, @Ctx() ctx: GraphQLContext) {
    return neighbors(ctx, 'CITES', 'out', doc.id, 'LegalDocument');
  }

  @FieldResolver(() => [Citing], { description: 'Sessions and documents that cite it' })
  async citedBy(@Root() doc: DocumentRecord, @Ctx() ctx: GraphQLContext): Promise<NodeRecord[]> {
    const edges = await loadEdges(ctx, 'CITES', 'in', doc.id);
    const ids = [...new Set(edges.map((e) => e.fromId))];
    const [sessions, documents] = await Promise.all([loadNodes(ctx, 'Session', ids), loadNodes(ctx, 'LegalDocument', ids)]);
    return [...sessions, ...documents];
  }

  @FieldResolver(() => [Source], { description: 'Where articles name it' })
  sources(@Root() doc: DocumentRecord, @Ctx() ctx: GraphQLContext) {
    return mentionsOf(ctx, doc.id);
  }
}
