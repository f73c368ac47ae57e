import type { DocumentMention } from './document-recognizer';
import type { OrgPhrase } from './org-phrase';
import { foundingToldBefore } from './founding-table-rows';
import { orgSpanning } from './org-stretch';
import { ITEM_MARK_SOURCE, itemLinesAbove, skipSpaces } from './scan';
import { readUnit } from './unit-ref';

/**
 * Foundings listed one a line under a lead that ends in a colon:
 *
 *   "... công bố các quyết định của Ban Thường vụ Đảng ủy xã thành lập:
 *    1. Chi bộ Công an xã: Quyết định số 14-QĐ/ĐU;
 *    - khu phố 3: Quyết định số 1206/QĐ-UBND;
 *    2. ấp Kinh Hai (Quyết định số 216/QĐ-UBND);"
 *
 * A line gives the body, a colon or an opening bracket, then its number; a line that gives only a unit ("- khu phố 3:") is the body of
 * the list's first line in that unit.
 */

/** An item line's mark, then its body up to a colon; or up to a bracket, the number inside ("1. Tổ X (Quyết định số N)"). */
const ITEM = new RegExp(`^[ ]*${ITEM_MARK_SOURCE}[ ]*([^:\\n]{2,150}?)[ ]*:`, 'u');
const BRACKETED_ITEM = new RegExp(`^[ ]*${ITEM_MARK_SOURCE}[ ]*([^:(\\n]{2,150}?)[ ]*\\(`, 'u');
/** What stands between the colon and the number: "số" at most, or "QĐ số". */
const TO_NUMBER = /^[ ]*(?:(?:QĐ|NQ)[ ]+)?(?:số[ ]*)?$/u;
/** The lead's last words: a founding told ("thành lập:", "quyết định thành lập như sau:"). */
const FOUNDING_LEAD = /(?:thành[ ]+lập|ra[ ]+mắt)[^.;\n]{0,40}:[ ]*$/u;

export function lineItemFounding(text: string, doc: DocumentMention): OrgPhrase | null {
  const lineStart = text.lastIndexOf('\n', doc.start - 1) + 1;
  if (lineStart === 0 || doc.start - lineStart > 200) return null;
  const item = itemAt(text, lineStart, doc.start);
  if (!item || !TO_NUMBER.test(text.slice(item.colon + 1, doc.start))) return null;
  const first = firstLineOfList(text, lineStart);
  if (first < 0) return null;
  const body = orgSpanning(text, item.start, item.end);
  if (body) return body;
  // "- khu phố 3: ...": the first line's body, in this unit.
  const unit = readUnit(text, item.start);
  if (!unit?.name || unit.end !== item.end || first === lineStart) return null;
  const head = itemAt(text, first, text.indexOf('\n', first) < 0 ? text.length : text.indexOf('\n', first));
  const firstBody = head ? orgSpanning(text, head.start, head.end) : null;
  return firstBody?.unit ? { ...firstBody, unit, start: item.start, end: item.end } : null;
}

/** The body of the item line starting at `lineStart` (up to `end`) and where its colon (or bracket) stands. */
function itemAt(text: string, lineStart: number, end: number): { start: number; end: number; colon: number } | null {
  const line = text.slice(lineStart, end);
  const m = ITEM.exec(line) ?? BRACKETED_ITEM.exec(line);
  if (!m) return null;
  const start = skipSpaces(text, lineStart + m[0].indexOf(m[1]));
  return { start, end: start + m[1].length, colon: lineStart + m[0].length - 1 };
}

/** The start of the list's first line, when the lines above `lineStart` are items under a founding lead; else -1. */
function firstLineOfList(text: string, lineStart: number): number {
  const first = itemLinesAbove(text, lineStart);
  if (first === 0) return -1;
  // The lead may stand a blank line above the list.
  let leadEnd = first - 1;
  while (leadEnd > 0 && text[leadEnd - 1] === '\n') leadEnd--;
  const lead = text.slice(text.lastIndexOf('\n', leadEnd - 1) + 1, leadEnd);
  if (FOUNDING_LEAD.test(lead)) return first;
  // "đọc các quyết định do X ký cùng ngày D, cụ thể:", the founding told in the paragraph before: "trao quyết định thành lập 4 chi bộ".
  return COLON_LEAD.test(lead) && foundingToldBefore(text, leadEnd, TOLD_REACH) ? first : -1;
}
const COLON_LEAD = /(?:quyết[ ]+định|QĐ)[^.;\n]{0,120}:[ ]*$/iu;
const TOLD_REACH = 600;
