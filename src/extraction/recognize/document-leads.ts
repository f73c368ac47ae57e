import { readDateAt, type WrittenDate } from './date-recognizer';
import type { DocumentMention } from './document-recognizer';
import { canonicalType, codeAllows } from './document-words';
import { passedBy } from './document-signers';
import { announcingBody, officeBefore } from './issuer-before';
import { parseOrg, type OrgPhrase } from './org-phrase';
import { parseOrgEndingAt } from './org-stretch';
import { countOf, ITEM_MARK, itemLinesAbove, sentenceStartWithin } from './scan';

/**
 * Decisions told together before their numbers, with one date and one
 * issuer for all: "công bố ba quyết định ngày 06/10/2025 của Ban Thường vụ
 * Đảng ủy phường. Theo Quyết định số 156-QĐ/ĐU ...", "theo các quyết định ký
 * ngày 05/9/2025 của Ban Thường vụ Hội ...: ... (Quyết định số 15/QĐ-HNC)",
 * "ngày 20/3/2018, BTV Huyện đoàn đã ban hành ba quyết định.", "ngày
 * 20/02/2017, Đảng ủy phường đã ban hành:" and a list; or after them: "Các
 * quyết định đều được ký ngày 27/02/2025".
 */
const COUNT = '(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\\d{1,2})';
const KIND = '(?:quyết[ ]+định|nghị[ ]+quyết)';
const PLURAL_KIND = `(${KIND})(?![ ]+(?:số|\\d))`;
/** "ba quyết định ngày D của X", "các quyết định ký ngày D của X:", "4 nghị quyết đều mang ngày D:", "các quyết định của Chủ tịch UBND huyện:". */
// The scan keys on the kind word, its count read by a lookbehind after it: a lookbehind tried at every place would walk back over each run of blanked crawl noise (quadratic in its length).
const TOLD_TOGETHER = new RegExp(`${PLURAL_KIND}(?<=(?<![\\p{L}])(${COUNT}[ ]+)${KIND})[ ]*(?:(?:đều[ ]+|cùng[ ]+)?(?:được[ ]+)?(?:ký|ban[ ]+hành|mang)[ ]+)?(?:(?:vào[ ]+)?ngày[ ]+(?=\\d))?`, 'giu');
/** "X đã ban hành:" closing its sentence, a list of numbers after. */
const ISSUED_COLON = /(?:đã|vừa)[ ]+(?:ký[ ]+)?ban[ ]+hành[ ]*:/gu;
/** "Các quyết định đều được ký ngày D", "đều ký ngày D của X", ", cùng ký ngày D", "cùng ghi ngày D", "..., cùng ngày D của X": after the numbers. */
// Each form keys on a word of its own, the words before it sought by a lookbehind once it is found: not behind every
// place of the text (a run of blanked crawl noise would be walked back over at each).
const SIGNED_ALL = [
  // "đều được ký ngày", "cùng ghi ngày"
  '(?:đều|cùng)[ ]+(?:được[ ]+)?(?:ký(?:[ ]+ban[ ]+hành)?|ban[ ]+hành|mang|ghi)[ ]+(?:vào[ ]+)?',
  // "..., cùng ngày"
  'cùng(?<=,[ ]*cùng)[ ]+',
  // "Hai quyết định được ký ban hành ngày"
  'được(?<=(?:quyết|nghị)[ ]+(?:định|quyết)[ ]+được)[ ]+(?:ký(?:[ ]+ban[ ]+hành)?|ban[ ]+hành)[ ]+(?:vào[ ]+)?',
  // "Hai quyết định được Ban Thường vụ Huyện ủy ban hành cùng ngày"
  '(?:ký|ban[ ]+hành)(?<=(?:quyết|nghị)[ ]+(?:định|quyết)[ ]+(?:đều[ ]+)?được[ ]+\\p{Lu}[^.;:\\n]{1,80}?[ ](?:ký|ban[ ]+hành))(?:[ ]+ban[ ]+hành)?[ ]+(?:vào[ ]+)?(?:cùng[ ]+)?',
  // "Cả hai văn bản đề ngày"
  '(?:đề|mang)(?<=(?:văn[ ]+bản|quyết[ ]+định|nghị[ ]+quyết)[ ]+(?:đều[ ]+)?(?:đề|mang))[ ]+',
];
const ALL_SIGNED = new RegExp(`(?:${SIGNED_ALL.join('|')})ngày[ ]+(?=\\d)`, 'gu');
/** "Hai quyết định được |Ban Thường vụ Huyện ủy| ban hành cùng ngày D": the agent between "được" and the verb. */
const AGENT_BEFORE = /(?:quyết|nghị)[ ]+(?:định|quyết)[ ]+(?:đều[ ]+)?được[ ]+(?=\p{Lu})([^.;:\n]{1,80}?)[ ]+$/u;

function agentBefore(text: string, verbAt: number): OrgPhrase | null {
  const lead = text.slice(Math.max(0, verbAt - 120), verbAt);
  const m = AGENT_BEFORE.exec(lead);
  if (!m) return null;
  const at = verbAt - lead.length + m.index + m[0].indexOf(m[1]);
  const org = parseOrg(text, at, false, true);
  return org && org.end === at + m[1].length ? org : null;
}
/** "Các quyết định", "Cả ba nghị quyết" opening the sentence that dates them all. */
const ALL_OF_KIND = /^[ ]*(?:[Cc]ác|[Nn]hững|[Cc]ả[ ]+(?<count>\p{L}+|\d{1,2})|(?<told>[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|\d{1,2}))[ ]+(?<kind>[Qq]uyết[ ]+định|[Nn]ghị[ ]+quyết|văn[ ]+bản)/u;
const OF = /^[ ]*(?:\([^()\n]{0,40}\)[ ]*)?của[ ]+/u;
const DATE_BEFORE = /(?:^|[,:])[ ]*(?:cùng[ ]+)?(?:(?:sáng|chiều)[ ]+)?ngày[ ]+(?=\d)/giu;
/** How far a lead's date and issuer reach over the numbers after it, or back over those before. */
const REACH = 1500;

export function toldTogether(text: string, docs: DocumentMention[]): void {
  if (docs.length === 0) return;
  for (const m of text.matchAll(TOLD_TOGETHER)) {
    const start = m.index - m[2].length;
    const end = m.index + m[0].length;
    let date = /ngày[ ]+$/u.test(m[0]) ? readDateAt(text, end) : null;
    let after = date ? date.end : end;
    const signer = subjectBefore(text, start);
    const subject = signer?.org ?? null;
    const of = ofIssuer(text, after);
    // "các quyết định thành lập tổ ... do Chủ tịch UBND xã ký ngày D, cụ thể:": the signer and day told in the lead of a list.
    const lead = date || of || subject ? null : signedInLead(text, after);
    if (lead) date = lead.date;
    const issuer = of ?? subject ?? lead?.issuer ?? null;
    // "4 quyết định của UBND xã cùng ký ngày 01/6/2016:": the day after the issuer.
    const later = !date && of ? signedDayAfter(text, of.end) : null;
    if (later) {
      date = later;
      after = later.end;
    }
    // A date before the count is the issuing's only when the count is what the subject issued ("ngày D, BTV đã ban hành ba quyết định"), not a ceremony's ("Ngày D, ... công bố các quyết định").
    const dated = date ?? (signer ? signer.day ?? dateBefore(text, start) : null);
    if (!issuer && !dated) continue;
    const type = canonicalType(m[1]);
    const ahead = within(docs, after + 1, after + REACH).filter((d) => d.type === type).slice(0, countOfLead(m[2]));
    // A lead closing with a colon names the list under it, not a decision told in a paragraph after.
    fill(lead && text.slice(lead.listAt).startsWith('\n') ? listedFrom(text, lead.listAt, ahead) : ahead, dated, issuer);
  }
  for (const m of text.matchAll(ISSUED_COLON)) {
    const issuer = parseOrgEndingAt(text, m.index - 1);
    const dated = dateBefore(text, m.index);
    const end = m.index + m[0].length;
    fill(listedFrom(text, end, within(docs, end + 1, end + REACH)), dated, issuer);
  }
  allSigned(text, docs);
  signedOneDay(text, docs);
}

/** "Ba tổ được UBND xã ký quyết định thành lập trong cùng ngày 14/10/2013, cụ thể:": the decisions listed after, by one signer on one day. */
/** "được |Ban Thường vụ ...": the agent of a passive verb. */
export const AGENT = /được[ ]+(?=\p{Lu})/gu;
const ONE_DAY_AFTER_SIGNER = /^[ ]+ký[ ]+(?:các[ ]+)?quyết[ ]+định[^.;:\n]{0,40}?[ ](?:trong[ ]+)?cùng[ ]+(?:một[ ]+)?ngày[ ]+(?=\d)/u;
const LIST_OPENS = /^[^.;\n]{0,30}:/u;
const ONE_DAY = /cùng[ ]+(?:một[ ]+)?ngày[ ]+\d/u;

function signedOneDay(text: string, docs: DocumentMention[]): void {
  if (!ONE_DAY.test(text)) return; // most articles have no such lead: the signers are not read
  for (const m of text.matchAll(AGENT)) {
    const signer = parseOrg(text, m.index + m[0].length);
    const lead = signer ? ONE_DAY_AFTER_SIGNER.exec(text.slice(signer.end, signer.end + 120)) : null;
    const date = lead ? readDateAt(text, signer!.end + lead[0].length) : null;
    if (!date || !LIST_OPENS.test(text.slice(date.end, date.end + 40))) continue;
    fill(within(docs, date.end, date.end + REACH).filter((d) => d.type === 'Quyết định'), date, signer);
  }
}

/** "đều ký ngày D (của X)": the numbers before it in its sentence, or in the list right above "Các quyết định đều ...". */
function allSigned(text: string, docs: DocumentMention[]): void {
  for (const m of text.matchAll(ALL_SIGNED)) {
    const date = readDateAt(text, m.index + m[0].length);
    if (!date) continue;
    // "..., do KT. Chủ tịch UBND xã, Phó Chủ tịch X ký": the signer told after the day.
    const issuer = ofIssuer(text, date.end) ?? agentBefore(text, m.index) ?? passedBy(text, date.end)?.issuer ?? null;
    const found = sentenceStartWithin(text, m.index, 300);
    const sentenceStart = found < 0 ? m.index - 300 : found;
    const lead = text.slice(sentenceStart, m.index);
    const all = ALL_OF_KIND.exec(lead);
    // "- khu phố 5: Quyết định số 1207/QĐ-UBND,\ncùng ký ngày D": the list's lines right above.
    const from = all ? Math.max(0, sentenceStart - REACH) : lead.trim() === '' ? itemLinesAbove(text, sentenceStart) : sentenceStart;
    // "Các quyết định đều ký ngày D": the decisions above, not a law or plan cited among them.
    const type = all && all.groups!.kind !== 'văn bản' ? canonicalType(all.groups!.kind) : null;
    const before = within(docs, from, m.index).filter((d) => d.end <= m.index && (type === null || d.type === type));
    // "Cả hai quyết định cùng ghi ngày D": the last two told, not an earlier one dated in its own sentence.
    const counted = all?.groups!.count ?? all?.groups!.told;
    const count = counted ? countOfLead(counted) : Infinity;
    fill(count < before.length ? before.slice(before.length - count) : before, date, issuer);
  }
}

/** The numbers starting in [from, to): docs are in text order, so a binary search keeps a megabyte of leads linear enough. */
function within(docs: DocumentMention[], from: number, to: number): DocumentMention[] {
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: DocumentMention[] = [];
  for (let i = lo; i < docs.length && docs[i].start < to; i++) out.push(docs[i]);
  return out;
}

function fill(docs: DocumentMention[], date: WrittenDate | null, issuer: OrgPhrase | null): void {
  for (const d of docs) {
    if (!d.date && date) d.date = date;
    if (!d.issuer && issuer && codeAllows(d.issuerCode, issuer)) d.issuer = issuer;
  }
}

function ofIssuer(text: string, at: number): OrgPhrase | null {
  const of = OF.exec(text.slice(at, at + 60));
  return of ? parseOrg(text, at + of[0].length, false, true) : null;
}

const SIGNED_DAY = /^[ ]*(?:(?:đều|cùng)[ ]+)?(?:được[ ]+)?(?:ký|ban[ ]+hành)[ ]+(?:vào[ ]+)?ngày[ ]+(?=\d)/u;

/** "... |do Chủ tịch UBND xã ký ngày 06/3/2023, cụ thể:": within the clause of a lead that opens a list. */
const SIGNED_BY_IN_LEAD = /^(?:[^.;:\n]{0,80}?[ ])?(?:do|được)[ ]+(?:(?:đồng[ ]+chí|ông|bà)(?:[ ]+\p{Lu}\p{Ll}*){0,4}[ ]+(?:,[ ]*)?)?(?:thay[ ]+mặt[ ]+)?(?=\p{Lu})/u;
const SIGNED_ON_IN_LEAD = /^[ ]+(?:ký(?:[ ]+ban[ ]+hành)?|ban[ ]+hành)[ ]+(?:vào[ ]+)?(?:cùng[ ]+)?ngày[ ]+(?=\d)/u;
const OPENS_LIST = /^[^.;:\n]{0,30}?(?:cụ[ ]+thể|gồm|như[ ]+sau)?[ ]*:/u;

/** The signer and day a lead names, and where the list it opens starts (after its colon). */
function signedInLead(text: string, at: number): { issuer: OrgPhrase; date: WrittenDate; listAt: number } | null {
  const by = SIGNED_BY_IN_LEAD.exec(text.slice(at, at + 100));
  const issuer = by ? parseOrg(text, at + by[0].length, false, true) : null;
  const on = issuer ? SIGNED_ON_IN_LEAD.exec(text.slice(issuer.end, issuer.end + 24)) : null;
  const date = on ? readDateAt(text, issuer!.end + on[0].length) : null;
  const opens = date ? OPENS_LIST.exec(text.slice(date.end, date.end + 40)) : null;
  return opens ? { issuer: issuer!, date: date!, listAt: date!.end + opens[0].length } : null;
}

function signedDayAfter(text: string, at: number): WrittenDate | null {
  const m = SIGNED_DAY.exec(text.slice(at, at + 40));
  return m ? readDateAt(text, at + m[0].length) : null;
}

/**
 * "BTV Huyện đoàn đã ban hành ba quyết định", "Chủ tịch UBND xã đã ký các quyết định": the subject of the verb before
 * the count, with the day when the verb carries one ("Ban Thường vụ Đoàn xã đã ký ngày 15/3/2019 các quyết định:").
 */
function subjectBefore(text: string, countAt: number): { org: OrgPhrase; day: WrittenDate | null } | null {
  const before = text.slice(Math.max(0, countAt - 70), countAt);
  const dated = SIGNED_ON_DAY.exec(before);
  if (dated) {
    const org = parseOrgEndingAt(text, countAt - dated[0].length);
    return org ? { org, day: readDateAt(text, countAt - before.length + dated.indices!.groups!.day[0]) } : null;
  }
  const lead = text.slice(Math.max(0, countAt - 50), countAt);
  const verb = /[ ]+(?:(?:đã|vừa|cũng|tiếp[ ]+tục)[ ]+){0,2}(?:ký[ ]+)?(?:ban[ ]+hành|ký)[ ]+$/u.exec(lead);
  const org = verb ? parseOrgEndingAt(text, countAt - verb[0].length) : null;
  // "Chủ tịch UBND xã đã ký các quyết định": the office that heads the body signed them.
  if (org) return { org: officeBefore(text, org) ?? org, day: null };
  // "..., Ban Thường vụ Huyện ủy công bố 3 quyết định cùng ký ngày D:": a body opening its clause announces its own.
  const body = announcingBody(text, countAt);
  return body ? { org: body, day: null } : null;
}
const SIGNED_ON_DAY = /[ ]+(?:(?:đã|vừa)[ ]+)?(?:ký|ban[ ]+hành)[ ]+(?:vào[ ]+)?ngày[ ]+(?<day>\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)[ ]+$/du;

/** "Trước đó, ngày 20/3/2018, BTV ...": a date clause earlier in the lead's sentence. */
function dateBefore(text: string, at: number): WrittenDate | null {
  const opens = sentenceStartWithin(text, at, 200);
  const start = opens < 0 ? at - 200 : opens;
  let found: WrittenDate | null = null;
  for (const m of text.slice(start, at).matchAll(DATE_BEFORE)) found = readDateAt(text, start + m.index + m[0].length) ?? found;
  return found;
}

/** The numbers of the list a colon opens: in its paragraph, each later line an item ("- Quyết định số ..."); read up to the first that is not. */
function listedFrom(text: string, from: number, candidates: DocumentMention[]): DocumentMention[] {
  const out: DocumentMention[] = [];
  let prev = from;
  for (const d of candidates) {
    const lines = text.slice(prev, d.start).split('\n');
    // Item lines ("1. ...", "- ..."), a table's rows, blank lines between.
    if (lines.slice(1).some((line) => !ITEM_MARK.test(line) && !line.includes(' | ') && line.trim() !== '')) break;
    out.push(d);
    prev = d.start;
  }
  return out;
}

/** How many a lead counts: "ba" 3, "03" 3, "các" as many as follow. */
function countOfLead(lead: string): number {
  return countOf(lead.trim().split(/[ ]+/u)[0]) ?? Infinity;
}
