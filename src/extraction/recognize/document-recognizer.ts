import { DOCUMENT_KINDS, DOCUMENT_KIND_CODES } from '../lexicon/document-kinds';
import { readDateAt, readNgayDateAt, type WrittenDate } from './date-recognizer';
import { councilOfPassed, laterDates, listLeads, sentenceDates, detailedDecisions } from './document-context';
import { AGENT, toldTogether } from './document-leads';
import { attachedIssuers, listActors, sameDayIssuers, shareIssuers, shareSubjectIssuers } from './document-neighbors';
import { canonicalType, codeAllows, KIND_WORDS } from './document-words';
import { actorAfter, agentActingOn, issuerBefore } from './issuer-before';
import { associationAt, parseOrg, type OrgPhrase } from './org-phrase';
import { passedBy } from './document-signers';
import { skipSpaces } from './scan';

/** A numbered document as written, with what the text says beside the number. */
export interface DocumentMention {
  number: string; // spaces removed: "03-QĐ/ĐU", "05/KH-MTTQ-BTT"
  kindCode: string | null;
  issuerCode: string | null;
  type: string;
  date: WrittenDate | null;
  issuer: OrgPhrase | null;
  subject: string | null;
  /** "Quyết định số 53-QĐ/ĐU cùng ngày": dated as the document named before it. */
  sameDay?: boolean;
  start: number; // the kind word, or the number
  end: number;
}

/** One part of an issuer code: "UBND", "UBTVQH14", "ĐCTUBTWMTTQVN" (a joint resolution's parties run long). */
const C = '[A-ZĐƯ][A-Za-zĐđƯư0-9]{0,14}';
/** Party style "03-QĐ/ĐU", "217-QĐ/TW"; state style "05/KH-MTTQ-BTT", "123/2024/NĐ-CP". */
const PARTY_NUMBER = new RegExp(`(\\d{1,5})[ ]{0,2}-[ ]{0,2}([A-ZĐ][A-Za-zĐđ]{0,4})[ ]{0,2}/[ ]{0,2}(${C}(?:[ ]{0,2}-[ ]{0,2}${C}){0,3})(?![\\p{L}\\p{N}])`, 'uy');
const STATE_NUMBER = new RegExp(`(\\d{1,5})(?:/\\d{4})?[ ]{0,2}/[ ]{0,2}([A-ZĐ][A-Za-zĐđ]{0,4})(?:(?<=QH)\\d{1,2})?(?:[ ]{0,2}-[ ]{0,2}(${C}(?:[ ]{0,2}-[ ]{0,2}${C}){0,4}))?(?![\\p{L}\\p{N}])`, 'uy');
const DIGITS = /(?<![\p{L}\p{N}/-])\d/gu;
/** "Quyết định số", "Quyết định cùng ngày số" (dated as the one before). */
const KIND_BEFORE = new RegExp(`(${KIND_WORDS.join('|')})[ ]*(?:(cùng[ ]+ngày)[ ]+)?(?:số[ ]*)?(?::[ ]*)?$`, 'iu');
const OF_ISSUER = /[ ,]*(?:\([^()\n]{0,40}\)[ ,]*)?của[ ]+(?:Hội[ ]+nghị[ ]+(?:lần[ ]+thứ[ ]+[\p{L}\d]+[ ]+)?)?/uy;
const TERM = /[ ]*\(?(?:khóa|khoá|nhiệm kỳ)[ ]+[IVXLCDM\d][IVXLCDM\d -]{0,12}\)?/uy;
const SUBJECT_END = new RegExp(`[.;\\n]|[ ]của[ ]|,?[ ]+(?:và[ ]+)?(?:${KIND_WORDS.join('|')})[ ]+(?:số[ ]*)?\\d`, 'u');
const SAME_DAY_BEFORE = /(?:^|[.;:\n])[ ]*(?:cũng[ ]+)?(?:(?:được[ ]+)?ký[ ]+)?(?:(?:sáng|chiều|tối|trưa)[ ]+)?cùng[ ]+ngày[ ]*(?:,[ ]*(?:[^,.;:\n]{0,40}?[ ](?:thông[ ]+qua|ban[ ]+hành|ký|có)[ ]+)?|(?:đã[ ]+)?(?:ban[ ]+hành|ký)[ ]+)$/iu;
const SUBJECT = /[ ,]*["“]?(?:về việc|về|V\/v)[ ]+/uy;

/** Every numbered document in the text, in order of appearance. */
export function recognizeDocuments(text: string): DocumentMention[] {
  const docs: DocumentMention[] = [];
  let skipTo = 0;
  for (const d of text.matchAll(DIGITS)) {
    if (d.index < skipTo) continue;
    const doc = readDocumentAt(text, d.index);
    if (doc) {
      docs.push(...sharingItsCode(text, doc), doc);
      skipTo = doc.end;
    }
  }
  shareIssuers(text, docs);
  listActors(text, docs);
  shareSubjectIssuers(text, docs);
  sameDayIssuers(docs);
  attachedIssuers(text, docs);
  listLeads(text, docs);
  councilOfPassed(text, docs);
  laterDates(text, docs);
  detailedDecisions(text, docs);
  toldTogether(text, docs);
  // Told together, the decisions got their issuer only now: those "cùng ngày" after them take it too.
  sameDayIssuers(docs);
  sentenceDates(text, docs);
  return mergeRepeats(text, docs);
}

/** "Quyết định số |05 và |06/QĐ-HNM", "số 11, 12 và 13-QĐ/ĐU": bare numbers before one written in full share its code. */
const BARE_NUMBERS_BEFORE = /số[ ]+((?:\d{1,5}[ ]*,[ ]*){0,8}\d{1,5})[ ]*(?:,[ ]*)?và[ ]+$/u;

/** The documents the bare numbers before `doc` name: its kind, code, date, issuer and subject, their own number. */
function sharingItsCode(text: string, doc: DocumentMention): DocumentMention[] {
  const lead = text.slice(Math.max(0, doc.start - 80), doc.start);
  const m = BARE_NUMBERS_BEFORE.exec(lead);
  if (!m) return [];
  const own = /^\d+/u.exec(doc.number)![0];
  const from = doc.start - lead.length + m.index + m[0].indexOf(m[1]);
  return [...m[1].matchAll(/\d+/gu)].map((n) => ({
    ...doc, number: `${n[0]}${doc.number.slice(own.length)}`, start: from + n.index, end: from + n.index + n[0].length,
  }));
}

function readDocumentAt(text: string, pos: number): DocumentMention | null {
  let m: RegExpExecArray | null = null;
  let kindCode: string | null = '';
  let issuerCode: string | null = null;
  // The kind word before the number, read only where a number stands (most digits start none).
  let before: RegExpExecArray | null | undefined;
  const kindBefore = () => (before === undefined ? (before = KIND_BEFORE.exec(text.slice(Math.max(0, pos - 40), pos))) : before);
  for (const re of [PARTY_NUMBER, STATE_NUMBER]) {
    re.lastIndex = pos;
    m = re.exec(text);
    if (m && DOCUMENT_KIND_CODES.has(m[2])) {
      kindCode = m[2];
      issuerCode = m[3] ? m[3].replace(/[ ]+/g, '') : null;
      break;
    }
    if (m && re === STATE_NUMBER && kindBefore()) {
      // "Công văn số 1234/UBND-VP": a number without a kind code, named by the word before it.
      kindCode = null;
      issuerCode = (m[3] ? `${m[2]}-${m[3]}` : m[2]).replace(/[ ]+/g, '');
      break;
    }
    m = null;
  }
  if (!m) return null;
  const kind = kindBefore();
  const type = kind ? canonicalType(kind[1]) : DOCUMENT_KINDS.find((k) => kindCode !== null && k.codes.includes(kindCode))?.type ?? 'Văn bản';
  const doc: DocumentMention = {
    number: m[0].replace(/[ ]+/g, ''), kindCode, issuerCode, type, date: null, issuer: null, subject: null,
    start: kind ? pos - kind[0].length : pos, end: pos + m[0].length,
  };
  if (kind?.[2]) doc.sameDay = true;
  readTail(text, doc);
  // "...; cùng ngày, Quyết định số 10/QĐ-HPN đổi tên ...", "Cùng ngày, kỳ họp thông qua Nghị quyết số 04/NQ-HĐND", "Cùng ngày, UBND xã
  // có Quyết định số ...", "; cùng ngày ban hành Quyết định số ...", "Cũng ký cùng ngày, Quyết định số ...": the day of the one before.
  if (!doc.date && !doc.sameDay && SAME_DAY_BEFORE.test(text.slice(Math.max(0, doc.start - 70), doc.start))) doc.sameDay = true;
  if (!doc.issuer) doc.issuer = issuerBefore(text, doc.start, issuerCode) ?? agentActingOn(text, doc.start, issuerCode) ?? actorAfter(text, doc.start, doc.end, issuerCode);
  if ((!doc.date || !doc.issuer) && CARRYING_NUMBER.test(text.slice(Math.max(0, doc.start - 24), doc.start))) signedBefore(text, doc);
  return doc;
}



/** "..., mang số |14/QĐ-CGC", "được Đảng ủy xã quyết định thành lập ngày D theo QĐ số |35-QĐ/ĐU": a number given after the decision was told. */
const CARRYING_NUMBER = /(?:mang[ ]+số|(?:theo|tại|bằng)[ ]+(?:(?:QĐ|Quyết[ ]+định)[ ]+)?(?:số[ ]*)?|\()[ ]*$/u;
const SIGNED_ON = /^[ ]*(?:quyết[ ]+định[ ]+)?(?:ký|thành[ ]+lập|ban[ ]+hành)[ ]+(?:vào[ ]+)?(?:ngày[ ]+)?(?=\d)/u;
/**
 * "được Ban Thường vụ Huyện ủy quyết định thành lập tại |Quyết định số N", "... thành lập trong năm 2025 (|Quyết định
 * số N ...)": the founding verb leads straight to the number, or to its brackets past a few words.
 */
const FOUNDED_BY = /^[ ]*(?:quyết[ ]+định[ ]+)?(?:ký[ ]+)?(?:thành[ ]+lập|ban[ ]+hành)(?:[ ]+(?:theo|tại|bằng)[ ]+|(?:[ ]+[^.;:\n()]{1,40}?)?[ ]*\([ ]*)$/u;

/** "được Ban Thường vụ Hội X ký ngày D, mang số N": who signed it and when, told before its number. */
function signedBefore(text: string, doc: DocumentMention): void {
  const lead = text.slice(Math.max(0, doc.start - 250), doc.start);
  const from = doc.start - lead.length + Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(';'), lead.lastIndexOf('\n')) + 1;
  let by: RegExpExecArray | null = null;
  for (const m of text.slice(from, doc.start).matchAll(AGENT)) by = m;
  if (!by) return;
  const org = parseOrg(text, from + by.index + by[0].length);
  if (org && FOUNDED_BY.test(text.slice(org.end, doc.start))) {
    doc.issuer ??= codeAllows(doc.issuerCode, org) ? org : null;
    return;
  }
  const on = org ? SIGNED_ON.exec(text.slice(org.end, org.end + 60)) : null;
  if (!org || !on) return;
  doc.issuer ??= codeAllows(doc.issuerCode, org) ? org : null;
  doc.date ??= readDateAt(text, org.end + on[0].length);
}

/** Date, issuer and subject after the number, in either order: ", ngày 21/7/2025 của Đảng ủy xã về ...". */
function readTail(text: string, doc: DocumentMention): void {
  for (let k = 0; k < 2; k++) {
    SAME_DAY.lastIndex = doc.end;
    const same = doc.date || doc.sameDay ? null : SAME_DAY.exec(text);
    if (same) {
      doc.end += same[0].length;
      // "Quyết định số 1234-QĐ/TU và ... cùng ngày 05/11/2025": the day is written; bare, it is the day before.
      const written = readDateAt(text, skipSpaces(text, doc.end));
      if (written) {
        doc.date = written;
        doc.end = written.end;
      } else doc.sameDay = true;
    }
    const date = doc.date || doc.sameDay ? null : readNgayDateAt(text, signedAfter(text, doc.end));
    if (date) {
      doc.date = date;
      doc.end = date.end;
    }
    OF_ISSUER.lastIndex = doc.end;
    const of = doc.issuer ? null : OF_ISSUER.exec(text) ?? ofAfterBracket(text, doc);
    // "của Hội Luật gia tỉnh X": an association the lexicon does not list, named with its unit where a body must stand.
    const issuer = of ? parseOrg(text, doc.end + of[0].length, false, true) ?? associationAt(text, doc.end + of[0].length) : null;
    if (issuer) {
      doc.issuer = issuer;
      doc.end = issuer.end;
      TERM.lastIndex = doc.end;
      const term = TERM.exec(text);
      if (term) doc.end += term[0].length;
    }
    const passed = doc.issuer ? null : passedBy(text, doc.end);
    if (passed) {
      // "Luật ... số 30/2023/QH15 được Quốc hội thông qua ngày 28/11/2023", "... ngày 30/9/2022 do X ký ban hành".
      doc.issuer = passed.issuer;
      doc.date ??= passed.date;
      doc.end = passed.end;
    }
    if (!date && !issuer && !same && !passed) break;
  }
  SUBJECT.lastIndex = doc.end;
  const s = SUBJECT.exec(text);
  if (s) {
    const from = doc.end + s[0].length;
    const stop = text.slice(from, from + 300).search(SUBJECT_END);
    const subject = text.slice(from, stop < 0 ? from + 300 : from + stop).trim();
    if (subject) doc.subject = subject;
  }
}

const SAME_DAY = /[ ,]*(?:(?:được[ ]+)?(?:ký|ban[ ]+hành)[ ]+)?cùng[ ]+ngày(?![\p{L}])/iuy;
/** "Quyết định thành lập Chi bộ X (|số 128-QĐ/ĐU, ngày 30/10/2019) của ...": a bare number in brackets after the decision it names. */
const BARE_IN_BRACKET = /\([ ]*số[ ]*$/u;
const BRACKET_OF = /[ ,]*\)[ ]*của[ ]+/uy;

/** The "của" after the bracket a bare number stands in: the issuer of the decision named before the bracket. */
function ofAfterBracket(text: string, doc: DocumentMention): RegExpExecArray | null {
  if (!BARE_IN_BRACKET.test(text.slice(Math.max(0, doc.start - 8), doc.start))) return null;
  BRACKET_OF.lastIndex = doc.end;
  return BRACKET_OF.exec(text);
}
/** "Quyết định số 112/QĐ-HND ký ngày 30/10/2018", "... ban hành ngày ...": the signing verb before the date. */
const SIGNED = /[ ,]*(?:được[ ]+)?(?:ký(?:[ ]+ban[ ]+hành)?|ban[ ]+hành)[ ]+(?:vào[ ]+|ngay[ ]+(?:trong[ ]+)?)?(?=ngày[ ]+\d)/iuy;

function signedAfter(text: string, pos: number): number {
  SIGNED.lastIndex = pos;
  return SIGNED.test(text) ? SIGNED.lastIndex : pos;
}
/**
 * One document named twice in an article ("Nghị quyết 57-NQ/TW" in the
 * headline, "... của Bộ Chính trị" in the text) is one document with what
 * both mentions say. Numbers of two issuers stay apart.
 */
function mergeRepeats(text: string, docs: DocumentMention[]): DocumentMention[] {
  const first = new Map<string, DocumentMention>();
  const out: DocumentMention[] = [];
  const issuerOf = (d: DocumentMention) => (d.issuer ? text.slice(d.issuer.start, d.issuer.end) : null);
  for (const d of docs) {
    const seen = first.get(d.number);
    const a = seen ? issuerOf(seen) : null;
    const b = issuerOf(d);
    if (seen && (a === null || b === null || a === b)) {
      seen.issuer ??= d.issuer;
      seen.date ??= d.date;
      seen.subject ??= d.subject;
      continue;
    }
    if (!seen) first.set(d.number, d);
    out.push(d);
  }
  return out;
}
