import { readDateAt, type WrittenDate } from './date-recognizer';
import type { DocumentMention } from './document-recognizer';
import { sameClause } from './document-neighbors';
import { canonicalType, codeAllows, ISSUING_VERB, KIND_WORD } from './document-words';
import { parseOrg } from './org-phrase';
import { parseOrgEndingAt } from './org-stretch';
import { ITEM_MARK, sentenceStartWithin, skipSpaces } from './scan';

/**
 * What the sentences around numbered documents say of them when the words
 * after each number do not: the lead of a list, the council that passed
 * them, a later sentence, the sentence's date (numbers next to each other:
 * document-neighbors).
 */
/**
 * "... thông qua 02 nghị quyết, được ban hành ngày 29/8/2025, gồm:", "Các nghị quyết được HĐND huyện thông qua ngày 20/12/2023, trong đó có:",
 * "Ban Thường vụ Đảng ủy xã ra quyết định thành lập hai chi bộ, cụ thể:".
 */
const LIST_LEAD = /(?:thông[ ]+qua|ban[ ]+hành|ra[ ]+quyết[ ]+định)([^.;:\n]{0,100}?)(?:gồm|trong[ ]+đó[ ]+có|như[ ]+sau|cụ[ ]+thể)[ ]*:/giu;
const LEAD_DATE = /ngày[ ]+(?=\d)/iu;
const LIST_COLON = /(?:gồm|có|sau|thể)[ ]*:/u;
const PASSED_BY = /được$/u;

/** The numbers listed after such a lead, up to the end of its paragraph, take the lead's date and body. */
export function listLeads(text: string, docs: DocumentMention[]): void {
  if (docs.length === 0 || !LIST_COLON.test(text)) return; // most texts list nothing: one cheap scan
  for (const m of text.matchAll(LIST_LEAD)) {
    const dateAt = LEAD_DATE.exec(m[1]);
    const date = dateAt ? readDateAt(text, m.index + m[0].indexOf(m[1]) + dateAt.index + dateAt[0].length) : null;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const by = PASSED_BY.test(before.trimEnd());
    // "được HĐND huyện thông qua": the body between; "UBND xã đã ban hành 5 văn bản, gồm:": the subject before.
    const issuer = by ? lastOrgBefore(text, m.index) : parseOrgEndingAt(text, m.index - (before.length - before.trimEnd().length));
    const end = paragraphEnd(text, m.index + m[0].length);
    for (const d of docs) {
      if (d.start < m.index + m[0].length || d.start > end) continue;
      if (!d.date && date) d.date = date;
      if (!d.issuer && issuer && codeAllows(d.issuerCode, issuer)) d.issuer = issuer;
    }
  }
}

/** "được HĐND huyện thông qua": the organization written between "được" and the verb. */
function lastOrgBefore(text: string, verbAt: number) {
  const from = text.lastIndexOf('được', verbAt);
  return from < 0 ? null : parseOrg(text, from + 'được'.length + 1, false, true);
}

function paragraphEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  if (nl < 0) return text.length;
  // A lead closing its line with a colon: the item lines under it ("+ Chi bộ A (Quyết định số N);"), a blank line apart or not.
  if (text.slice(from, nl).trim() !== '') return nl;
  let end = nl;
  for (let p = nl + 1, n = 0; p < text.length && n < 30; n++) {
    const next = text.indexOf('\n', p);
    const line = text.slice(p, next < 0 ? text.length : next);
    if (line.trim() !== '' && !ITEM_MARK.test(line)) break;
    if (line.trim() !== '') end = next < 0 ? text.length : next;
    if (next < 0) break;
    p = next + 1;
  }
  return end;
}

/**
 * "Kỳ họp đã biểu quyết thông qua ... Nghị quyết số 17/NQ-HĐND", "HĐND xã đã bầu ...; thông qua các Nghị quyết
 * số 01/NQ-HĐND": a resolution passed at a session, the council written bare or not at all.
 */
const PASSED_AT_SESSION =
  /(?:kỳ|kì)[ ]+họp[^.\n]{0,60}thông[ ]+qua|đại[ ]+biểu[^.\n]{0,60}biểu[ ]+quyết[^.\n]{0,40}thông[ ]+qua|(?<![-/])(?:HĐND|Hội đồng nhân dân)[^.\n]{0,240}?thông[ ]+qua/iu;
const PASSED_AFTER = /[ ]*(?:,[ ]*)?(?:đã[ ]+)?được[ ]+(?:kỳ|kì)[ ]+họp(?:[ ]+thứ[ ]+[\p{L}\d]+)?[ ]+thông[ ]+qua(?:[ ]+(?:vào[ ]+)?ngày[ ]+)?/uy;
const COUNCIL = /(?:Hội đồng nhân dân|HĐND)(?![\p{L}])/gu;
/** How far back the council of the session may be named. */
const COUNCIL_REACH = 3000;

/** A People's Council's resolutions passed at its session are the council's: the first council named with its unit before, completed from context. */
export function councilOfPassed(text: string, docs: DocumentMention[]): void {
  for (const d of docs) {
    if (d.issuer || !d.issuerCode?.startsWith('HĐND')) continue;
    const sentenceStart = Math.max(text.lastIndexOf('.', d.start), text.lastIndexOf('\n', d.start)) + 1;
    PASSED_AFTER.lastIndex = d.end;
    const after = PASSED_AFTER.exec(text);
    if (!after && !PASSED_AT_SESSION.test(text.slice(sentenceStart, d.start))) continue;
    // "Nghị quyết số 03/NQ-HĐND được kỳ họp thông qua ngày 23/3/2026": the day too.
    if (after && !d.date) d.date = readDateAt(text, d.end + after[0].length);
    let council = null;
    for (const m of text.slice(Math.max(0, d.start - COUNCIL_REACH), d.start).matchAll(COUNCIL)) {
      const org = parseOrg(text, Math.max(0, d.start - COUNCIL_REACH) + m.index);
      if (!org || org.head.name !== 'Hội đồng nhân dân') continue;
      // The report opens with the council holding the session; "đại biểu HĐND" names none.
      if (org.unit) {
        council = org;
        break;
      }
      council ??= org;
    }
    if (council) d.issuer = council;
  }
}

const LATER_DATE = /(?:ký|ban[ ]+hành)[ ]+(?:vào[ ]+)?(?:(?:sáng|chiều|tối|trưa)[ ]+(?:ngày[ ]+)?|ngày[ ]+)/iu;

/** "Kế hoạch do ... ký ban hành ngày 11 tháng 5 năm 2021.": a later sentence dates the last undated document of its kind. */
export function laterDates(text: string, docs: DocumentMention[]): void {
  const undated = new Map<string, DocumentMention>();
  let next = 0;
  for (const m of text.matchAll(KIND_WORD)) {
    for (; next < docs.length && docs[next].start < m.index; next++) {
      const d = docs[next];
      if (d.date) undated.delete(d.type);
      else undated.set(d.type, d);
    }
    if (m.index > 0 && !/(?:^|[.!?][ ]+|\n[ ]*)$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const doc = undated.get(canonicalType(m[1]));
    if (!doc) continue;
    const rest = text.slice(m.index, m.index + 200);
    const stop = rest.search(/[.;\n]/u);
    const sentence = stop < 0 ? rest : rest.slice(0, stop);
    if (/\d[ ]*[-/][ ]*\p{Lu}/u.test(sentence)) continue;
    const v = LATER_DATE.exec(sentence);
    if (v) {
      doc.date = readDateAt(text, m.index + v.index + v[0].length);
      if (doc.date) undated.delete(doc.type);
    }
  }
}

/** "Cụ thể, ...", "Theo đó, ...": a sentence that details what the one before it said was decided. */
const DETAILS = /^[ ]*(?:Cụ[ ]+thể|Theo[ ]+đó)[ ]*,/u;
const DETAILS_ANYWHERE = /(?:Cụ[ ]+thể|Theo[ ]+đó)[ ]*,/gu;
/** "... đã ký các quyết định thành lập ...", "... quyết định thành lập ba chi bộ": decisions told without their numbers. */
const DECIDED = /[ ]+(?:(?:đã|vừa|cũng)[ ]+)?(?:(?:ký|ban[ ]+hành)[ ]+(?:các[ ]+)?(?:quyết[ ]+định|nghị[ ]+quyết)(?![ ]+số)|quyết[ ]+định[ ]+thành[ ]+lập)/u;
const DATE_CLAUSE = /(?:^|,)[ ]*(?:(?:sáng|chiều)[ ]+)?ngày[ ]+(?=\d)/giu;

/**
 * "Ngày 11/8/2025, Ban Thường vụ Đảng ủy phường đã ký các quyết định thành lập chi bộ khu phố. Cụ thể, Chi bộ A
 * (Quyết định số 31-QĐ/ĐU) ...": numbers the next sentence details take the issuer and the date of the decisions told.
 */
export function detailedDecisions(text: string, docs: DocumentMention[]): void {
  if (!text.includes('Cụ thể') && !text.includes('Theo đó')) return;
  // Only numbers within reach after such an opening are looked at: one pass over the openings, in order with the numbers.
  const openings = [...text.matchAll(DETAILS_ANYWHERE)].map((m) => m.index);
  let k = 0;
  for (const d of docs) {
    while (k < openings.length && openings[k] < d.start - 400) k++;
    if (k === openings.length || openings[k] > d.start || (d.issuer && d.date)) continue;
    const start = sentenceStartWithin(text, d.start, SENTENCE_REACH);
    if (start < 2 || !DETAILS.test(text.slice(start, start + 16))) continue;
    const prevStart = Math.max(0, sentenceStartWithin(text, start - 2, SENTENCE_REACH));
    const prev = text.slice(prevStart, start);
    const verb = DECIDED.exec(prev);
    if (!verb) continue;
    const org = d.issuer ? null : parseOrgEndingAt(text, prevStart + verb.index);
    if (org && codeAllows(d.issuerCode, org)) d.issuer = org;
    if (d.date) continue;
    for (const m of prev.slice(0, verb.index).matchAll(DATE_CLAUSE)) d.date = readDateAt(text, prevStart + m.index + m[0].length) ?? d.date;
  }
}

/** A bounded look back per number for the sentence it stands in. */
const SENTENCE_REACH = 400;

const LEADING_DATE = /(?:(?:cũng|và)[ ]+)?(?:trong[ ]+)?(?:(?:sáng|chiều|tối|trưa)[ ]+)?(?:cùng[ ]+)?(?:ngày[ ]+)?/iuy;
const SAME_DAY_LEAD = /(?:(?:sáng|chiều|tối|trưa)[ ]+)?cùng[ ]+ngày[ ]*,/iuy;
/** ", ngày 25/9/2024, UBND huyện đã ban hành ...": a date clause before the issuing subject. */
const CLAUSE_DATE = /(?:^|,)[ ]*(?:(?:sáng|chiều|tối|trưa)[ ]+)?ngày[ ]+(?=\d)/giu;

/**
 * Undated documents dated by their sentence: "Ngày 08/11/2021, Ban Thường vụ
 * Huyện ủy ban hành Quyết định số ..." (issued on the day the sentence opens
 * with, or on the day of a clause before the issuing subject: "Thực hiện
 * ..., ngày 25/9/2024, UBND huyện ban hành ..."), "Cùng ngày, ... ban hành
 * Quyết định số ..." and "Quyết định số N cùng ngày" (the day of the date before).
 */
export function sentenceDates(text: string, docs: DocumentMention[]): void {
  let last: WrittenDate | null = null;
  let prev: DocumentMention | null = null;
  for (const d of docs) {
    if (d.sameDay && !d.date) d.date = last;
    // "Ngày 5/8, Ban Thường vụ ban hành Quyết định số 41-QĐ/HU ...; Quyết định số 42-QĐ/HU ...": the list's items share the day of its verb.
    if (!d.date && prev?.date && prev.date.end <= prev.start && prev.issuerCode === d.issuerCode && sameClause(text, prev, d)) d.date = prev.date;
    if (!d.date) {
      const lead = text.slice(Math.max(0, d.start - 200), d.start);
      const s = d.start - lead.length + Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(';'), lead.lastIndexOf('\n')) + 1;
      const at = s + (text.slice(s, d.start).length - text.slice(s, d.start).trimStart().length);
      // The last issuing verb before the number: "Thực hiện Quyết định ... của Bộ Chính trị ban hành Quy chế ..., ngày D Ban Thường vụ đã ký Quyết định số".
      let verbAt = -1;
      for (const v of text.slice(at, d.start).matchAll(ISSUING_VERB)) verbAt = v.index;
      if (verbAt >= 0) {
        LEADING_DATE.lastIndex = at;
        const m = LEADING_DATE.exec(text);
        SAME_DAY_LEAD.lastIndex = at;
        d.date = readDateAt(text, at + (m ? m[0].length : 0)) ?? clauseDate(text, at, at + verbAt) ?? (SAME_DAY_LEAD.test(text) ? last : null);
      }
    }
    if (d.date) last = d.date;
    prev = d;
  }
}

/** The last ", ngày D," clause between `from` and the issuing verb. */
function clauseDate(text: string, from: number, verbAt: number): WrittenDate | null {
  let found: WrittenDate | null = null;
  for (const m of text.slice(from, verbAt).matchAll(CLAUSE_DATE)) {
    const d = readDateAt(text, from + m.index + m[0].length);
    if (d && (/^[ ]*,/u.test(text.slice(d.end, d.end + 3)) || subjectRightAfter(text, d.end, verbAt))) found = d;
  }
  return found;
}

/** ", ngày 05/9/2017 Ban Thường vụ Đảng ủy xã đã ký": the issuing subject, and nothing else, between the date and the verb. */
function subjectRightAfter(text: string, from: number, verbAt: number): boolean {
  const at = Math.min(skipSpaces(text, from), verbAt);
  if (at === from || verbAt - at > 120) return false;
  const org = parseOrg(text, at);
  return org !== null && text.slice(org.end, verbAt).trim() === '';
}
