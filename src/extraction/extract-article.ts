import type { ArticleFacts, ArticleMeta, Diagnostic, Span } from '../domain/facts';
import { articleIdOfHash, contentHash } from '../domain/ids';
import { blankCrawlNoise } from './normalize/crawl-noise';
import { normalizeText } from './normalize/normalize-text';
import { recognizeAdminUnits } from './recognize/admin-unit-recognizer';
import { recognizeAll } from './recognize/recognizers';
import { splitSentences } from './recognize/sentences';
import { buildContext, type ContextUnit } from './resolve/article-context';
import { completeOrg } from './resolve/complete-org';
import { resolvePersons } from './resolve/resolve-persons';
import { unitsBeforeIn } from './resolve/units-before';
import { findWorkplaces } from './resolve/workplaces';
import { relate } from './relate/build-facts';
import { FactRegistry, makeParentOf } from './relate/registry';
import { statedParents } from './relate/stated-parents';

/** Texts longer than this are read up to here (1 MB of UTF-16); the rest is reported, not read. */
const MAX_CHARS = 1_000_000;
/** A site address written in the text: "(gialai.gov.vn)". */
const SITE_ADDRESS = /(?<![a-z0-9.-])[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){0,4}\.(?:gov|org|com|net)\.vn/g; // bounded: linear time
/** Diagnostics of one kind beyond this many say nothing new. */
const MAX_DIAGNOSTICS = 50;

/**
 * Reads one article: text in, facts with provenance out. Pure: no IO, no
 * clock. Phases: normalize (NFC, tone marks, crawl noise) -> recognize
 * (units, organizations, persons, documents, foundings, sessions, bylines)
 * -> resolve (context units, completed organizations, persons and role-only
 * references) -> relate (facts with stable ids). Spans quote the original.
 */
export function extractArticle(text: string, meta: ArticleMeta = {}): ArticleFacts {
  const hash = contentHash(text);
  const id = articleIdOfHash(meta.url ?? null, hash);
  const diagnostics: Diagnostic[] = [];
  const source = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  if (source !== text) diagnostics.push({ code: 'TRUNCATED', message: `only the first ${MAX_CHARS} characters were read` });

  const norm = normalizeText(source);
  const body = blankCrawlNoise(norm.text);
  const span = (s: { start: number; end: number }): Span => {
    const map = norm.toOriginal;
    const start = map ? map[s.start] : s.start;
    const end = map ? map[s.end] : s.end;
    return { start, end, text: text.slice(start, end) };
  };

  const rec = recognizeAll(norm.text, body, splitSentences(body), meta.publishedAt ?? null);
  const titleUnits = meta.title ? recognizeAdminUnits(normalizeText(meta.title).text) : [];
  const sites = [meta.url, ...(norm.text.includes('.vn') ? norm.text.match(SITE_ADDRESS) ?? [] : []).slice(0, 5)];
  const ctx = buildContext([...rec.allUnits, ...titleUnits], sites, norm.text);
  const workplaces = findWorkplaces(body);
  const { persons, links } = resolvePersons(body, rec.persons, ctx, { company: workplaces.has('Công ty'), unitsBefore: unitsBeforeIn(body, rec.units, rec.sentences, ctx) });
  const unresolved = links.filter((l) => !l.person);
  for (const l of unresolved.slice(0, MAX_DIAGNOSTICS)) {
    diagnostics.push({ code: 'UNRESOLVED_ROLE', message: 'a role-only reference matches no named person', span: span(l.mention) });
  }

  const registry = new FactRegistry(id, makeParentOf(statedParents(rec.units), ctx), workplaces);
  const byPhrase = new Map<string, ReturnType<typeof completeOrg>>();
  const completed = rec.orgs.map((o) => {
    const phrase = body.slice(o.start, o.end);
    let c = byPhrase.get(phrase);
    if (!c) byPhrase.set(phrase, (c = completeOrg(o, ctx)));
    return { ...c, span: { start: o.start, end: o.end } };
  });
  // Founded bodies and issuers are named in full where the article tells of them: the short names later stand for them.
  const told = [...rec.foundings.map((f) => f.org), ...rec.documents.flatMap((d) => (d.issuer ? [d.issuer] : []))].map((o) => completeOrg(o, ctx));
  registry.setAliases([...completed, ...persons.flatMap((p) => p.offices.map((o) => o.org)).filter((o) => o !== null)], told);
  for (const u of rec.units) registry.unitId(u as ContextUnit, span(u));
  completed.forEach((o, i) => registry.orgId(o, span(rec.orgs[i]), span));
  const facts = relate({ articleId: id, meta, rec, ctx, persons, links, registry, span });

  return {
    article: { id, url: meta.url ?? null, title: meta.title ?? null, publishedAt: meta.publishedAt ?? null, contentHash: hash },
    ...facts,
    adminUnits: [...registry.units.values()],
    organizations: [...registry.orgs.values()],
    diagnostics,
  };
}
