import { LIST_BETWEEN } from './document-neighbors';
import type { DocumentMention } from './document-recognizer';
import { HEADS } from './org-matchers';
import type { OrgPhrase } from './org-phrase';
import { bareHeadAt, orgNamedAt, orgSpanning, parseOrgEndingAt } from './org-stretch';
import { perPlaceListed, perUnitListed } from './founding-villages';
import { COUNT, ITEM_MARK_SOURCE } from './scan';

/** Bodies and numbers a founding names in lists: several bodies after one "thành lập", several numbers "lần lượt". */

/** "(để|nhằm|về việc) thành lập ": the verb before a founded body. */
// "ra Quyết định (số 07/QĐ-MT ngày 15/8/2012) thành lập X": the number's bracket closes before the verb.
export const FOUNDS_AFTER = /[ ,]*(?:\)[ ,]*)?(?:\([ ]*)?(?:(?:để|nhằm|về[ ]+việc)[ ]+)?(?:thành[ ]+lập|tái[ ]+lập)[ ]+(?:mới[ ]+)?/iuy;

/** "thành lập |", "chia tách X thành hai chi bộ: |": the verb right before the first body of a list. */
const FOUNDS_HERE = /(?:thành[ ]+lập[ ]+(?:mới[ ]+|thêm[ ]+)?|[ ]thành[ ]+(?:hai|ba|bốn|\d{1,2})[ ]+[\p{Ll} ]{2,20}?[ ]*(?::|là)[ ]*)$/u;
/** Between two bodies of a list: ", ", " và ", ", và ". */
const NEXT_LISTED = /[ ]*(?:,[ ]*(?:và[ ]+)?|và[ ]+)/uy;
/** A listed body's name goes on with a capital after its head word ("Chi bộ Công an xã", "Tổ tự quản đường biên, mốc quốc giới thôn A"; not "Bệnh viện bố trí ..."). */
const NAMED_AFTER_HEAD = /^\p{Lu}\p{L}*(?:,?[ ]\p{Ll}+)*?[ ]+\p{Lu}/u;
/** Lists longer than this are not read on: a founding names a few bodies at once. */
const MAX_LISTED = 8;

/**
 * "thành lập Văn phòng Đảng ủy và Ban Xây dựng Đảng", "thành lập Chi bộ Cơ quan Đảng, Chi bộ Công an xã và Chi
 * bộ Quân sự xã": the bodies listed after the first one founded, each opening with a body's head word.
 */
export function listedAfter(text: string, first: OrgPhrase): OrgPhrase[] {
  if (!FOUNDS_HERE.test(text.slice(Math.max(0, first.start - 40), first.start))) return [];
  return listFrom(text, first.end, first);
}

/** The bodies listed from `end` on, after `first` (the one before the list, or none). */
export function listFrom(text: string, end: number, first: OrgPhrase | null): OrgPhrase[] {
  const out: OrgPhrase[] = [];
  for (; out.length < MAX_LISTED; ) {
    end = pastAside(text, end);
    NEXT_LISTED.lastIndex = end;
    const sep = NEXT_LISTED.exec(text);
    if (!sep) break;
    const at = end + sep[0].length;
    const next = HEADS.matchAt(text, at) ? orgNamedAt(text, at) : null;
    // "..., Chi bộ gồm các đảng viên": a bare head word is the subject of the next clause, not a body listed.
    if (!next || next.start !== at || !(next.label || next.unit || next.inner) || !NAMED_AFTER_HEAD.test(text.slice(at, next.end))) break;
    // "thành lập Văn phòng Đảng ủy và Ban Xây dựng Đảng": a board listed bare belongs where the first one does.
    out.push(next.inner || next.unit || !first?.inner || !next.label ? next : { ...next, inner: first.inner });
    end = next.end;
  }
  return out;
}

/**
 * "(17 đảng viên)", "(20 đội viên, anh X làm Đội trưởng)", ", do đồng chí X làm Trưởng tiểu ban,": an aside on the body just
 * listed, not its own decision's number.
 */
const ASIDE = /[ ]*\(([^()\n]{1,160})\)/uy;
const NUMBER_INSIDE = /\d[ ]*[-/][ ]*\p{Lu}|[Qq]uyết[ ]+định|QĐ/u;

/** ", do đồng chí X làm Trưởng tiểu ban": who heads the body just listed. */
const HEADED_BY = /[ ]*,[ ]*do[ ]+[^,.;:()\n]{3,80}?[ ]làm[ ]+[^,.;:()\n]{2,60}?(?=[ ]*,)/uy;

function pastAside(text: string, end: number): number {
  ASIDE.lastIndex = end;
  const m = ASIDE.exec(text);
  if (m && !NUMBER_INSIDE.test(m[1])) return ASIDE.lastIndex;
  HEADED_BY.lastIndex = end;
  return HEADED_BY.test(text) ? HEADED_BY.lastIndex : end;
}


/**
 * "về việc thành lập 03 chi bộ trực thuộc, gồm: ...", "ba hội đồng được thành lập gồm: ...", "thành lập 03 chi
 * bộ trực thuộc: ...", "thành lập 2 chi bộ trực thuộc là ...", "3 đội xung kích được thành lập như sau:": a
 * founding that counts the bodies, then lists them. Read in the document's sentence, after its number, or in
 * the next one when it opens with "Theo đó," or "Cụ thể,".
 */
const COUNTED = new RegExp(
  `^(?:[^.;\\n]{0,200}?\\.[ \\n]*(?:Theo[ ]+đó|Cụ[ ]+thể)[ ]*,[ ]*)?[^.;\\n]{0,120}?(?:thành[ ]+lập[ ]+${COUNT}[ ]+[\\p{Ll} ]{2,40}?|${COUNT}[ ]+[\\p{Ll} ]{2,40}?[ ]+được[ ]+thành[ ]+lập)[ ]*(?:,[ ]*)?(?:gồm[ ]*:?|như[ ]+sau[ ]*:|là(?=[ ]+\\p{Lu})|:)[ ]*`,
  'u',
);
/** An item of a list on its own line: "1. Tổ ...", "- Đội ...". */
const LINE_ITEM = new RegExp(`\\n[ ]*${ITEM_MARK_SOURCE}[ ]*`, 'uy');

/** The bodies a founding counts and lists after the document's number: in the sentence, or one a line. */
export function countedAfter(text: string, doc: DocumentMention): OrgPhrase[] {
  const m = COUNTED.exec(text.slice(doc.end, doc.end + 400));
  if (!m) return [];
  const at = doc.end + m[0].length;
  if (text[at] === '\n') return listedOnLines(text, at);
  const first = HEADS.matchAt(text, at) ? orgNamedAt(text, at) : null;
  if (!first || first.start !== at || !(first.label || first.unit || first.inner)) return [];
  return [first, ...listFrom(text, first.end, null)];
}

function listedOnLines(text: string, from: number): OrgPhrase[] {
  const out: OrgPhrase[] = [];
  for (let p = from; p >= 0 && out.length < 20; p = text.indexOf('\n', p + 1)) {
    LINE_ITEM.lastIndex = p;
    const item = LINE_ITEM.exec(text);
    if (!item) break;
    const at = p + item[0].length;
    const org = HEADS.matchAt(text, at) ? orgNamedAt(text, at) : null;
    if (!org || org.start !== at || !(org.label || org.unit || org.inner)) break;
    out.push(org);
  }
  return out;
}

/** "số 01/QĐ-UBBC, số 02/QĐ-UBBC và số 03/QĐ-UBBC cùng ngày 20/11/2025, lần lượt về ...; ...; thành lập ...". */
const RESPECTIVELY = /^[^.;\n]{0,60}?(?:lần[ ]+lượt|theo[ ]+thứ[ ]+tự)[ ]*,?[ ]+(?:(?:là|về[ ]+việc|về)[ ]+)?/u;
/** "..., Ban Thường vụ Hội CCB xã thành lập, theo thứ tự, các |Tổ ...": the verb first, then "in that order", then the bodies. */
const VERB_THEN_RESPECTIVELY = /^[^.;\n]{0,120}?thành[ ]+lập[ ]*,?[ ]*(?:lần[ ]+lượt|theo[ ]+thứ[ ]+tự)[ ]*,?[ ]*(?:các[ ]+)?(?=\p{Lu})/u;

/**
 * Numbers listed in one clause, then "lần lượt" and as many subjects apart by semicolons: the i-th number's
 * subject is the i-th (its offset in the text). Only the numbers of such a list have one.
 */
export function respectiveSubjects(text: string, docs: readonly DocumentMention[]): Map<DocumentMention, number | OrgPhrase> {
  const out = new Map<DocumentMention, number | OrgPhrase>();
  for (let i = 0; i < docs.length; ) {
    let j = i;
    while (j + 1 < docs.length && LIST_BETWEEN.test(text.slice(docs[j].end, docs[j + 1].start))) j++;
    const list = docs.slice(i, j + 1);
    const m = j > i && !verbFirst(text, list, out) ? RESPECTIVELY.exec(text.slice(docs[j].end, docs[j].end + 200)) : null;
    if (!m && j > i && !out.has(docs[i])) inOrder(text, list, out);
    if (m) {
      const from = docs[j].end + m[0].length;
      const end = text.slice(from, from + 600).search(/[.\n]/u);
      const parts = text.slice(from, end < 0 ? from + 600 : from + end).split(';');
      if (parts.length === j - i + 1) {
        let at = from;
        parts.forEach((part, k) => {
          out.set(docs[i + k], at + part.length - part.trimStart().length);
          at += part.length + 1;
        });
      } else {
        // "lần lượt về việc thành lập A và B": one founding lists the bodies, the i-th the i-th number's.
        const bodies = bodiesFoundedAt(text, from);
        if (bodies.length === j - i + 1) bodies.forEach((b, k) => out.set(docs[i + k], b));
      }
    }
    i = j + 1;
  }
  return out;
}

/** "Quyết định số 05 và 06/QĐ-HNM ngày ... của ... |về việc thành lập A và B": the founding the numbers' tail tells. */
const TAIL_FOUNDS = /^(?:(?!số[ ])[^.;:\n]){0,160}?(?=[ ,]*(?:về[ ]+việc[ ]+)?thành[ ]+lập[ ])/u;

/**
 * Numbers listed together whose tail founds as many bodies as there are numbers: the i-th number founded the i-th
 * body, as a reader pairs them ("Quyết định số 05 và 06/QĐ-HNM ... về việc thành lập Chi hội A và Chi hội B").
 */
function inOrder(text: string, list: readonly DocumentMention[], out: Map<DocumentMention, number | OrgPhrase>): void {
  const last = list[list.length - 1];
  const tail = TAIL_FOUNDS.exec(text.slice(last.end, last.end + 200));
  if (tail) pair(list, bodiesFoundedAt(text, last.end + tail[0].length), out);
}

/** "Bằng các Quyết định số A, B và C ..., X thành lập, theo thứ tự, các Tổ ... ấp A, ấp B và ấp C": the i-th body the i-th number's. */
function verbFirst(text: string, list: readonly DocumentMention[], out: Map<DocumentMention, number | OrgPhrase>): boolean {
  const last = list[list.length - 1];
  const m = VERB_THEN_RESPECTIVELY.exec(text.slice(last.end, last.end + 200));
  return m !== null && pair(list, bodiesListedAt(text, last.end + m[0].length), out);
}

function pair(list: readonly DocumentMention[], bodies: OrgPhrase[], out: Map<DocumentMention, number | OrgPhrase>): boolean {
  if (bodies.length !== list.length) return false;
  bodies.forEach((b, k) => out.set(list[k], b));
  return true;
}

/** The bodies "thành lập A, B và C" at `at` lists. */
function bodiesFoundedAt(text: string, at: number): OrgPhrase[] {
  FOUNDS_AFTER.lastIndex = at;
  const m = FOUNDS_AFTER.exec(text);
  return m && m.index === at ? bodiesListedAt(text, at + m[0].length) : [];
}

/** The bodies listed from `at`: "A, B và C", or "Tổ ... thôn A, thôn B và thôn C" (the body again in each unit or place). */
function bodiesListedAt(text: string, at: number): OrgPhrase[] {
  const first = orgNamedAt(text, at);
  if (!first) return [];
  const listed = listFrom(text, first.end, first);
  return [first, ...(listed.length ? listed : first.unit ? perUnitListed(text, first) : perPlaceListed(text, first))];
}

/** The body a respective subject founds: "thành lập Tổ giúp việc Ủy ban bầu cử tỉnh", or a body of such a list. */
export function foundedRespectively(text: string, at: number | OrgPhrase | undefined): OrgPhrase | null {
  if (at === undefined || typeof at !== 'number') return at ?? null;
  FOUNDS_AFTER.lastIndex = at;
  const m = FOUNDS_AFTER.exec(text);
  if (m && m.index === at) return orgNamedAt(text, at + m[0].length);
  // A body of the list one founding gives ("thành lập A và |B").
  return LISTED_BEFORE_BODY.test(text.slice(Math.max(0, at - 16), at)) && HEADS.matchAt(text, at) ? orgNamedAt(text, at) : null;
}
const LISTED_BEFORE_BODY = /(?:thành[ ]+lập(?:[ ]+mới)?|,|[ ]và)[ ]+$/u;

const AND_BEFORE = /[ ]và[ ]+$/u;

/**
 * "Ban Kinh tế - Ngân sách và Ban Văn hóa - Xã hội của HĐND xã được thành lập": the body listed before the founded
 * subject, of the same head, belonging where that one does.
 */
export function listedBefore(text: string, org: OrgPhrase): OrgPhrase[] {
  const and = AND_BEFORE.exec(text.slice(Math.max(0, org.start - 8), org.start));
  if (!and) return [];
  const prev = parseOrgEndingAt(text, org.start - and[0].length);
  if (!prev || prev.head !== org.head || !(prev.label || prev.unit || prev.inner)) return [];
  return [prev.inner || prev.unit || !org.inner ? prev : { ...prev, inner: org.inner }];
}

/** "X được thành lập theo Quyết định số 112-QĐ/ĐUCA, |Y theo Quyết định số 113-QĐ/ĐUCA", "X ra đời theo ..., còn |Y theo ...": the verb left out. */
const ELLIPTICAL = /(?:,|;|[ ]và)[ ]+(?:còn[ ]+)?(\p{Lu}(?:(?![ ]theo[ ])[^.;:,()\n]){2,100}?)[ ]+theo[ ]+$/u;
/** "A được thành lập theo Quyết định số 1845-QĐ/TU; B theo Quyết định số 1846-QĐ/TU": clauses of one sentence may part at semicolons. */
const FOUNDED_BEFORE_IN_SENTENCE = /(?:được[ ]+thành[ ]+lập|ra[ ]+đời|ra[ ]+mắt)[ ]+theo[^.\n]*$/u;

const OWN_VERB = /(?:^|[ ])(?:được|đã|bị|sẽ|là)(?![\p{L}])/u;

/** A body listed after a founding told in full, in the same sentence, with its own number and the verb left out. */
export function ellipticalFounding(text: string, doc: DocumentMention): OrgPhrase | null {
  const lead = text.slice(Math.max(0, doc.start - 300), doc.start);
  const m = ELLIPTICAL.exec(lead);
  // "...; Trung đội 2 được giải thể theo Quyết định số ...": a clause with a verb of its own tells another thing.
  if (!m || OWN_VERB.test(m[1]) || !FOUNDED_BEFORE_IN_SENTENCE.test(lead.slice(0, m.index))) return null;
  const at = doc.start - lead.length + m.index + m[0].indexOf(m[1]);
  // "..., còn Câu lạc bộ theo Quyết định số N": a head word alone, the body the article launches in full (toldInFull).
  const bare = bareHeadAt(text, at);
  return orgSpanning(text, at, at + m[1].length) ?? (bare && bare.end === at + m[1].length ? bare : null);
}
