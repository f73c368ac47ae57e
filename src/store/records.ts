import type { AdminLevel, NodeLabel, OrganizationKind, SessionKind } from '../domain/kinds';
import type { PartialDate } from '../domain/partial-date';
import type { RelationType } from '../domain/relations';

/** Plain values read from the store, the same whatever the engine. */
export interface PersonRecord { label: 'Person'; id: string; name: string }
export interface OrganizationRecord { label: 'Organization'; id: string; name: string; kind: OrganizationKind }
export interface AdminUnitRecord { label: 'AdminUnit'; id: string; name: string; level: AdminLevel }
export interface SessionRecord {
  label: 'Session';
  id: string;
  kind: SessionKind;
  title: string;
  date: PartialDate | null;
}
export interface DocumentRecord {
  label: 'LegalDocument';
  id: string;
  type: string;
  number: string;
  kindCode: string | null;
  issuerCode: string | null;
  issuedOn: PartialDate | null;
  subject: string | null;
}
export interface ArticleRecord {
  label: 'Article';
  id: string;
  url: string | null;
  title: string | null;
  publishedAt: PartialDate | null;
  contentHash: string;
  ingestedAt: string; // ISO timestamp
}
export interface PositionRecord { label: 'Position'; id: string; title: string }

export type NodeRecord =
  | PersonRecord
  | OrganizationRecord
  | AdminUnitRecord
  | SessionRecord
  | DocumentRecord
  | ArticleRecord
  | PositionRecord;

export type RecordOf<L extends NodeLabel> = Extract<NodeRecord, { label: L }>;

/**
 * Where a fact was read: the article and the quoted words. The quote is
 * the article's text from spanStart to spanEnd; a store that did not read
 * it gives null, and `GraphStore.getQuotes` reads it when someone asks.
 */
export interface SourceRecord {
  articleId: string;
  quote: string | null;
  spanStart: number;
  spanEnd: number;
}

/** One relationship fact between two nodes, with every article that states it. */
export interface EdgeRecord {
  type: RelationType;
  fromId: string;
  toId: string;
  role: string | null; // TOOK_PART: 'host' | 'participant'; else null
  sources: SourceRecord[];
}

/** Relationships with the records of the nodes at their far ends (see GraphStore.getEdgesWithEnds). */
export interface EdgesWithEnds {
  edges: EdgeRecord[];
  /** The far end of each edge, by id (from `direction`'s point of view). */
  ends: Map<string, NodeRecord>;
}

/** A page request: `after` is an opaque cursor the store gave out. */
export interface PageRequest {
  first: number;
  after?: string | null;
  /**
   * The caller will not read `totalCount`: the store may skip counting (a
   * statement that reads the whole filtered set) and give -1 instead.
   */
  withoutTotal?: boolean;
}
export interface Page<T> {
  items: Array<{ node: T; cursor: string }>;
  totalCount: number;
  hasNextPage: boolean;
}

export interface SearchHit { node: NodeRecord; score: number }

/** One step of a path between two nodes. */
export interface PathStep { edge: EdgeRecord; node: NodeRecord }
export interface PathRecord { start: NodeRecord; steps: PathStep[] }
