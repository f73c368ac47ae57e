import type { OfficeEntry } from '../lexicon/offices';
import type { RawOffice } from '../recognize/office-chain';
import type { OrgPhrase } from '../recognize/org-phrase';
import type { UnitRef } from '../recognize/unit-ref';
import type { PersonMention } from '../recognize/person-recognizer';
import type { ArticleContext } from './article-context';
import { committeeOf, completeOrg, orgFromHeadName, type ResolvedOrg } from './complete-org';

export interface ResolvedOffice {
  title: string;
  org: ResolvedOrg | null;
  span: { start: number; end: number };
}

export interface ResolvedPerson {
  name: string;
  offices: ResolvedOffice[];
  mentions: Array<{ start: number; end: number }>;
}

/** Each mention with the person it names; null for a role nobody named holds. */
export interface MentionLink {
  mention: PersonMention;
  person: ResolvedPerson | null;
}

/**
 * Persons of one article: mentions of one name are one person with all their
 * offices; a role-only mention ("đồng chí Bí thư Huyện ủy") is the one named
 * person holding those offices, if exactly one does.
 */
export function resolvePersons(text: string, mentions: readonly PersonMention[], ctx: ArticleContext): { persons: ResolvedPerson[]; links: MentionLink[] } {
  const byName = new Map<string, ResolvedPerson>();
  const offices = new Map<PersonMention, ResolvedOffice[]>();
  const byChainText = new Map<string, ResolvedOffice[]>();
  for (const m of mentions) {
    const chainText = m.offices.length ? `${m.offices[0].start - m.start}|${text.slice(m.offices[0].start, m.offices[m.offices.length - 1].end)}` : '';
    let resolved = byChainText.get(chainText);
    if (!resolved || !m.offices.length) {
      resolved = resolveChain(m.offices, ctx);
      byChainText.set(chainText, resolved);
    }
    offices.set(m, resolved.map((o, i) => ({ ...o, span: { start: m.offices[i].start, end: m.offices[i].end } })));
  }
  bodiesOfBareDeputies(text, mentions, offices);
  for (const m of mentions) {
    if (!m.name) continue;
    let p = byName.get(m.name);
    if (!p) byName.set(m.name, (p = { name: m.name, offices: [], mentions: [] }));
    p.mentions.push({ start: m.nameStart, end: m.nameEnd });
    for (const o of offices.get(m)!) addOffice(p, o);
  }
  const persons = [...byName.values()];
  const links = mentions.map((m) => ({ mention: m, person: m.name ? byName.get(m.name)! : holderOf(offices.get(m)!, persons) }));
  return { persons, links };
}

/** How far back a bare deputy's office looks for the body of its kind ("... Chủ tịch Hội Nông dân xã; A và B đắc cử Phó Chủ tịch"). */
const DEPUTY_REACH = 300;
const officeKind = (title: string) => title.replace(/^Phó /u, '').replace(/ Thường trực$/u, '');

/**
 * "Ông A tái đắc cử Chủ tịch Hội Nông dân xã Kim Sơn; bà B và ông C đắc cử
 * Phó Chủ tịch": an office written without a body, next to one of its kind
 * with a body in the same paragraph (the nearest with a body before it, else
 * after it), is of that body.
 */
function bodiesOfBareDeputies(text: string, mentions: readonly PersonMention[], offices: Map<PersonMention, ResolvedOffice[]>): void {
  const all = mentions.flatMap((m) => offices.get(m)!.map((o, i) => ({ list: offices.get(m)!, i, o })));
  // Within reach (nearestWithBody) and the same paragraph.
  const near = (a: ResolvedOffice, b: ResolvedOffice) => !text.slice(Math.min(a.span.end, b.span.end), Math.max(a.span.start, b.span.start)).includes('\n');
  for (let k = 0; k < all.length; k++) {
    const { list, i, o } = all[k];
    if (o.org) continue;
    // The office of its kind before it, else ("X tái đắc cử Chủ tịch, Y được bầu Phó Chủ tịch Hội CCB huyện") the one after it.
    const kind = officeKind(o.title);
    const before = nearestWithBody(all, k, -1, near);
    const after = nearestWithBody(all, k, 1, near);
    const source = before && officeKind(before.title) === kind ? before : after && officeKind(after.title) === kind ? after : null;
    if (source) list[i] = { ...o, org: source.org };
  }
}

/** The nearest office with a body from `k` in direction `step`, within reach (offices are in text order). */
function nearestWithBody(
  all: ReadonlyArray<{ o: ResolvedOffice }>, k: number, step: 1 | -1, near: (a: ResolvedOffice, b: ResolvedOffice) => boolean,
): ResolvedOffice | null {
  for (let j = k + step; j >= 0 && j < all.length; j += step) {
    if (Math.abs(all[j].o.span.start - all[k].o.span.start) >= DEPUTY_REACH) return null;
    if (all[j].o.org) return near(all[j].o, all[k].o) ? all[j].o : null;
  }
  return null;
}

/** The offices of one chain, bodies completed from the chain and the context. */
export function resolveChain(chain: readonly RawOffice[], ctx: ArticleContext): ResolvedOffice[] {
  const units = chain.flatMap((o, i) => unitsOf(o.org).map((u) => ({ u, i })));
  return chain.map((o, i) => {
    const hints = [...units.filter((x) => x.i > i), ...units.filter((x) => x.i <= i).reverse()].map((x) => x.u);
    return { title: o.entry.title, org: bodyOf(o, i, chain, hints, ctx), span: { start: o.start, end: o.end } };
  });
}

function bodyOf(o: RawOffice, i: number, chain: readonly RawOffice[], hints: UnitRef[], ctx: ArticleContext): ResolvedOrg | null {
  const place = o.org && isBareCell(o.org) ? workplaceBeside(i, chain) : null;
  if (place) return completeOrg({ ...o.org!, inner: place }, ctx, hints);
  if (o.org) return completeOrg(o.org, ctx, hints);
  const implied = o.entry.implied ? orgFromHeadName(o.entry.implied) : null;
  if (implied) return completeOrg(implied, ctx, hints);
  if (o.entry.party) return partyBody(o.entry, i, chain, hints, ctx);
  // "Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh": two offices of the body written after the second.
  const next = chain[i + 1];
  return next?.org && !next.entry.party && !next.entry.implied ? completeOrg(next.org, ctx, hints) : null;
}

/** "UVBTV, Phó Chủ tịch HĐND huyện": a Party office's body is the committee of the unit beside it. */
function partyBody(e: OfficeEntry, i: number, chain: readonly RawOffice[], hints: UnitRef[], ctx: ArticleContext): ResolvedOrg | null {
  const order = [...chain.slice(i + 1), ...chain.slice(0, i).reverse()];
  // "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh đoàn": a mass organization's own standing committee.
  const mass = e.title.startsWith('Ủy viên Ban') ? order.map((o) => massOrgAbove(o.org)).find((o) => o) : null;
  if (mass) return completeOrg(mass, ctx, hints);
  for (const other of order) {
    const committee = partyCommitteeIn(other.org) ?? (other.entry.implied ? orgFromHeadName(other.entry.implied) : null);
    if (committee) return completeOrg(committee, ctx, hints);
    const unit = other.org && unitsOf(other.org).find((u) => u.level !== 'VILLAGE');
    const bare = other.org?.unit && other.org.unit.level !== 'VILLAGE' ? other.org.unit : null;
    if (unit || bare) return completeOrg(committeeOf(unit || bare!), ctx, hints);
  }
  const fallback = ctx.commune ?? ctx.district;
  return fallback ? completeOrg(committeeOf(fallback), ctx, hints) : null;
}

const WORKPLACES = new Set(['Trường', 'Trạm', 'Công ty', 'Hợp tác xã', 'Trung tâm', 'Phòng', 'Sở', 'Công an', 'Đội']);

function isBareCell(org: OrgPhrase): boolean {
  return org.head.name === 'Chi bộ' && !org.label && !org.inner && !org.unit;
}

/** "Giám đốc Trung tâm X, ... Bí thư Chi bộ": a bare cell is that of the workplace named beside it in the chain. */
function workplaceBeside(i: number, chain: readonly RawOffice[]): OrgPhrase | null {
  for (const other of [...chain.slice(0, i).reverse(), ...chain.slice(i + 1)]) {
    if (other.org && WORKPLACES.has(other.org.head.name)) return other.org;
  }
  return null;
}

/** The mass organization a board belongs to ("Ban Tổ chức LĐLĐ tỉnh" -> "LĐLĐ tỉnh"), not the organization itself. */
function massOrgAbove(org: OrgPhrase | null): OrgPhrase | null {
  for (let o = org?.inner ?? null; o; o = o.inner) if (o.head.kind === 'MASS_ORGANIZATION') return o;
  return null;
}

function partyCommitteeIn(org: OrgPhrase | null): OrgPhrase | null {
  for (let o = org; o; o = o.inner) if (o.head.kind === 'PARTY_COMMITTEE' && !o.head.national) return o;
  return null;
}

function unitsOf(org: OrgPhrase | null): UnitRef[] {
  const out: UnitRef[] = [];
  for (let o = org; o; o = o.inner) if (o.unit?.name) out.push(o.unit);
  return out;
}

function addOffice(p: ResolvedPerson, o: ResolvedOffice): void {
  if (!o.org && p.offices.some((x) => x.title === o.title)) return;
  const bare = p.offices.findIndex((x) => x.title === o.title && !x.org);
  if (o.org && bare >= 0) p.offices.splice(bare, 1);
  const same = p.offices.findIndex((x) => x.title === o.title && orgsAgree(x.org, o.org));
  if (same < 0) p.offices.push(o);
  else if (wordCount(o.org) > wordCount(p.offices[same].org)) p.offices[same] = o;
}

/** Two names of one body: equal, or one's words all in the other's ("Huyện ủy" in "Huyện ủy Lấp Vò"). */
export function orgsAgree(a: ResolvedOrg | null, b: ResolvedOrg | null): boolean {
  if (!a || !b) return !a && !b;
  const wa = words(a.name);
  const wb = words(b.name);
  return [...wa].every((w) => wb.has(w)) || [...wb].every((w) => wa.has(w));
}

function holderOf(offices: readonly ResolvedOffice[], persons: readonly ResolvedPerson[]): ResolvedPerson | null {
  if (!offices.length) return null;
  const holders = persons.filter((p) => offices.every((o) => p.offices.some((x) => x.title === o.title && orgsAgree(x.org, o.org))));
  return holders.length === 1 ? holders[0] : null;
}

const WORDS = new Map<string, Set<string>>();

/** The lowercase words of a name, remembered (the same bodies are compared again and again). */
function words(s: string): Set<string> {
  let w = WORDS.get(s);
  if (!w) {
    if (WORDS.size > 10_000) WORDS.clear();
    WORDS.set(s, (w = new Set(s.toLowerCase().split(/\s+/).filter(Boolean))));
  }
  return w;
}

function wordCount(o: ResolvedOrg | null): number {
  return o ? o.name.split(/\s+/).length : 0;
}
