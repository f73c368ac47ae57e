import { ADMIN_LEVEL_WORDS } from '../lexicon/admin-levels';
import { COUNT, countOf } from './scan';
import { HEADS } from './org-matchers';
import type { DocumentMention } from './document-recognizer';
import type { OrgPhrase } from './org-phrase';
import { kindInVillage, kindNamed } from './org-stretch';
import { readUnit } from './unit-ref';

/** Bodies founded once for each village of a list, the body named once. */

const VILLAGE_WORDS = ADMIN_LEVEL_WORDS.filter((l) => l.level === 'VILLAGE').map((l) => l.word);
const NAME = "\\p{Lu}[\\p{L}']*(?:[ ](?:\\p{Lu}[\\p{L}']*|\\d{1,3}))*";
/** "Tổ dân vận| ở ba thôn: Bút Sơn, Cổ Động và Đồng Ao": where the villages are counted, then named. */
const COUNTED_AT = new RegExp(`[ ]+(?:ở|tại)[ ]+${COUNT}[ ]`, 'u');
const VILLAGE_WORD = `(?:${VILLAGE_WORDS.join('|')})`;
/** A listed village, its level word written again or not: "Khà Hồ", "bản Khà Hồ". */
const ITEM = `(?:${VILLAGE_WORD}[ ]+)?${NAME}`;
/**
 * "ở ba thôn: Bút Sơn, Cổ Động và Đồng Ao", "tại 3 bản biên giới: bản Khà Hồ, bản Ú Ma và bản Pa Thắng",
 * "tại 4 thôn Ra Man, A Ho, Pa Lin và Cu Dong": a few lowercase words may qualify the villages before a colon.
 */
const PER_VILLAGE = new RegExp(
  `^[ ]+(?:ở|tại)[ ]+${COUNT}[ ]+(${VILLAGE_WORD})(?:(?:[ ]+\\p{Ll}+){0,3}[ ]*:)?[ ]*(${ITEM}(?:(?:[ ]*,[ ]*|[ ]+và[ ]+)${ITEM}){1,9})`,
  'u',
);
const LEVEL_FIRST = new RegExp(`^${VILLAGE_WORD}[ ]+`, 'u');

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
  for (const item of m[2].split(/[ ]*,[ ]*|[ ]+và[ ]+/u)) {
    const start = listStart + m[2].indexOf(item, from);
    from = start - listStart + item.length;
    const name = item.replace(LEVEL_FIRST, '');
    out.push({ head: head.entry, label, inner: null, unit: { word, level: 'VILLAGE', name, start, end: start + item.length }, start: org.start, end: start + item.length });
  }
  return out;
}

/** Between two listed units: ", ", " và ", ", và ". */
const NEXT_UNIT = /[ ]*(?:,[ ]*(?:và[ ]+)?|và[ ]+)/uy;

/**
 * "thành lập Tổ cộng tác viên dư luận xã hội xã Hồng Thượng, xã A Roàng và xã Lâm Đớt": the founded body again in
 * each unit of the same level listed right after its own.
 */
export function perUnitListed(text: string, org: OrgPhrase): OrgPhrase[] {
  if (!org.unit?.name || org.inner) return [];
  const out: OrgPhrase[] = [];
  for (let end = org.end; out.length < 9; ) {
    NEXT_UNIT.lastIndex = end;
    const sep = NEXT_UNIT.exec(text);
    const unit = sep ? readUnit(text, end + sep[0].length) : null;
    if (!unit?.name || unit.word !== org.unit.word) break;
    out.push({ ...org, unit, end: unit.end });
    end = unit.end;
  }
  return out;
}

/** A label ending in lowercase words and a proper name: "tự quản bảo vệ môi trường |khu vực| |Thới Bình|". */
const WORD_AND_NAME = /(?:^|[ ])(\p{Ll}+(?:[ ]\p{Ll}+)?)[ ](\p{Lu}[\p{L}']*(?:[ ](?:\p{Lu}[\p{L}']*|\d{1,3})){0,3})$/u;
const NAME_AT = /\p{Lu}[\p{L}']*(?:[ ](?:\p{Lu}[\p{L}']*|\d{1,3})){0,3}(?![\p{L}\d])/uy;

/**
 * "thành lập Tổ tự quản bảo vệ môi trường khu vực Thới Bình, khu vực Thới Thạnh và khu vực Thới Lợi": the body again
 * for each place written with the same word as the one that closes its name ("khu vực", "cụm", "tổ") in a list after it.
 */
export function perPlaceListed(text: string, org: OrgPhrase): OrgPhrase[] {
  if (!org.label || org.unit || org.inner) return [];
  const m = WORD_AND_NAME.exec(org.label);
  if (!m) return [];
  const [, word, name] = m;
  const out: OrgPhrase[] = [];
  for (let end = org.end; out.length < 9; ) {
    NEXT_UNIT.lastIndex = end;
    const sep = NEXT_UNIT.exec(text);
    const at = sep ? end + sep[0].length : -1;
    if (at < 0 || !text.startsWith(`${word} `, at)) break;
    NAME_AT.lastIndex = at + word.length + 1;
    const next = NAME_AT.exec(text);
    if (!next) break;
    out.push({ ...org, label: `${org.label.slice(0, org.label.length - name.length)}${next[0]}`, end: NAME_AT.lastIndex });
    end = NAME_AT.lastIndex;
  }
  return out;
}

/** A village written with its level word: "thôn Đăk Răng". */
const PLACED = `(${VILLAGE_WORD})[ ]+(${NAME})`;
/**
 * "Quyết định số N. Theo đó, 3 tổ tự quản đường biên, cột mốc được thành lập tại thôn A, thôn B và thôn C": bodies
 * counted and named in lowercase, founded once in each village listed.
 */
const COUNTED_PER_PLACE = new RegExp(
  `^[^.;\\n]{0,160}?(?:\\.[ ]*(?:Theo[ ]+đó|Cụ[ ]+thể)[ ]*,[ ]*|[,;][ ]*)?(${COUNT})[ ]+(\\p{Ll}[\\p{Ll} ,]{2,60}?)[ ]+(?:đã[ ]+)?được[ ]+thành[ ]+lập[ ]+(?:ở|tại)[ ]+((?:${VILLAGE_WORD})[ ]+${NAME}(?:(?:[ ]*,[ ]*|[ ]+và[ ]+)(?:${VILLAGE_WORD})[ ]+${NAME}){1,9})`,
  'ud',
);
const PLACES = new RegExp(PLACED, 'gu');

export function countedPerPlace(text: string, doc: DocumentMention): OrgPhrase[] {
  const m = COUNTED_PER_PLACE.exec(text.slice(doc.end, doc.end + 400));
  if (!m) return [];
  const kind = kindNamed(m[2]);
  if (!kind) return [];
  const bodyAt = doc.end + m.indices![2][0];
  const listAt = doc.end + m.indices![3][0];
  const places = [...m[3].matchAll(PLACES)];
  const count = countOf(m[1]);
  if (count !== undefined && count !== places.length) return [];
  return places.map((p) => kindInVillage(kind, p[1], p[2], listAt + p.index, listAt + p.index + p[0].length, bodyAt));
}
