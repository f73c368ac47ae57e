import { registerEnumType } from 'type-graphql';
import { ADMIN_LEVELS, ORGANIZATION_KINDS, SESSION_KINDS } from '../../domain/kinds';

/** GraphQL enums with the same values the domain and the store use. */
function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export const OrganizationKindEnum = enumOf(ORGANIZATION_KINDS);
export const AdminLevelEnum = enumOf(ADMIN_LEVELS);
export const SessionKindEnum = enumOf(SESSION_KINDS);

/** Kinds of node as clients name them, e.g. in search results. */
export const NodeKindEnum = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  ADMIN_UNIT: 'AdminUnit',
  SESSION: 'Session',
  LEGAL_DOCUMENT: 'LegalDocument',
  ARTICLE: 'Article',
  POSITION: 'Position',
} as const;

registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind', description: 'Kind of organization (Popolo classification)' });
registerEnumType(AdminLevelEnum, { name: 'AdminLevel', description: 'Level of administrative unit' });
registerEnumType(SessionKindEnum, { name: 'SessionKind', description: 'Kind of reported event (Popolo Event classification)' });
registerEnumType(NodeKindEnum, { name: 'NodeKind', description: 'Kind of node in the graph' });
