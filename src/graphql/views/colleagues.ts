import type { PersonRecord, SessionRecord } from '../../store/records';
import type { GraphQLContext } from '../context';
import { loadEdges, loadNodes } from '../loaders/graph-reads';

export interface ColleagueValue {
  person: PersonRecord;
  sessions: SessionRecord[];
  sessionCount: number;
}

/**
 * People met in sessions: everyone who attended a session this person
 * attended, most shared sessions first (then by name, for a stable order).
 */
export async function findColleagues(ctx: GraphQLContext, personId: string): Promise<ColleagueValue[]> {
  const attended = await loadEdges(ctx, 'ATTENDED', 'out', personId);
  const sessionIds = [...new Set(attended.map((e) => e.toId))];
  const perSession = await Promise.all(sessionIds.map((id) => loadEdges(ctx, 'ATTENDED', 'in', id)));
  const shared = new Map<string, Set<string>>();
  perSession.flat().forEach((edge) => {
    if (edge.fromId === personId) return;
    const set = shared.get(edge.fromId) ?? new Set<string>();
    shared.set(edge.fromId, set.add(edge.toId));
  });
  const [people, sessions] = await Promise.all([
    loadNodes(ctx, 'Person', [...shared.keys()]),
    loadNodes(ctx, 'Session', sessionIds),
  ]);
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  return people
    .map((person) => {
      const ids = [...(shared.get(person.id) ?? [])];
      const met = ids.map((id) => sessionById.get(id)).filter((s): s is SessionRecord => !!s);
      return { person, sessions: met, sessionCount: met.length };
    })
    .sort((a, b) => b.sessionCount - a.sessionCount || a.person.name.localeCompare(b.person.name, 'vi'));
}
