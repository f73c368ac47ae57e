import { ADMIN_LEVEL_WORDS } from '../lexicon/admin-levels';
import { HEADS } from './org-matchers';
import type { OrgPhrase } from './org-phrase';

/** Bodies founded once for each village of a list, the body named once. */

const COUNT = '(?:\\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|các)';

const VILLAGE_WORDS = ADMIN_LEVEL_WORDS.filter((l) => l.level === 'VILLAGE').map((l) => l.word);
const NAME = "\\p{Lu}[\\p{L}']*(?:[ ](?:\\p{Lu}[\\p{L}']*|\\d{1,3}))*";
/** "Tổ dân vận| ở ba thôn: Bút Sơn, Cổ Động và Đồng Ao": where the villages are counted, then named. */
const COUNTED_AT = new RegExp(`[ ]+(?:ở|tại)[ ]+${COUNT}[ ]`, 'u');
const PER_VILLAGE = new RegExp(
  `^[ ]+(?:ở|tại)[ ]+${COUNT}[ ]+(${VILLAGE_WORDS.join('|')})[ ]*:[ ]*(${NAME}(?:(?:[ ]*,[ ]*|[ ]+và[ ]+)${NAME}){1,9})`,
  'u',
);

/**
 * "thành lập Tổ dân vận ở ba thôn: Bút Sơn, Cổ Động và Đồng Ao": one body for each village, "Tổ dân vận thôn
 * Bút Sơn" and so on. Empty when the founded body is not followed by such a list.
 */
export function perVillage(text: string, org: OrgPhrase): OrgPhrase[] {
  const head = HEADS.matchAt(text, org.start);
  if (!head) return [];
  const cut = text.slice(org.start, org.end + 160).search(COUNTED_AT);
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
