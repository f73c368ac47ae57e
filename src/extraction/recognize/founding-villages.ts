import { ADMIN_LEVEL_WORDS } from '../lexicon/admin-levels';
import type { DocumentMention } from './document-recognizer';
import { HEADS } from './org-matchers';
import type { OrgPhrase } from './org-phrase';
import { orgSpanning } from './org-stretch';
import { readUnit } from './unit-ref';

/** Bodies founded once for each village of a list, the body named once. */

const VILLAGE_WORDS = ADMIN_LEVEL_WORDS.filter((l) => l.level === 'VILLAGE').map((l) => l.word);
const NAME = "\\p{Lu}[\\p{L}']*(?:[ ](?:\\p{Lu}[\\p{L}']*|\\d{1,3}))*";
/** "Tổ dân vận| ở ba thôn: Bút Sơn, Cổ Động và Đồng Ao": where the villages are counted, then named. */
const PER_VILLAGE = new RegExp(
  `^[ ]+(?:ở|tại)[ ]+(?:\\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|các)[ ]+(${VILLAGE_WORDS.join('|')})[ ]*:[ ]*(${NAME}(?:(?:[ ]*,[ ]*|[ ]+và[ ]+)${NAME}){1,9})`,
  'u',
);

/**
 * "thành lập Tổ dân vận ở ba thôn: Bút Sơn, Cổ Động và Đồng Ao": one body for each village, "Tổ dân vận thôn
 * Bút Sơn" and so on. Empty when the founded body is not followed by such a list.
 */
export function perVillage(text: string, org: OrgPhrase): OrgPhrase[] {
  const head = HEADS.matchAt(text, org.start);
  if (!head) return [];
  const cut = text.slice(org.start, org.end + 160).search(/[ ]+(?:ở|tại)[ ]+(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|các)[ ]/u);
  if (cut < 0 || org.start + cut < head.end) return [];
  const at = org.start + cut;
  const m = PER_VILLAGE.exec(text.slice(at, at + 240));
  if (!m) return [];
  const label = text.slice(head.end, at).trim() || null;
  const word = m[1];
  const listStart = at + m[0].length - m[2].length;
  const out: OrgPhrase[] = [];
  let from = 0;
  for (const name of m[2].split(/[ ]*,[ ]*|[ ]+và[ ]+/u)) {
    const start = listStart + m[2].indexOf(name, from);
    from = start - listStart + name.length;
    out.push({ head: head.entry, label, inner: null, unit: { word, level: 'VILLAGE', name, start, end: start + name.length }, start: org.start, end: start + name.length });
  }
  return out;
}

/**
 * "...: Tổ đoàn kết khai thác hải sản ấp Bãi Nhà (Quyết định số 15/QĐ-HNC), ấp Hòn Mấu (số 16/QĐ-HNC) và ấp Bãi
 * Giếng (số 17/QĐ-HNC)": a list after a colon of bodies founded, each with its number in brackets; the bodies
 * after the first are written by their village alone.
 */
export function bracketedListItem(text: string, doc: DocumentMention): OrgPhrase | null {
  const open = bracketBefore(text, doc);
  if (open < 0 || text[doc.end + (text.slice(doc.end, doc.end + 4).length - text.slice(doc.end, doc.end + 4).trimStart().length)] !== ')') return null;
  const lead = text.slice(Math.max(0, open - 300), open);
  const colon = lead.lastIndexOf(':');
  if (colon < 0 || /[.;\n]/u.test(lead.slice(colon)) || !/thành[ ]+lập/u.test(lead.slice(Math.max(0, colon - 200), colon))) return null;
  const base = open - lead.length;
  const itemFrom = Math.max(colon + 1, lead.lastIndexOf(', ') + 2, lead.lastIndexOf(' và ') + 4);
  const itemStart = base + itemFrom + (lead.slice(itemFrom).length - lead.slice(itemFrom).trimStart().length);
  const itemEnd = base + lead.trimEnd().length;
  if (itemFrom === colon + 1) return orgSpanning(text, itemStart, itemEnd);
  const unit = readUnit(text, itemStart);
  if (!unit?.name || unit.end !== itemEnd) return null;
  const firstStart = base + colon + 1 + (lead.slice(colon + 1).length - lead.slice(colon + 1).trimStart().length);
  const firstOpen = text.indexOf('(', firstStart);
  const first = firstOpen > 0 && firstOpen < open ? orgSpanning(text, firstStart, base + lead.slice(0, firstOpen - base).trimEnd().length) : null;
  return first?.unit ? { ...first, unit, start: itemStart, end: itemEnd } : null;
}

function bracketBefore(text: string, doc: DocumentMention): number {
  const near = text.slice(Math.max(0, doc.start - 6), doc.start);
  const i = near.lastIndexOf('(');
  return i < 0 || !/^[ ]*(?:số[ ]*)?$/u.test(near.slice(i + 1)) ? -1 : doc.start - near.length + i;
}
