import type { ArticleFacts, ArticleMeta, Span } from '../../src/domain/facts';
import { extractArticle } from '../../src/extraction/extract-article';

/** Facts of an article with readable views for assertions. */
export interface Read {
  facts: ArticleFacts;
  persons: string[];
  positions: (person: string) => Array<{ title: string; org: string | null }>;
  sessions: Array<{ date: string | null; kind: string; chair: string | null; participants: string[] }>;
  documents: Array<{ number: string; type: string; date: string | null; issuer: string | null; kindCode: string | null; issuerCode: string | null; subject: string | null }>;
  foundings: Array<{ org: string; number: string }>;
  authors: string[];
}

export function read(text: string, meta: ArticleMeta = {}): Read {
  const facts = extractArticle(text, meta);
  const person = new Map(facts.persons.map((p) => [p.id, p.name]));
  const org = new Map(facts.organizations.map((o) => [o.id, o.name]));
  const doc = new Map(facts.documents.map((d) => [d.id, d.number]));
  const name = (id: string | null) => (id ? person.get(id) ?? null : null);
  return {
    facts,
    persons: facts.persons.map((p) => p.name),
    positions: (who) =>
      facts.positions.filter((p) => person.get(p.personId) === who).map((p) => ({ title: p.title, org: p.organizationId ? org.get(p.organizationId) ?? null : null })),
    sessions: facts.sessions.map((s) => ({ date: s.date, kind: s.kind, chair: name(s.chairId), participants: s.participantIds.map((id) => person.get(id)!) })),
    documents: facts.documents.map((d) => ({
      number: d.number, type: d.type, date: d.issuedOn, issuer: d.issuerId ? org.get(d.issuerId) ?? null : null, kindCode: d.kindCode, issuerCode: d.issuerCode, subject: d.subject,
    })),
    foundings: facts.foundings.map((f) => ({ org: org.get(f.organizationId)!, number: doc.get(f.documentId)! })),
    authors: facts.authors.map((a) => person.get(a.personId)!),
  };
}

/** Every span the facts carry. */
export function allSpans(f: ArticleFacts): Span[] {
  return [
    ...f.persons.flatMap((p) => p.mentions),
    ...f.adminUnits.flatMap((u) => u.mentions),
    ...f.organizations.flatMap((o) => o.mentions),
    ...f.positions.map((p) => p.source),
    ...f.sessions.map((s) => s.source),
    ...f.documents.map((d) => d.source),
    ...f.foundings.map((x) => x.source),
    ...f.citations.map((c) => c.source),
    ...f.authors.map((a) => a.source),
    ...f.diagnostics.flatMap((d) => (d.span ? [d.span] : [])),
  ];
}

/** Asserts that every span quotes the original text exactly. */
export function expectSpansQuoteOriginal(text: string, f: ArticleFacts): void {
  for (const s of allSpans(f)) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeLessThanOrEqual(s.end);
  }
}
