import type {
  AdminUnitFilter, ArticleFilter, DocumentFilter, OrganizationFilter, PersonFilter, SessionFilter,
} from '../filters';
import { addCondition, addSearchConditions, type ListSpec } from './list-query';
import { foldSearchText, normalizeDocumentNumber } from './search-keys';

// Names and titles sort by their folded copy ("Đinh" among the D's), dated things newest first.
const BY_NAME = [{ property: 'searchText', descending: false }];
const NEWEST_FIRST = [{ property: 'dateFrom', descending: true }];

function spec(label: ListSpec['label'], sort: ListSpec['sort']): ListSpec {
  return { label, conditions: [], params: {}, sort };
}

/** People: by folded name; holding an office in an organization, with a title, or in a unit. */
export function peopleSpec(f: PersonFilter): ListSpec {
  const s = spec('Person', BY_NAME);
  addSearchConditions(s, f.search);
  addCondition(s, f.organizationId, 'organizationId',
    'EXISTS { MATCH (n)-[:HOLDS]->(:Position)-[:IN_ORGANIZATION]->(o:Organization) WHERE o.id = $organizationId }');
  addCondition(s, f.title ? foldSearchText(f.title) : null, 'title',
    'EXISTS { MATCH (n)-[:HOLDS]->(p:Position) WHERE p.searchText = $title }');
  addCondition(s, f.adminUnitId, 'adminUnitId',
    'EXISTS { MATCH (n)-[:HOLDS]->(:Position)-[:IN_ORGANIZATION]->(:Organization)-[:SERVES]->(u:AdminUnit) WHERE u.id = $adminUnitId }');
  return s;
}

/** Organizations: by folded name; of a kind, serving a unit. */
export function organizationsSpec(f: OrganizationFilter): ListSpec {
  const s = spec('Organization', BY_NAME);
  addSearchConditions(s, f.search);
  addCondition(s, f.kind, 'kind', 'n.kind = $kind');
  addCondition(s, f.adminUnitId, 'adminUnitId',
    'EXISTS { MATCH (n)-[:SERVES]->(u:AdminUnit) WHERE u.id = $adminUnitId }');
  return s;
}

/** Administrative units: by folded name; of a level, lying in a unit. */
export function adminUnitsSpec(f: AdminUnitFilter): ListSpec {
  const s = spec('AdminUnit', BY_NAME);
  addSearchConditions(s, f.search);
  addCondition(s, f.level, 'level', 'n.level = $level');
  addCondition(s, f.parentId, 'parentId', 'EXISTS { MATCH (n)-[:WITHIN]->(u:AdminUnit) WHERE u.id = $parentId }');
  return s;
}

/**
 * Date range: a partial date is kept when its span overlaps [from, to]
 * ("2025-05" is within from 2025-05-10); a date without a year never is.
 */
function addDateRange(s: ListSpec, from: string | null | undefined, to: string | null | undefined): void {
  addCondition(s, from, 'from', "n.dateFrom <> '' AND n.dateTo >= $from");
  addCondition(s, to, 'to', "n.dateFrom <> '' AND n.dateFrom <= $to");
}

/** Sessions: newest first; by date range, kind, chair, participant, organization or unit. */
export function sessionsSpec(f: SessionFilter): ListSpec {
  const s = spec('Session', NEWEST_FIRST);
  addDateRange(s, f.from, f.to);
  addCondition(s, f.kind, 'kind', 'n.kind = $kind');
  addCondition(s, f.chairId, 'chairId', 'EXISTS { MATCH (p:Person)-[:CHAIRED]->(n) WHERE p.id = $chairId }');
  addCondition(s, f.participantId, 'participantId',
    'EXISTS { MATCH (p:Person)-[:ATTENDED]->(n) WHERE p.id = $participantId }');
  addCondition(s, f.organizationId, 'organizationId',
    'EXISTS { MATCH (o:Organization)-[:TOOK_PART]->(n) WHERE o.id = $organizationId }');
  addCondition(s, f.adminUnitId, 'adminUnitId',
    'EXISTS { MATCH (u:AdminUnit)<-[:SERVES]-(:Organization)-[:TOOK_PART]->(n) WHERE u.id = $adminUnitId }');
  return s;
}

/** Documents: newest first; by type (folded), issuer, date range, normalized number. */
export function documentsSpec(f: DocumentFilter): ListSpec {
  const s = spec('LegalDocument', NEWEST_FIRST);
  addCondition(s, f.type ? foldSearchText(f.type) : null, 'type', 'n.typeKey = $type');
  addCondition(s, f.issuerId, 'issuerId', 'EXISTS { MATCH (o:Organization)-[:ISSUED]->(n) WHERE o.id = $issuerId }');
  addDateRange(s, f.from, f.to);
  addCondition(s, f.number ? normalizeDocumentNumber(f.number) : null, 'number', 'n.numberKey = $number');
  return s;
}

/** Articles: newest publication first; by words of the title. */
export function articlesSpec(f: ArticleFilter): ListSpec {
  const s = spec('Article', NEWEST_FIRST);
  addSearchConditions(s, f.search);
  return s;
}
