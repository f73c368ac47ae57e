import type { AdminLevel, OrganizationKind, SessionKind } from '../domain/kinds';

/** Filters of the list queries; every field is optional and they combine with AND. */
export interface PersonFilter {
  search?: string | null; // folded-text prefix match on the name
  organizationId?: string | null; // holds an office in it
  title?: string | null; // holds an office with this title (case and diacritics folded)
  adminUnitId?: string | null; // holds an office in an organization serving it
}
export interface OrganizationFilter {
  kind?: OrganizationKind | null;
  adminUnitId?: string | null;
  search?: string | null;
}
export interface AdminUnitFilter {
  level?: AdminLevel | null;
  search?: string | null;
  parentId?: string | null;
}
export interface SessionFilter {
  from?: string | null; // YYYY-MM-DD, inclusive
  to?: string | null;
  kind?: SessionKind | null;
  chairId?: string | null;
  participantId?: string | null;
  organizationId?: string | null;
  adminUnitId?: string | null; // an organization taking part serves it
}
export interface DocumentFilter {
  type?: string | null;
  issuerId?: string | null;
  from?: string | null;
  to?: string | null;
  number?: string | null; // matched on the normalized number
}
export interface ArticleFilter {
  search?: string | null;
}
