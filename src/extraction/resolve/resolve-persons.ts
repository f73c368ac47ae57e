import type { PersonMention } from '../recognize/person-recognizer';
import type { ArticleContext } from './article-context';
import { bodiesOfBareDeputies } from './bare-offices';
import type { ResolvedOrg } from './complete-org';
import { resolveChain, type ChainSetting, type ResolvedOffice } from './office-bodies';

export type { ResolvedOffice } from './office-bodies';

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
export function resolvePersons(
  text: string, mentions: readonly PersonMention[], ctx: ArticleContext, setting: ChainSetting = { company: false },
): { persons: ResolvedPerson[]; links: MentionLink[] } {
  const byName = new Map<string, ResolvedPerson>();
  const offices = new Map<PersonMention, ResolvedOffice[]>();
  const byChainText = new Map<string, ResolvedOffice[]>();
  for (const m of mentions) {
    const before = setting.unitsBefore && m.offices.some(needsUnitHints) ? setting.unitsBefore(m.start) : NONE;
    // One chain written alike resolves alike, unless the bodies it refers back to or the units named before it differ.
    let refs = '';
    for (const o of m.offices) if (o.antecedent || o.listedIn) refs += `${o.antecedent?.start}:${o.listedIn?.start},`;
    for (const u of before) refs += `${u.word} ${u.name},`;
    const chainText = m.offices.length ? `${m.offices[0].start - m.start}|${text.slice(m.offices[0].start, m.offices[m.offices.length - 1].end)}|${refs}` : '';
    let resolved = byChainText.get(chainText);
    if (!resolved || !m.offices.length) {
      resolved = resolveChain(m.offices, ctx, setting, before);
      byChainText.set(chainText, resolved);
    }
    offices.set(m, resolved.map((o, i) => ({ ...o, span: { start: m.offices[i].start, end: m.offices[i].end } })));
  }
  bodiesOfBareDeputies(text, mentions, offices);
  for (const m of mentions) {
    if (!m.name) continue;
    const key = nameKey(m.name);
    let p = byName.get(key);
    if (!p) byName.set(key, (p = { name: m.name, offices: [], mentions: [] }));
    p.mentions.push({ start: m.nameStart, end: m.nameEnd });
    for (const o of offices.get(m)!) addOffice(p, o);
  }
  const persons = [...byName.values()];
  const links = mentions.map((m) => ({ mention: m, person: m.name ? byName.get(nameKey(m.name))! : holderOfRole(text, m, offices.get(m)!, persons) }));
  return { persons, links };
}

/** The one named person a role-only mention stands for: the holder of all its offices, else of one of them. */
function holderOfRole(text: string, m: PersonMention, offices: readonly ResolvedOffice[], persons: readonly ResolvedPerson[]): ResolvedPerson | null {
  return holderOf(offices, persons) ?? (isPlural(text, m) ? null : holderOfOne(offices, persons));
}

/** "các đồng chí Đảng ủy viên, Bí thư chi bộ": offices of a group, not of one person. */
const PLURAL = /(?:^|[ ])(?:các|những)[ ]+(?:đồng[ ]+chí[ ]+)?$/iu;

function isPlural(text: string, m: PersonMention): boolean {
  return /^(?:các|những)[ ]/iu.test(text.slice(m.start, m.start + 6)) || PLURAL.test(text.slice(Math.max(0, m.start - 16), m.start));
}

/**
 * "Đồng chí Bí thư Huyện ủy, Trưởng tiểu ban chủ trì": a role-only chain one office of which (with its body) only
 * one named person holds is that person's, and tells the rest of their offices.
 */
function holderOfOne(offices: readonly ResolvedOffice[], persons: readonly ResolvedPerson[]): ResolvedPerson | null {
  if (offices.length < 2) return null;
  const holds = (p: ResolvedPerson, o: ResolvedOffice) => o.org !== null && p.offices.some((x) => x.title === o.title && orgsAgree(x.org, o.org));
  const holders = new Set<ResolvedPerson>();
  for (const o of offices) for (const p of persons) if (holds(p, o)) holders.add(p);
  if (holders.size !== 1) return null;
  const [holder] = holders;
  for (const o of offices) if (!holds(holder, o)) addOffice(holder, o);
  return holder;
}

const NONE: never[] = [];

/** "Pơloong Văn Hiệp" and "Pơ Loong Văn Hiệp": one name written with its syllables joined or apart is one person's. */
function nameKey(name: string): string {
  return name.replace(/ /g, '').toLowerCase();
}

/** Whether an office leaves a unit to complete: a bare level word ("HĐND xã"), a bare committee or cell. */
function needsUnitHints(o: PersonMention['offices'][number]): boolean {
  for (let org = o.org; org; org = org.inner) {
    if (org.unit ? !org.unit.name : org.head.name === 'Đảng ủy' || org.head.name === 'Đảng bộ' || org.head.name === 'Ban Chấp hành Đảng bộ' || org.head.name === 'Chi bộ') return true;
  }
  return !o.org;
}

function addOffice(p: ResolvedPerson, o: ResolvedOffice): void {
  if (!o.org && p.offices.some((x) => x.title === o.title)) return;
  // "X - Phó Bí thư Thường trực Đảng ủy" and later "các đồng chí X và Y giữ chức Phó Bí thư": one office, written short.
  if (p.offices.some((x) => x.title === `${o.title} Thường trực` && orgsAgree(x.org, o.org))) return;
  const shorter = p.offices.findIndex((x) => o.title === `${x.title} Thường trực` && orgsAgree(x.org, o.org));
  if (shorter >= 0) p.offices.splice(shorter, 1);
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

/**
 * "tỉnh ủy", "đảng ủy": a committee's two words are one ("Tỉnh ủy Phú Thọ" is not in "Đảng ủy các cơ quan Đảng tỉnh Phú
 * Thọ", though each of its words is).
 */
const COMMITTEE_WORD = /(?<![\p{L}])(tỉnh|thành|huyện|quận|thị|đảng)[ ]+ủy(?![\p{L}])/gu;

/** The lowercase words of a name, remembered (the same bodies are compared again and again). */
function words(s: string): Set<string> {
  let w = WORDS.get(s);
  if (!w) {
    if (WORDS.size > 10_000) WORDS.clear();
    WORDS.set(s, (w = new Set(s.toLowerCase().replace(COMMITTEE_WORD, '$1_ủy').split(/\s+/).filter(Boolean))));
  }
  return w;
}

function wordCount(o: ResolvedOrg | null): number {
  return o ? o.name.split(/\s+/).length : 0;
}
