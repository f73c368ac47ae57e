import type { DocumentRecord, OrganizationRecord, PersonRecord, SourceRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { loadEdges, loadNodes } from '../loaders/graph-reads';

/** Relationship facts around one node, each with its sources. */

export async function sessionParticipations(ctx: GraphQLContext, sessionId: string) {
  const [attended, chaired] = await Promise.all([loadEdges(ctx, 'ATTENDED', 'in', sessionId), loadEdges(ctx, 'CHAIRED', 'in', sessionId)]);
  const chairs = new Map(chaired.map((e) => [e.fromId, e.sources]));
  const ids = [...new Set([...attended.map((e) => e.fromId), ...chairs.keys()])];
  const people = await loadNodes(ctx, 'Person', ids);
  const sourcesOf = (id: string) => [...attended.filter((e) => e.fromId === id).flatMap((e) => e.sources), ...(chairs.get(id) ?? [])];
  return people.map((person: PersonRecord) => ({ person, chaired: chairs.has(person.id), sources: uniqueSources(sourcesOf(person.id)) }));
}

export async function sessionOrganizations(ctx: GraphQLContext, sessionId: string) {
  const edges = await loadEdges(ctx, 'TOOK_PART', 'in', sessionId);
  const orgs = new Map((await loadNodes(ctx, 'Organization', edges.map((e) => e.fromId))).map((o) => [o.id, o]));
  return edges
    .filter((e) => orgs.has(e.fromId))
    .map((e) => ({ organization: orgs.get(e.fromId) as OrganizationRecord, role: e.role, sources: e.sources }));
}

export async function foundingsOf(ctx: GraphQLContext, organization: OrganizationRecord) {
  const edges = await loadEdges(ctx, 'FOUNDED', 'in', organization.id);
  const docs = new Map((await loadNodes(ctx, 'LegalDocument', edges.map((e) => e.fromId))).map((d) => [d.id, d]));
  return edges
    .filter((e) => docs.has(e.fromId))
    .map((e) => ({ document: docs.get(e.fromId) as DocumentRecord, organization, sources: e.sources }));
}

/** The same quote stated by the same article once (a chair is also a participant). */
function uniqueSources(sources: SourceRecord[]): SourceRecord[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.articleId}|${s.spanStart}|${s.spanEnd}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
