import type { DocumentMention } from './document-recognizer';
import { codeAllows } from './document-words';
import { actorAfter } from './issuer-before';

/**
 * Issuers and dates a number takes from the number next to it: written once
 * after a list, the same code "cùng ngày", the same subject, attached.
 */

/** Between two numbers of one list: "217-QĐ/TW và 218-QĐ/TW", "số 01/QĐ-UBBC, số 02/QĐ-UBBC". */
export const LIST_BETWEEN = /^[ ]*(?:,|và)[ ]*(?:số[ ]*)?$/u;

/**
 * "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị",
 * "Nghị quyết số 12/NQ-HĐND, 13/NQ-HĐND ngày 29/9/2023": the date and issuer
 * written after the last number of a list stand for every number of it. Numbers
 * of two issuer codes ("Chỉ thị 35-CT/TW và Kế hoạch số 12-KH/ĐU ngày ... của
 * Đảng ủy xã") came from two bodies: what follows the last is its own.
 */
export function shareIssuers(text: string, docs: DocumentMention[]): void {
  for (let i = docs.length - 2; i >= 0; i--) {
    const a = docs[i];
    const b = docs[i + 1];
    // An issuer written before the list ("Ủy ban bầu cử tỉnh ban hành các Quyết định số ...") leaves the date to share.
    const ownIssuer = a.issuer !== null && a.issuer.start > a.start;
    if (ownIssuer || a.date || a.subject || !(b.issuer || b.date)) continue;
    if (a.issuerCode && b.issuerCode && a.issuerCode !== b.issuerCode) continue;
    const between = text.slice(a.end, b.start);
    if (!LIST_BETWEEN.test(between)) continue;
    a.issuer ??= b.issuer;
    a.date = b.date;
  }
}

/**
 * "Quyết định số 1125-QĐ/TU ngày 27/6/2025 của Ban Thường vụ Tỉnh ủy ... và Quyết định số 1126-QĐ/TU cùng
 * ngày về việc ...": a number dated "cùng ngày" after one of the same issuer code came from the same body.
 * (A number that only bears the same date, written out, is left without an issuer: the text does not say
 * whose it is, though a reader may guess.)
 */
export function sameDayIssuers(docs: DocumentMention[]): void {
  for (let i = 1; i < docs.length; i++) {
    const a = docs[i - 1];
    const b = docs[i];
    if (b.sameDay && !b.issuer && a.issuer && a.issuerCode === b.issuerCode) b.issuer = a.issuer;
  }
}

/**
 * "Ban Thường vụ Đảng ủy xã đã ban hành Quyết định số 158-QĐ/ĐU về việc ...
 * và Quyết định số 159-QĐ/ĐU về việc ...", also items after semicolons
 * ("...; Quyết định số 160-QĐ/ĐU về việc ..."): the subject of the sentence
 * issued the numbers after the first too.
 */
export function shareSubjectIssuers(text: string, docs: DocumentMention[]): void {
  for (let i = 1; i < docs.length; i++) {
    const a = docs[i - 1];
    const b = docs[i];
    if (b.issuer || !a.issuer || a.issuer.end > a.start || !sameClause(text, a, b)) continue;
    if (codeAllows(b.issuerCode, a.issuer)) b.issuer = a.issuer;
  }
}

/** "...; Quyết định số" or "...; và Kế hoạch số": a semicolon that opens the next item of a list of numbers. */
const NEXT_ITEM = /;[ ]*(?:và[ ]+)?$/u;

/**
 * Whether `b` is named in the clause of `a`: nothing ends the sentence between them, or a semicolon does that
 * only opens the next item ("ban hành Quyết định số 41-QĐ/HU về việc ...; Quyết định số 42-QĐ/HU về việc ...").
 */
export function sameClause(text: string, a: DocumentMention, b: DocumentMention): boolean {
  const between = text.slice(a.end, b.start);
  const stop = between.search(/[.\n]/u);
  if (stop >= 0) return false;
  const semi = between.indexOf(';');
  return semi < 0 || (semi === between.lastIndexOf(';') && NEXT_ITEM.test(between));
}

const ATTACHED = /(?:kèm[ ]+theo|ban[ ]+hành[ ]+kèm)[ ]*$/iu;

/**
 * "Ban Thường vụ Đảng ủy xã ban hành Kế hoạch số 38-KH/ĐU về ...; kèm theo Chương trình hành động số
 * 02-CTr/ĐU": a number attached to the one before came with it from the same body.
 */
export function attachedIssuers(text: string, docs: DocumentMention[]): void {
  for (let i = 1; i < docs.length; i++) {
    const a = docs[i - 1];
    const b = docs[i];
    if (b.issuer || !a.issuer || !ATTACHED.test(text.slice(Math.max(a.end, b.start - 24), b.start))) continue;
    if (codeAllows(b.issuerCode, a.issuer)) b.issuer = a.issuer;
  }
}

/**
 * "Bằng các Quyết định số 12/QĐ-CCB, 13/QĐ-CCB và 14/QĐ-CCB ký ngày D, Ban Thường vụ Hội CCB xã thành lập ...": the
 * subject after a list the clause opens with issued every number of it.
 */
export function listActors(text: string, docs: DocumentMention[]): void {
  for (let i = 0; i < docs.length; ) {
    let j = i;
    while (j + 1 < docs.length && LIST_BETWEEN.test(text.slice(docs[j].end, docs[j + 1].start))) j++;
    const last = docs[j];
    const actor = j > i && !last.issuer ? actorAfter(text, docs[i].start, last.end, last.issuerCode) : null;
    if (actor) for (let k = i; k <= j; k++) if (!docs[k].issuer && codeAllows(docs[k].issuerCode, actor)) docs[k].issuer = actor;
    i = j + 1;
  }
}
