import type { NodeLabel } from '../../domain/kinds';
import type { RelationType } from '../../domain/relations';
import type {
  AdminUnitFilter, ArticleFilter, DocumentFilter, OrganizationFilter, PersonFilter, SessionFilter,
} from '../filters';
import { foldSearchText, normalizeDocumentNumber, searchWords } from '../cypher/search-keys';
import type { GraphModel } from './graph-model';
import type { ListQuery } from './list-runner';

/*
 * The list filters of the port (store/filters.ts), as the engines read
 * them (cypher/list-specs.ts): each id filter is the set of nodes its path
 * reaches, a value filter a test on the node's entry.
 */

type Step = readonly [RelationType, 'out' | 'in'];

/** The nodes reached from `id` by following `steps` (each a type and a direction). */
function reach(m: GraphModel, id: string, steps: readonly Step[]): Set<number> {
  const start = m.nodes.indexOf(id);
  let frontier = new Set<number>(start === undefined ? [] : [start]);
  for (const [type, direction] of steps) {
    const next = new Set<number>();
    for (const node of frontier) {
      for (const r of direction === 'out' ? m.edges.out(node, type) : m.edges.in(node, type)) {
        next.add(direction === 'out' ? m.edges.toOf(r) : m.edges.fromOf(r));
      }
    }
    frontier = next;
  }
  return frontier;
}

/** A date range, when the filter gives one end or both. */
function datesOf(f: { from?: string | null; to?: string | null }): ListQuery['dates'] {
  return f.from || f.to ? { from: f.from || null, to: f.to || null } : undefined;
}

function query(m: GraphModel, label: NodeLabel, search?: string | null): ListQuery {
  const words = searchWords(search ?? '');
  return { label, sets: [], tests: [], words: words.length > 0 ? words : undefined };
}

/** Adds the nodes reached from a filter's id (the path read from the filter's node toward the listed one). */
function addReach(m: GraphModel, q: ListQuery, id: string | null | undefined, steps: readonly Step[]): void {
  if (id) q.sets.push(reach(m, id, steps));
}

export function listPeopleQuery(m: GraphModel, f: PersonFilter): ListQuery {
  const q = query(m, 'Person', f.search);
  addReach(m, q, f.organizationId, [['IN_ORGANIZATION', 'in'], ['HOLDS', 'in']]);
  addReach(m, q, f.adminUnitId, [['SERVES', 'in'], ['IN_ORGANIZATION', 'in'], ['HOLDS', 'in']]);
  if (f.title) {
    const title = foldSearchText(f.title);
    q.tests.push((i) => m.edges.out(i, 'HOLDS').some((r) => m.nodes.entry(m.edges.toOf(r))?.searchText === title));
  }
  return q;
}

export function listOrganizationsQuery(m: GraphModel, f: OrganizationFilter): ListQuery {
  const q = query(m, 'Organization', f.search);
  if (f.kind) q.tests.push((_i, e) => e.record.label === 'Organization' && e.record.kind === f.kind);
  addReach(m, q, f.adminUnitId, [['SERVES', 'in']]);
  return q;
}

export function listAdminUnitsQuery(m: GraphModel, f: AdminUnitFilter): ListQuery {
  const q = query(m, 'AdminUnit', f.search);
  if (f.level) q.tests.push((_i, e) => e.record.label === 'AdminUnit' && e.record.level === f.level);
  addReach(m, q, f.parentId, [['WITHIN', 'in']]);
  return q;
}

export function listSessionsQuery(m: GraphModel, f: SessionFilter): ListQuery {
  const q = query(m, 'Session');
  q.dates = datesOf(f);
  if (f.kind) q.tests.push((_i, e) => e.record.label === 'Session' && e.record.kind === f.kind);
  addReach(m, q, f.chairId, [['CHAIRED', 'out']]);
  addReach(m, q, f.participantId, [['ATTENDED', 'out']]);
  addReach(m, q, f.organizationId, [['TOOK_PART', 'out']]);
  addReach(m, q, f.adminUnitId, [['SERVES', 'in'], ['TOOK_PART', 'out']]);
  return q;
}

export function listDocumentsQuery(m: GraphModel, f: DocumentFilter): ListQuery {
  const q = query(m, 'LegalDocument');
  q.dates = datesOf(f);
  if (f.type) {
    const type = foldSearchText(f.type);
    q.tests.push((_i, e) => e.typeKey === type);
  }
  addReach(m, q, f.issuerId, [['ISSUED', 'out']]);
  if (f.number) {
    const key = normalizeDocumentNumber(f.number);
    q.sets.push(new Set(m.byNumber.get(key) ?? []));
    q.tests.push((_i, e) => e.numberKey === key);
  }
  return q;
}

export function listArticlesQuery(m: GraphModel, f: ArticleFilter): ListQuery {
  return query(m, 'Article', f.search);
}

