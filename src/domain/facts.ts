import type { AdminLevel, OrganizationKind, SessionKind } from './kinds';
import type { PartialDate } from './partial-date';

/**
 * The quoted words that state a fact: character offsets into the original
 * article text (UTF-16 code units, as JavaScript strings count) and the quote.
 * Invariant: text === article.slice(start, end).
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** What the crawler knows besides the text. `publishedAt` is `YYYY-MM-DD`. */
export interface ArticleMeta {
  url?: string | null;
  title?: string | null;
  publishedAt?: string | null;
}

/**
 * Entities carry stable ids made with `stableId(label, canonicalKey)`; the
 * canonical key is what resolution across articles compares (a person's
 * folded name with its place, a document's issuer with kind and number...),
 * so two articles naming the same thing produce the same id.
 */
export interface PersonFact {
  id: string;
  name: string; // as written, NFC, modern tone marks, without honorific
  mentions: Span[];
}

export interface AdminUnitFact {
  id: string;
  name: string; // "xã Lộc Bình", "tỉnh Lạng Sơn": level word and proper name
  level: AdminLevel;
  parentId: string | null; // the unit it lies in, where stated or known from the article
  mentions: Span[];
}

export interface OrganizationFact {
  id: string;
  name: string; // expanded, with its unit: "Đảng ủy xã Lộc Bình"
  kind: OrganizationKind;
  adminUnitId: string | null; // the unit it serves
  parentId: string | null; // the organization it belongs to (a cell to its Đảng ủy, a board to its committee)
  mentions: Span[];
}

/** A person holding an office (Popolo Membership/Post). */
export interface PositionFact {
  id: string;
  personId: string;
  title: string; // the office alone, expanded: "Phó Bí thư Thường trực"
  organizationId: string | null;
  source: Span;
}

export interface SessionFact {
  id: string;
  kind: SessionKind;
  title: string; // a short description: the sentence head or the article title
  date: PartialDate | null;
  chairId: string | null;
  participantIds: string[]; // the chair included
  organizationIds: string[]; // bodies that held it or took part
  source: Span;
}

/** A numbered document. Identity: issuer with kind and number (and date where numbers repeat). */
export interface DocumentFact {
  id: string;
  type: string; // "Quyết định", "Nghị quyết", "Kế hoạch"...
  number: string; // as written, spaces removed, dashes as "-": "03-QĐ/ĐU", "05/KH-MTTQ-BTT"
  kindCode: string | null; // "QĐ", "KH"
  issuerCode: string | null; // "ĐU", "MTTQ-BTT"
  issuedOn: PartialDate | null;
  issuerId: string | null; // an OrganizationFact id
  subject: string | null; // "về việc thành lập ..."
  source: Span;
}

/** An organization established by a document. */
export interface FoundingFact {
  organizationId: string;
  documentId: string;
  source: Span;
}

/** A session or document that cites a document. */
export interface CitationFact {
  fromId: string; // a SessionFact or DocumentFact id
  documentId: string;
  source: Span;
}

/** A person named in the byline. */
export interface AuthorFact {
  personId: string;
  source: Span;
}

/** Something the pipeline noticed but could not use; never an error. */
export interface Diagnostic {
  code: string;
  message: string;
  span?: Span;
}

/** Everything extraction takes from one article: the output of `extractArticle`. */
export interface ArticleFacts {
  article: {
    id: string;
    url: string | null;
    title: string | null;
    publishedAt: PartialDate | null;
    contentHash: string;
  };
  persons: PersonFact[];
  adminUnits: AdminUnitFact[];
  organizations: OrganizationFact[];
  positions: PositionFact[];
  sessions: SessionFact[];
  documents: DocumentFact[];
  foundings: FoundingFact[];
  citations: CitationFact[];
  authors: AuthorFact[];
  diagnostics: Diagnostic[];
}
