import type { DocumentMention } from './document-recognizer';
import type { OrgPhrase } from './org-phrase';
import { orgSpanning } from './org-stretch';
import { skipSpaces } from './scan';
import { readUnit } from './unit-ref';

/** Foundings told with the number in brackets beside the body. */

/** What a body numbered in brackets goes on to say of itself: it was founded, by a merger or a split or not. */
const FOUNDED_TAIL =
  /^[ ]*\)[ ]*(?:,[ ]*)?(?:(?:đã[ ]+)?được[ ]+thành[ ]+lập|(?:được[ ]+)?(?:hợp[ ]+nhất|sáp[ ]+nhập|chia[ ]+tách|tách)(?![\p{L}])|(?:đã[ ]+)?(?:chính[ ]+thức[ ]+)?ra[ ]+mắt(?![\p{L}]))/u;
/** ") và Công đoàn cơ sở X (Quyết định số ...)": a second body with its own number, the tail said of both. */
const AND_NEXT_BRACKETED = /^[ ]*\)[ ]+và[ ]+[^()\n.;]{3,120}\([^()\n]{1,120}(?=\))/u;
const CLAUSE_OPEN = /[.;:,\n][ ]*(?:cụ[ ]+thể[ ]*,[ ]*)?|\)[ ]+và[ ]+/giu;

/**
 * "Chi bộ Khu phố Lâm Hòa (Quyết định số 31-QĐ/ĐU) được thành lập trên cơ sở hợp nhất ...; Chi bộ Khu phố Lâm Thịnh
 * (Quyết định số 32-QĐ/ĐU) hợp nhất ...", "Chi bộ X (Quyết định số ...) và Công đoàn cơ sở X (Quyết định số ...) chính thức ra
 * mắt": a body with its founding number in brackets, the subject of its clause.
 */
export function bracketedSubject(text: string, doc: DocumentMention): OrgPhrase | null {
  const at = bracketOpenBefore(text, doc, NUMBER_OPENS);
  if (at < 0) return null;
  // Bounded looks: a text of a megabyte of numbers must not be read from end to end for each.
  const closeIn = text.slice(doc.end, doc.end + 61).indexOf(')');
  if (closeIn < 0 || text.slice(doc.end, doc.end + closeIn).includes('(')) return null;
  const close = doc.end + closeIn;
  const next = AND_NEXT_BRACKETED.exec(text.slice(close, close + 260));
  const tailAt = next ? close + next[0].length : close;
  const lead = text.slice(Math.max(0, at - 160), at);
  let from = 0;
  for (const m of lead.matchAll(CLAUSE_OPEN)) from = m.index + m[0].length;
  if (!FOUNDED_TAIL.test(text.slice(tailAt, tailAt + 40)) && !foundingGoesOn(text, at - lead.length + from)) return null;
  let end = at;
  while (end > 0 && text[end - 1] === ' ') end--;
  return orgSpanning(text, at - lead.length + from, end);
}

/** "... để thành lập chi bộ riêng. Theo đó, |Chi bộ Công an xã (Quyết định số ...) có 9 đảng viên": the founding told just before. */
const THEREBY_BEFORE = /(?:thành[ ]+lập|ra[ ]+mắt)[^.;\n]{0,120}[.;][ ]*(?:Theo[ ]+đó|Cụ[ ]+thể)[ ]*,[ ]*$/u;

function foundingGoesOn(text: string, clauseStart: number): boolean {
  return THEREBY_BEFORE.test(text.slice(Math.max(0, clauseStart - 200), clauseStart));
}

/**
 * "...: Tổ đoàn kết khai thác hải sản ấp Bãi Nhà (Quyết định số 15/QĐ-HNC), ấp Hòn Mấu (số 16/QĐ-HNC) và ấp Bãi
 * Giếng (số 17/QĐ-HNC)": a list after a colon of bodies founded, each with its number in brackets; the bodies
 * after the first may be written by their village alone.
 */
export function bracketedListItem(text: string, doc: DocumentMention): OrgPhrase | null {
  const open = bracketOpenBefore(text, doc, NUMBER_OPENS);
  if (open < 0 || text[skipSpaces(text, doc.end)] !== ')') return null;
  const lead = text.slice(Math.max(0, open - 300), open);
  const listFrom = listStart(lead);
  if (listFrom < 0) return null;
  const base = open - lead.length;
  const itemFrom = Math.max(listFrom, lead.lastIndexOf(', ') + 2, lead.lastIndexOf(' và ') + 4);
  const itemStart = skipSpaces(text, base + itemFrom);
  const itemEnd = base + lead.trimEnd().length;
  // A later item written in full ("... và Chi bộ khu phố 4B (Quyết định số 513-QĐ/ĐU)") stands on its own.
  const whole = orgSpanning(text, itemStart, itemEnd);
  if (itemFrom === listFrom || whole) return whole;
  const unit = readUnit(text, itemStart);
  if (!unit?.name || unit.end !== itemEnd) return null;
  const firstStart = skipSpaces(text, base + listFrom);
  const firstOpen = text.indexOf('(', firstStart);
  const first = firstOpen > 0 && firstOpen < open ? orgSpanning(text, firstStart, base + lead.slice(0, firstOpen - base).trimEnd().length) : null;
  return first?.unit ? { ...first, unit, start: itemStart, end: itemEnd } : null;
}

/** What a list of bodies numbered in brackets follows: a founding, or a split into new bodies ("chia tách thành hai chi bộ:"). */
const LIST_LEAD = /thành[ ]+lập|(?:chia[ ]+)?tách[ ]+thành/u;
/** "Hai mô hình Ban Thường vụ thành lập trước đó là |A (Quyết định số ...) và B (...)": the list told as what was founded. */
const FOUNDED_ARE = /(?:thành[ ]+lập|ra[ ]+mắt)(?![\p{L}])[^.;:\n()]{0,60}?[ ]là[ ]+/gu;

/** Where in `lead` the list the last item belongs to starts: after a colon that follows a founding lead, or "thành lập ... là"; -1 if none. */
function listStart(lead: string): number {
  const colon = lead.lastIndexOf(':');
  if (colon >= 0 && !/[.;\n]/u.test(lead.slice(colon)) && LIST_LEAD.test(lead.slice(Math.max(0, colon - 200), colon))) return colon + 1;
  let from = -1;
  for (const m of lead.matchAll(FOUNDED_ARE)) from = m.index + m[0].length;
  return from >= 0 && !/[.;\n]/u.test(lead.slice(from)) ? from : -1;
}

/** What may stand between a bracket and the number in it: "(QĐ số 120-QĐ/ĐU ...)", "(số 16/QĐ-HNC)". */
const NUMBER_OPENS = /^[ ]*(?:QĐ[ ]*)?(?:số[ ]*)?$/u;

/** Where the bracket the number stands in opens, only `between` (spaces, "số") between it and the number; -1 if none. */
function bracketOpenBefore(text: string, doc: DocumentMention, between: RegExp): number {
  const near = text.slice(Math.max(0, doc.start - 12), doc.start);
  const i = near.lastIndexOf('(');
  return i < 0 || !between.test(near.slice(i + 1)) ? -1 : doc.start - near.length + i;
}

/** "...: Quyết định 145-QĐ/ĐU (Tiểu ban Văn kiện), Quyết định 146-QĐ/ĐU (Tiểu ban Nhân sự)": a body in brackets right after its number. */
const BODY_IN_BRACKET = /^[ ]*\(([^()\n]{3,100})\)/u;
/** A founding told before the colon that opens the list: "Ba tiểu ban được lập theo 3 quyết định ...:". */
const FOUNDING_BEFORE_COLON = /(?:thành[ ]+lập|được[ ]+lập|ra[ ]+mắt)[^.;\n]{0,160}:[^.;\n]*$/u;

export function bodyBracketedAfter(text: string, doc: DocumentMention): OrgPhrase | null {
  const m = BODY_IN_BRACKET.exec(text.slice(doc.end, doc.end + 110));
  if (!m) return null;
  const lead = text.slice(Math.max(0, doc.start - 300), doc.start);
  if (!FOUNDING_BEFORE_COLON.test(lead)) return null;
  const start = doc.end + m[0].indexOf(m[1]);
  return orgSpanning(text, start, start + m[1].trimEnd().length);
}
