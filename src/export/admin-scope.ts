import type { RelationType } from '../domain/relations';
import type { GraphStore } from '../store/store.port';

const BATCH = 500;

/**
 * The ids belonging to an administrative unit, for `--admin-unit`:
 * the unit and the units within it (WITHIN, any depth); the organizations
 * serving them (SERVES) and those part of these (PART_OF, any depth); the
 * offices in those organizations (IN_ORGANIZATION) and their holders
 * (HOLDS); the sessions they took part in (TOOK_PART) with their chairs and
 * participants; the documents they issued (ISSUED) or that founded them
 * (FOUNDED); and, with `withArticles`, the articles stating any of these.
 */
export async function collectAdminScope(store: GraphStore, unitId: string, withArticles: boolean): Promise<Set<string>> {
  const units = await closure(store, 'WITHIN', [unitId]);
  const organizations = await closure(store, 'PART_OF', await ends(store, 'SERVES', 'in', units));
  const positions = await ends(store, 'IN_ORGANIZATION', 'in', organizations);
  const holders = await ends(store, 'HOLDS', 'in', positions);
  const sessions = await ends(store, 'TOOK_PART', 'out', organizations);
  const attendees = [...(await ends(store, 'CHAIRED', 'in', sessions)), ...(await ends(store, 'ATTENDED', 'in', sessions))];
  const documents = [...(await ends(store, 'ISSUED', 'out', organizations)), ...(await ends(store, 'FOUNDED', 'in', organizations))];
  const scope = new Set([...units, ...organizations, ...positions, ...holders, ...sessions, ...attendees, ...documents]);
  if (withArticles) for (const id of await ends(store, 'STATES', 'in', [...scope])) scope.add(id);
  return scope;
}

/** The given ids and everything reaching them through `type` edges pointing in, at any depth. */
async function closure(store: GraphStore, type: RelationType, start: string[]): Promise<string[]> {
  const seen = new Set(start);
  let frontier = start;
  while (frontier.length > 0) {
    frontier = (await ends(store, type, 'in', frontier)).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}

/** The other ends of `type` edges at the given nodes: starts for `in`, ends for `out`; no repeats. */
async function ends(store: GraphStore, type: RelationType, direction: 'in' | 'out', ids: string[]): Promise<string[]> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += BATCH) {
    const edges = await store.getEdges(type, direction, ids.slice(i, i + BATCH));
    for (const e of edges) found.add(direction === 'in' ? e.fromId : e.toId);
  }
  return [...found];
}
