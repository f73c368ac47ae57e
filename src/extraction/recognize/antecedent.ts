import { OFFICES } from '../lexicon/offices';
import { WORKPLACES } from '../lexicon/organizations';
import type { RawOffice } from './office-chain';
import { HEADS } from './org-matchers';
import { parseOrg, type OrgPhrase } from './org-phrase';
import { cutAtUnit, orgNamedAt, parseOrgEndingAt } from './org-stretch';
import { sentenceStartWithin } from './scan';
import { isWordCode } from './tokens';
import type { PersonMention } from './person-recognizer';

/**
 * Offices whose body the text names by a word alone, standing for a body named
 * in full before the person: "Thay mặt Ban Kinh tế - Ngân sách HĐND tỉnh, bà X
 * - Trưởng Ban trình bày", "thành lập Chi bộ Quân sự xã Y, chỉ định Đại úy Z
 * làm Bí thư Chi bộ", "Tham gia đoàn có bà X, Phó Trưởng đoàn", "Hiệu trưởng
 * nhà trường". Each gets `antecedent`: the last body of that head named in full
 * before the person's mention, in the sentence (boards, offices, cells, else a
 * steering board within reach) or within a reach of the article (a delegation, a school);
 * an office of no body of its own, the body whose members the sentence lists ("X gồm ...").
 */
export function fillAntecedents(text: string, mentions: readonly PersonMention[]): void {
  const tellsNew = text.includes(' mới');
  for (const m of mentions) {
    for (const o of m.offices) {
      const wanted = backReference(o);
      if (!wanted) {
        // "Ủy ban bầu cử xã gồm 15 thành viên, do đ/c A làm Chủ tịch; đ/c B làm Thư ký": a member's office of the body listed.
        const bare = !o.org && !o.entry.implied && !o.entry.body;
        const listing = bare ? (o.entry.party ? null : listingBody(text, m.start)) ?? (tellsNew ? newBodyOf(text, m.start) : null) : null;
        if (listing) o.listedIn = listing;
        continue;
      }
      const found = namedBefore(text, m.start, wanted.head, wanted.sentence) ?? (wanted.sentence ? namedBefore(text, m.start, wanted.head, false, true) : null);
      if (found) o.antecedent = found;
    }
  }
}

/** The body word of a head's office: "Trưởng Ban", "Phó Trưởng Ban Thường trực", "Phó Trưởng đoàn", "Trưởng phòng", "Trưởng Trạm", "Trưởng Tiểu ban". */
const BODY_WORD = /Trưởng (Ban|đoàn|phòng|Trạm|Tiểu ban)(?: Thường trực)?$/u;
const BODY_WORDS = new Map<RawOffice['entry'], string | null>();

/** How far back a delegation or a school is looked for. */
const REACH = 2000;

/** The head a bare body word refers back to, and whether its antecedent must stand in the same sentence. */
function backReference(o: RawOffice): { head: string; sentence: boolean } | null {
  const headed = o.org ? undefined : o.entry.heads;
  if (headed) return { head: headed, sentence: false };
  if (!o.org) {
    let word = BODY_WORDS.get(o.entry);
    if (word === undefined) BODY_WORDS.set(o.entry, (word = BODY_WORD.exec(o.entry.title)?.[1] ?? null));
    if (!word) return null;
    return word === 'đoàn' ? { head: 'Đoàn', sentence: false } : { head: capitalize(word), sentence: true };
  }
  if (!o.org || o.org.label || o.org.inner || o.org.unit) return null;
  if (o.org.head.name === 'Chi bộ') return { head: 'Chi bộ', sentence: true };
  if (o.org.head.name === 'Trường') return { head: 'Trường', sentence: false };
  // "Chủ tịch Hội đồng chủ trì phiên họp": a head word read only in place, alone.
  if (o.org.head.placeOnly && !WORKPLACES.includes(o.org.head.name)) return { head: o.org.head.name, sentence: false };
  return null;
}

/**
 * The last body of `head` named in full (with a name, a body or a unit) before `pos`, the one founded
 * there first; with `steering` only a founded body or a steering board ("Ban Chỉ đạo ..."), the body
 * its members' offices are written short for in the sentences after ("Theo quyết định, ông X làm Trưởng ban").
 * Read backwards from `pos`, parsing only where a body may still be chosen.
 */
function namedBefore(text: string, pos: number, head: string, sentence: boolean, steering = false): OrgPhrase | null {
  let from = Math.max(0, pos - REACH);
  if (sentence) from = Math.max(from, sentenceStart(text, pos));
  let last: OrgPhrase | null = null;
  for (let at = text.lastIndexOf(head, pos - head.length); at >= from; at = at > 0 ? text.lastIndexOf(head, at - 1) : -1) {
    if ((at > 0 && isWordCode(text.charCodeAt(at - 1))) || text[at + head.length] !== ' ') continue;
    // "Trường Mầm non Thụy |Trường Nam": the head word inside a proper name, after a capitalized word that opens no
    // office ("Trưởng |Ban"), opens no body.
    const before = CAPITAL_WORD_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
    if (before && !OFFICE_FIRST_WORDS.has(before[1])) continue;
    // "thành lập Chi bộ khu phố 12, gồm đảng viên từ Chi bộ khu phố 5; đ/c X giữ chức Bí thư Chi bộ": the founded one,
    // its name read as a founding's ("Ban Chỉ đạo phòng, chống thiên tai huyện X").
    const isFounded = FOUNDING_BEFORE.test(text.slice(Math.max(0, at - 14), at));
    if (last && !isFounded) continue;
    const org = (isFounded ? orgNamedAt(text, at) : null) ?? parseOrg(text, at, false, true);
    // "Chi hội Nông dân nghề nghiệp trồng quế thôn Tà Dô được thành lập": lowercase words up to the unit it names.
    const named = org && (org.label || org.inner || org.unit) ? org : placedStretch(text, at);
    if (!named || named.end > pos || !(named.label || named.inner || named.unit)) continue;
    if (isFounded) return named;
    if (!steering || named.label?.startsWith('Chỉ đạo')) last = named;
  }
  return last;
}

const CAPITAL_WORD_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}*)[ ]$/u;
const OFFICE_FIRST_WORDS = new Set(OFFICES.flatMap((o) => o.forms.map((f) => f.split(' ')[0])));

/** A body named by lowercase words up to the unit closing its stretch ("Chi hội ... trồng quế thôn Tà Dô"), else null. */
function placedStretch(text: string, at: number): OrgPhrase | null {
  const org = orgNamedAt(text, at);
  if (!org) return null;
  const cut = org.unit?.name ? org : cutAtUnit(text, at, org);
  return cut?.unit?.name ? cut : null;
}

/** A body founded or launched right here: "thành lập Chi bộ ...", "lễ ra mắt Đội thanh niên tình nguyện ...". */
const FOUNDING_BEFORE = /(?:thành[ ]+lập|ra[ ]+mắt)[ ]+$/u;

/** The body whose members the sentence lists or counts before `pos`: "<body> gồm 15 thành viên, do ...", "<body> có 28 thành viên, do ...". */
function listingBody(text: string, pos: number): OrgPhrase | null {
  const from = sentenceStart(text, pos);
  let at = text.lastIndexOf(' gồm ', pos);
  let counted = false;
  if (at < from) {
    for (const m of text.slice(from, pos).matchAll(HAS_MEMBERS)) at = from + m.index;
    counted = at >= from;
  }
  if (at < from) return null;
  let end = at;
  while (end > from && (text[end - 1] === ',' || text[end - 1] === ' ')) end--;
  return parseOrgEndingAt(text, end) ?? (counted ? namedEndingAt(text, from, end) : null);
}

/** 'Câu lạc bộ "Phụ nữ với pháp luật" thôn Khe Pháo| có 28 thành viên': a body read only in place, named from a capital up to `end`, its unit last. */
function namedEndingAt(text: string, from: number, end: number): OrgPhrase | null {
  for (let p = from; p < end; p++) {
    if ((p > from && text[p - 1] !== ' ') || !HEADS.matchAt(text, p)) continue;
    const org = orgNamedAt(text, p);
    if (org?.end === end && org.unit?.name) return org;
  }
  return null;
}

const HAS_MEMBERS = /[ ]có[ ](?=\d{1,4}[ ]+(?:thành[ ]+viên|hội[ ]+viên|đoàn[ ]+viên|đảng[ ]+viên|đội[ ]+viên|tổ[ ]+viên|người))/gu;

/** "Chi đoàn mới": a sentence about the body just founded, written by its head word. */
const NEW_BODY_REACH = 120;
const NEW_BODY = /[ ]*(\p{Lu}[\p{L} ]{1,20}?)[ ]+mới(?![\p{L}])/uy;

/**
 * "Chi đoàn mới có 71 đoàn viên, do đồng chí X làm Bí thư": the body of that head the sentence before names first,
 * its subject (the one founded, not those merged into it).
 */
function newBodyOf(text: string, pos: number): OrgPhrase | null {
  // The sentence opens close before the person ("Chi đoàn mới có 71 đoàn viên, do đồng chí"): a short look back.
  const from = sentenceStartWithin(text, pos, NEW_BODY_REACH);
  if (from < 0) return null;
  NEW_BODY.lastIndex = from;
  const m = NEW_BODY.exec(text);
  if (!m) return null;
  const at = from + m[0].indexOf(m[1]);
  const head = HEADS.matchAt(text, at);
  if (!head || head.end !== at + m[1].length || from < 2) return null;
  for (let p = text.indexOf(m[1], sentenceStart(text, from - 2)); p >= 0 && p < from; p = text.indexOf(m[1], p + 1)) {
    const org = orgNamedAt(text, p);
    if (org && (org.label || org.inner || org.unit)) return org;
  }
  return null;
}

/** The sentence's start, or as far back as a back-reference reaches. */
function sentenceStart(text: string, pos: number): number {
  const start = sentenceStartWithin(text, pos, REACH);
  return start < 0 ? pos - REACH : start;
}

function capitalize(w: string): string {
  return w[0].toUpperCase() + w.slice(1);
}
