import type { DocumentMention } from './document-recognizer';
import type { OrgPhrase } from './org-phrase';
import { orgNamedAt, orgSpanning } from './org-stretch';
import { sentenceStartWithin } from './scan';

/**
 * Foundings whose number a label introduces, "QĐ thành lập: số 09/QĐ-HND", the body told apart from it:
 *
 *   "• Tên tổ: Tổ bảo vệ rừng cộng đồng thôn A
 *      Quyết định thành lập: số 112/QĐ-UBND"           (a card: the name on the line above)
 *   "Tổ tiết kiệm bản B chính thức ra mắt (QĐ thành lập: số 09/QĐ-HND ...)"   (the subject before the bracket)
 *
 * and foundings whose number is given last ("Quyết định thành lập X được Y ký ngày D, mang số N").
 */
const LABEL = /(?:QĐ|[Qq]uyết[ ]+định)[ ]+thành[ ]+lập[ ]*:[ ]*(?:số[ ]*)?$/u;
/** "• Tên tổ: X", "- Tên chi hội: X": the card's name line. */
const NAME_LINE = /^[ ]*(?:[-–•*+][ ]*)?Tên[ ]+[\p{Ll} ]{1,20}:[ ]*(\S.*?)[ ]*$/u;
/** "X chính thức ra mắt (", "X được thành lập (": the body, the verb, then the bracket. */
const LAUNCHED_BEFORE_BRACKET = /(?:^|[.;:\n,][ ]*)([^.;:\n,]{3,120}?)[ ]+(?:(?:đã|chính[ ]+thức)[ ]+)*(?:ra[ ]+mắt|được[ ]+thành[ ]+lập)[ ]*\([^()\n]*$/u;

export function labelledFounding(text: string, doc: DocumentMention): OrgPhrase | null {
  const lineStart = text.lastIndexOf('\n', doc.start - 1) + 1;
  if (!LABEL.test(text.slice(Math.max(lineStart, doc.start - 40), doc.start))) return null;
  const leadFrom = Math.max(lineStart, doc.start - 240);
  const bracketed = LAUNCHED_BEFORE_BRACKET.exec(text.slice(leadFrom, doc.start));
  if (bracketed) {
    const start = leadFrom + bracketed.index + bracketed[0].indexOf(bracketed[1]);
    return orgSpanning(text, start, start + bracketed[1].length);
  }
  const prevEnd = lineStart - 1;
  if (prevEnd <= 0) return null;
  const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
  const name = NAME_LINE.exec(text.slice(prevStart, prevEnd));
  if (!name) return null;
  const start = prevStart + name[0].indexOf(name[1]);
  return orgSpanning(text, start, start + name[1].length);
}

/**
 * "Quyết định thành lập Chi hội X được Ban Thường vụ Hội ... ký ngày 10/9/2018, mang số 14/QĐ-CGC": the founding told
 * first, its number last.
 */
export function foundedCarrying(text: string, doc: DocumentMention): OrgPhrase | null {
  if (!CARRYING.test(text.slice(Math.max(0, doc.start - 12), doc.start))) return null;
  const opens = sentenceStartWithin(text, doc.start, 300);
  const from = opens < 0 ? Math.max(0, doc.start - 300) : opens;
  const told = FOUNDING_TOLD_FIRST.exec(text.slice(from, doc.start));
  return told ? orgNamedAt(text, from + told.index + told[0].length) : null;
}
const CARRYING = /mang[ ]+số[ ]*$/u;
const FOUNDING_TOLD_FIRST = /[Qq]uyết[ ]+định[ ]+(?:về[ ]+việc[ ]+)?thành[ ]+lập[ ]+(?=\p{Lu})/u;
