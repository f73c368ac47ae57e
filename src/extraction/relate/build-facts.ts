import type { ArticleFacts, ArticleMeta, AuthorFact, CitationFact, DocumentFact, FoundingFact, PersonFact, PositionFact, SessionFact, Span } from '../../domain/facts';
import { cachedId as stableId } from './cached-id';
import { fold } from '../keys';
import { toPartialDate } from '../recognize/date-recognizer';
import type { Recognized } from '../recognize/recognizers';
import type { ArticleContext, ContextUnit } from '../resolve/article-context';
import { LEVEL_RANK } from '../lexicon/admin-levels';
import { completeOrg, type ResolvedOrg } from '../resolve/complete-org';
import type { MentionLink, ResolvedPerson } from '../resolve/resolve-persons';
import { buildSessions } from './build-sessions';
import type { FactRegistry } from './registry';

/** What the relate phase reads: recognized mentions, resolved persons, the context and the offset map. */
export interface RelateInput {
  articleId: string;
  meta: ArticleMeta;
  rec: Recognized;
  ctx: ArticleContext;
  persons: ResolvedPerson[];
  links: MentionLink[];
  registry: FactRegistry;
  span: (s: { start: number; end: number }) => Span;
}

/** Turns mentions into facts with stable ids: persons, positions, sessions, documents, foundings, citations, authors. */
export function relate(input: RelateInput): Omit<ArticleFacts, 'article' | 'diagnostics' | 'adminUnits' | 'organizations'> {
  const { rec, ctx, registry, span } = input;
  const orgId = (o: ResolvedOrg) => registry.orgId(o, null, span);
  const personIds = new Map<ResolvedPerson, string>();
  const persons: PersonFact[] = [];
  const personFact = (p: ResolvedPerson): string => {
    let id = personIds.get(p);
    if (!id) {
      id = stableId('Person', personKey(p, input));
      personIds.set(p, id);
      persons.push({ id, name: p.name, mentions: p.mentions.map(span) });
    }
    return id;
  };
  const positions: PositionFact[] = [];
  for (const p of input.persons) {
    const pid = personFact(p);
    for (const o of p.offices) {
      const oid = o.org ? orgId(o.org) : null;
      positions.push({ id: stableId('Position', `${pid}|${fold(o.title)}|${oid ?? ''}`), personId: pid, title: o.title, organizationId: oid, source: span(o.span) });
    }
  }
  const documents: DocumentFact[] = rec.documents.map((d) => {
    const issuer = d.issuer ? completeOrg(d.issuer, ctx) : null;
    const issuerId = issuer ? orgId(issuer) : null;
    const date = d.date ? toPartialDate(d.date, input.meta.publishedAt) : null;
    const where = issuer ? `org:${issuerId}` : `code:${d.issuerCode ?? ''}@${fold(ctx.commune?.name ?? ctx.district?.name ?? ctx.province?.name ?? `article ${input.articleId}`)}`;
    const key = `${where}|${d.kindCode}|${d.number}|${date ?? ''}`;
    return { id: stableId('LegalDocument', key), type: d.type, number: d.number, kindCode: d.kindCode, issuerCode: d.issuerCode, issuedOn: date, issuerId, subject: d.subject, source: span(d) };
  });
  const docId = (i: number) => documents[i].id;
  const docIndex = new Map(rec.documents.map((d, i) => [d, i]));
  const foundings: FoundingFact[] = rec.foundings.map((f) => ({
    organizationId: orgId(completeOrg(f.org, ctx)),
    documentId: docId(docIndex.get(f.doc)!),
    source: span(f),
  }));
  const sessions = buildSessions(input, orgId, personFact);
  const citations: CitationFact[] = [];
  const byNumber = new Map<string, number>();
  rec.documents.forEach((d, i) => byNumber.has(d.number) || byNumber.set(d.number, i));
  rec.documents.forEach((d, i) => {
    const s = rec.sessions.findIndex((x) => x.region.start <= d.start && d.start < x.region.end);
    if (s >= 0) citations.push({ fromId: sessions[s].id, documentId: docId(i), source: span(d) });
    for (const number of d.subject?.match(NUMBER_IN_SUBJECT) ?? []) {
      const j = byNumber.get(number.replace(/[ ]+/g, ''));
      if (j !== undefined && j !== i) citations.push({ fromId: docId(i), documentId: docId(j), source: span(rec.documents[j]) });
    }
  });
  const authors: AuthorFact[] = [];
  for (const b of rec.bylines) {
    const known = input.persons.find((p) => p.name === b.name);
    const p = known ?? { name: b.name, offices: [], mentions: [{ start: b.start, end: b.end }] };
    if (!known) input.persons.push(p);
    const personId = personFact(p);
    if (!authors.some((a) => a.personId === personId)) authors.push({ personId, source: span(b) });
  }
  return {
    persons,
    positions: uniqueBy(positions, (p) => p.id),
    sessions: uniqueBy(sessions, (s) => s.id),
    documents: uniqueBy(documents, (d) => d.id),
    foundings: uniqueBy(foundings, (f) => `${f.organizationId}|${f.documentId}`),
    citations: uniqueBy(citations, (c) => `${c.fromId}|${c.documentId}`),
    authors,
  };
}

/** The first fact of each key: a fact stated twice in one article is one fact. */
function uniqueBy<T>(items: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const NUMBER_IN_SUBJECT = /\d{1,5}[ ]{0,2}[-/][^\s,;.()]{1,40}/gu;

/**
 * A person's canonical key: the folded name with the most specific unit they
 * are tied to in the article: the unit of their offices' bodies (a village
 * counts as its commune), else the unit the article is about; the country for
 * national offices only. So two articles about one commune give one person,
 * and the same name in two communes stays two. A byline without offices is
 * the site's writer; with nothing known, the person is the article's alone.
 */
function personKey(p: ResolvedPerson, input: RelateInput): string {
  const orgs = p.offices.map((o) => o.org).filter((o): o is ResolvedOrg => o !== null);
  if (orgs.length && orgs.every((o) => o.national)) return `${fold(p.name)}@vn`;
  const { ctx } = input;
  let unit: ContextUnit | null = null;
  for (const o of orgs) {
    for (let x: ResolvedOrg | null = o; x; x = x.inner) {
      if (x.unit && x.unit.level !== 'VILLAGE' && (!unit || LEVEL_RANK[x.unit.level] > LEVEL_RANK[unit.level])) unit = x.unit;
    }
  }
  if (!unit && !p.offices.length && input.rec.bylines.some((b) => b.name === p.name)) {
    const site = siteOf(input.meta.url);
    if (site) return `${fold(p.name)}@site:${site}`;
  }
  unit ??= ctx.commune ?? ctx.district ?? ctx.province;
  if (unit) return `${fold(p.name)}@${unit.level === 'WARD' || unit.level === 'TOWN' ? 'COMMUNE' : unit.level}:${fold(unit.name)}`;
  return `${fold(p.name)}@article:${input.articleId}`;
}

/** The host of an article's address, without "www.": "baolangson.vn". */
function siteOf(url: string | null | undefined): string | null {
  const m = url ? /^[a-z]+:\/\/(?:www\.)?([^/?#:]+)/i.exec(url) : null;
  return m ? m[1].toLowerCase() : null;
}
