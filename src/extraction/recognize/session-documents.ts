import { ISSUER_CODE_HEADS } from '../lexicon/issuer-codes';
import { codeAllows } from './document-words';
import type { DocumentMention } from './document-recognizer';
import type { OrgPhrase } from './org-phrase';
import type { SessionMention } from './session-recognizer';

/** "Hội nghị đã thảo luận, thống nhất ban hành Nghị quyết số ...": the session itself issues or passes the number. */
const SESSION_ISSUES = /^[ ]*(?:Hội[ ]+nghị|Kỳ[ ]+họp|Kì[ ]+họp|Đại[ ]+hội|Phiên[ ]+họp)[^.;\n]{0,120}?(?:ban[ ]+hành|thông[ ]+qua)[^.;\n]{0,60}$/u;

/**
 * Documents a reported session issued, without an issuer, take the body that held it (the first named in the
 * session's sentence, if the issuer code allows it):
 * - told by the sentence ("Sáng 8/1, Ban Chấp hành Đảng bộ phường X tổ chức Hội nghị lần thứ 5 ... Hội nghị đã
 *   thảo luận, thống nhất ban hành Nghị quyết số 15-NQ/ĐU"); the date stays as the text gives it: none (the
 *   session's day is when it passed, not the date the number bears);
 * - dated the session's day under a code that names the holder's kind ("Chiều 14/3, HĐND tỉnh tổ chức Kỳ họp
 *   thứ 26 ... Các kết quả trên được thể hiện tại Nghị quyết số 12/NQ-HĐND ngày 14/3/2025").
 */
export function sessionDocuments(text: string, docs: DocumentMention[], sessions: readonly SessionMention[], orgs: readonly OrgPhrase[]): void {
  for (const d of docs) {
    if (d.issuer) continue;
    const s = sessions.find((x) => x.region.start <= d.start && d.start < x.region.end);
    if (!s || !(SESSION_ISSUES.test(text.slice(sentenceStart(text, d.start), d.start)) || datedThatDay(d, s))) continue;
    const holder = orgs.find((o) => o.start >= s.sentence.start && o.end <= s.sentence.end);
    if (holder && codeAllows(d.issuerCode, holder)) d.issuer = holder;
  }
}

/** A number under a code of known issuers, dated the day the session took place. */
function datedThatDay(d: DocumentMention, s: SessionMention): boolean {
  if (!d.date || !d.issuerCode || !ISSUER_CODE_HEADS.has(d.issuerCode.split('-')[0])) return false;
  const yearsAgree = d.date.year === null || s.date.year === null || d.date.year === s.date.year;
  return yearsAgree && d.date.day === s.date.day && d.date.month === s.date.month;
}

function sentenceStart(text: string, pos: number): number {
  const cut = Math.max(text.lastIndexOf('.', pos - 1), text.lastIndexOf('\n', pos - 1), text.lastIndexOf(';', pos - 1));
  return cut + 1;
}
