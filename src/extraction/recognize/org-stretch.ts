import { ADMIN_LEVEL_WORDS } from '../lexicon/admin-levels';
import type { OrgHeadEntry } from '../lexicon/organizations';
import { HEADS, LEVELS } from './org-matchers';
import { parseOrg, type OrgPhrase } from './org-phrase';
import { skipSpaces } from './scan';
import { startsUpper } from './tokens';
import { readUnit, type UnitRef } from './unit-ref';

const CLAUSE_START = /[,;:.\n(]/gu;

/** The organization whose name runs from its clause's start up to `end` ("..., Chi bộ X| được thành lập"). */
export function parseOrgEndingAt(text: string, end: number): OrgPhrase | null {
  const from = Math.max(0, end - 160);
  let clauseStart = from;
  for (const m of text.slice(from, end).matchAll(CLAUSE_START)) clauseStart = from + m.index + 1;
  for (let p = clauseStart; p < end; p++) {
    // Not inside a word, nor inside a number's code ("16-QĐ/|ĐTN thành lập": no Youth Union founds there).
    if (p > clauseStart && /[\p{L}\p{N}/-]/u.test(text[p - 1])) continue;
    const org = parseOrg(text, p);
    if (org && text.slice(org.end, end).trim() === '') return org;
  }
  return null;
}

const INSIDE_NAME_STOP = /[.;:\n()"“”]/u;

/**
 * The organization named by exactly `text[start, end)`, a stretch the
 * sentence marks as one body ("Chi bộ Hợp tác xã Dịch vụ thủy sản Hòn
 * Ngang| theo Quyết định"): the parse when it reaches `end`, else the head
 * with the rest of the stretch as its name. Null when no head opens it.
 */
export function orgSpanning(text: string, start: number, end: number): OrgPhrase | null {
  const org = parseOrg(text, start, false, true);
  if (org && org.end === end) return org;
  if (end - start > 120 || INSIDE_NAME_STOP.test(text.slice(start, end))) return null;
  const m = HEADS.matchAt(text, start);
  if (!m || m.entry.committee || m.entry.national || m.entry.innerOnly || m.end >= end) return null;
  if (!m.entry.open && !m.entry.named && !m.entry.placeOnly) return null;
  const labelStart = skipSpaces(text, m.end);
  // "Ban Kinh tế - Ngân sách và Ban Văn hóa - Xã hội": two bodies listed, not one name.
  if (secondBodyIn(text, labelStart, end)) return null;
  // "Ban Chỉ đạo sắp xếp tổ chức bộ máy của UBND tỉnh": the body it belongs to closes the stretch, read as one.
  const of = text.slice(labelStart, end).lastIndexOf(' của ');
  const owner = of < 0 ? null : parseOrg(text, skipSpaces(text, labelStart + of + 5), true);
  if (owner && owner.end === end) {
    return { head: m.entry, label: text.slice(labelStart, labelStart + of + 4), inner: owner, unit: null, start, end };
  }
  // "Tổ giúp việc Ủy ban bầu cử tỉnh": a body closing the stretch, named after a word of the name, is the one it belongs to.
  const body = bodyClosing(text, labelStart, end);
  if (body) return { head: m.entry, label: text.slice(labelStart, body.start).trimEnd(), inner: body, unit: null, start, end };
  // "Chi hội Nông dân nghề nghiệp trồng sâm thôn Đăk Ba": the unit closing the stretch is the body's (completed from context).
  const unit = unitClosing(text, labelStart, end);
  const label = text.slice(labelStart, unit ? unit.start : end).trimEnd();
  return { head: m.entry, label: label || null, inner: null, unit: label ? unit : null, start, end };
}

const AND_HEAD = /[ ]và[ ]+(?=\p{Lu})/gu;

/** Whether "và" joins a second body inside the stretch ("... và Ban Văn hóa - Xã hội"), not a second field ("Tuyên giáo và Dân vận"). */
function secondBodyIn(text: string, from: number, end: number): boolean {
  for (const m of text.slice(from, end).matchAll(AND_HEAD)) {
    const head = HEADS.matchAt(text, from + m.index + m[0].length);
    if (head && !head.entry.innerOnly && !head.entry.committee && !head.entry.national) return true;
  }
  return false;
}

/** A named unit that ends exactly at `end`, starting after `from` at a word. */
function unitClosing(text: string, from: number, end: number): UnitRef | null {
  for (let p = end - 2; p > from; p--) {
    if (text[p - 1] !== ' ') continue;
    const u = LEVELS.matchAt(text, p) ? readUnit(text, p) : null;
    if (u?.name && u.end === end) return outerUnit(text, from, u) ?? u;
    // "Đội thanh niên xung kích phòng cháy chữa cháy xã": a bare level word closing the stretch, the article's unit.
    if (u && !u.name && u.end === end && u.level !== 'VILLAGE') return u;
  }
  return null;
}

/** "ấp Xóm Mới", "thôn Bản Tàu": a level word in lowercase before a capitalized one names a unit with that word in its name. */
function outerUnit(text: string, from: number, inner: UnitRef): UnitRef | null {
  if (!startsUpper(text, inner.start)) return null;
  const q = text.lastIndexOf(' ', inner.start - 2) + 1;
  if (q <= from || startsUpper(text, q) || !LEVELS.matchAt(text, q)) return null;
  const u = readUnit(text, q);
  return u?.name && u.end === inner.end ? u : null;
}

/** A body (not one read only in place) named from a capitalized word after `from` exactly to `end`. */
function bodyClosing(text: string, from: number, end: number): OrgPhrase | null {
  for (let p = from + 1; p < end; p++) {
    if (text[p - 1] !== ' ' || !/\p{Lu}/u.test(text[p])) continue;
    const org = parseOrg(text, p, true);
    if (org && org.end === end) return org;
  }
  return null;
}

/**
 * Where a founded body's name ends after "thành lập X", "lễ ra mắt X": a clause word or punctuation (not the comma of "phòng, chống"),
 * "cho" before whom the decision is handed ("trao Quyết định thành lập Chi bộ Quân sự xã cho Đại úy X"), a dash before a
 * lowercase apposition ("Chi hội X - chi hội thứ 9 của huyện"), the verb of the clause ("Tổ đại biểu số 2| điều hành buổi tiếp xúc").
 */
const NAME_END = /[ ]*(?:(?<![Pp]hòng),|[.;:\n()]|[ ][-–][ ]+(?=\p{Ll})|[ ](?:theo|trực[ ]+thuộc|thuộc|gồm|có|tại|nhằm|để|do|và|trên[ ]+cơ[ ]+sở|kể[ ]+từ|khóa|khoá|nhiệm[ ]+kỳ|diễn[ ]+ra|được|đã|sẽ|vừa)(?![\p{L}])|[ ]với(?![ ]+pháp[ ]+luật)(?![\p{L}])|[ ](?:chủ[ ]+(?:trì|tọa|toạ)|điều[ ]+hành|phát[ ]+biểu|cho[ ]+biết)(?![\p{L}])|[ ]cho(?=[ ]+(?:\p{Lu}|đồng[ ]+chí|ông|bà|anh|chị|các|đại[ ]+diện)))/u;

const AND_AT = /^[ ]+và[ ]/u;

/** The body named from `at` to the end of its noun phrase ("Chi bộ cơ sở Công ty X| trực thuộc ..."). */
export function orgNamedAt(text: string, at: number): OrgPhrase | null {
  // 'Câu lạc bộ "Phụ nữ với pháp luật" thôn Bản Tàu': a quoted name is read whole by the parse (its quotes end no name).
  const quoted = quotedAfterHead(text, at);
  if (quoted) return quoted;
  const rest = text.slice(at, at + 160);
  let stop = rest.search(NAME_END);
  // "Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện Sơn Hòa": a lowercase stretch after the comma that reaches the unit is the name's.
  const more = stop >= 0 && rest[stop] === ',' ? COMMA_TO_UNIT.exec(rest.slice(stop)) : null;
  if (more) stop += more[0].length;
  // "Chi hội ... trồng và chế biến thốt nốt ấp Phnôm Pi": a lowercase stretch after "và" that reaches the unit is the name's.
  const joined = stop >= 0 && !more && rest.startsWith(' và ', stop) ? AND_TO_UNIT.exec(rest.slice(stop)) : null;
  if (joined) stop += joined[0].length;
  // "Ban Tuyên giáo và Dân vận": a name joining two fields reads on through "và" (a second body's head would stop it).
  const whole = stop >= 0 && AND_AT.test(rest.slice(stop)) ? parseOrg(text, at) : null;
  if (whole && whole.end > at + stop) return whole;
  return orgSpanning(text, at, at + (stop < 0 ? rest.trimEnd().length : stop)) ?? parseOrg(text, at);
}
function quotedAfterHead(text: string, at: number): OrgPhrase | null {
  const head = HEADS.matchAt(text, at);
  if (!head || !QUOTE_NEXT.test(text.slice(head.end, head.end + 3))) return null;
  const org = parseOrg(text, at, false, true);
  return org?.label && QUOTE_NEXT.test(org.label) ? org : null;
}
const QUOTE_NEXT = /^[ ]*["“]/u;

const AND_TO_UNIT =
  /^[ ]+và[ ]+\p{Ll}[\p{Ll} ]{0,60}?[ ](?:huyện|xã|tỉnh|phường|thị xã|thị trấn|thành phố|quận|ấp|thôn|bản|buôn|khóm|tổ dân phố)(?:[ ]+\p{Lu}\p{Ll}*){1,3}(?=[ ]*[(.;,\n]|[ ]+(?:gồm|theo|trực[ ]+thuộc|thuộc|có|do|nhiệm[ ]+kỳ|được|đã)(?![\p{L}]))/u;

/**
 * One or more lowercase stretches after commas that reach a named unit, before punctuation or a word that
 * ends the name ("Ban Chỉ đạo phát triển khoa học|, công nghệ, đổi mới sáng tạo và chuyển đổi số xã X| gồm ...").
 * Each stretch stops at the next comma, so the repetition cannot backtrack far.
 */
const COMMA_TO_UNIT =
  /^(?:,[ ]+\p{Ll}[\p{Ll} ]{0,40}?){1,6}[ ](?:huyện|xã|tỉnh|phường|thị xã|thị trấn|thành phố|quận|thôn|ấp|bản|buôn|làng|khóm|sóc|tổ dân phố|khu phố)(?:[ ]+\p{Lu}\p{Ll}*){1,3}(?=[ ]*[(.;,\n]|[ ]+(?:gồm|theo|trực[ ]+thuộc|thuộc|có|do|nhiệm[ ]+kỳ|và|tổ[ ]+chức|họp)(?![\p{L}]))/u;

/**
 * The body of `org` (read from `at` as a stretch) cut after the first named unit inside it: "Tổ hợp tác dệt thôn
 * Pa Ring| cho biết ...", "Câu lạc bộ dưỡng sinh người cao tuổi Tổ dân phố Bắc Sơn 2| chính thức ra mắt". Null
 * when no named unit stands in it.
 */
export function cutAtUnit(text: string, at: number, org: OrgPhrase): OrgPhrase | null {
  const head = HEADS.matchAt(text, at);
  for (let p = (head?.end ?? at) + 1; p < org.end; p++) {
    if (text[p - 1] !== ' ' || !LEVELS.matchAt(text, p)) continue;
    const unit = readUnit(text, p);
    if (unit?.name) return unit.end === org.end ? org : orgSpanning(text, at, unit.end);
  }
  return null;
}


/** A head word of a body named by its free words ("Câu lạc bộ", "Tổ", "Chi bộ") standing alone at `at`: no label, no unit. */
export function bareHeadAt(text: string, at: number): OrgPhrase | null {
  const head = HEADS.matchAt(text, at);
  if (!head || !(head.entry.placeOnly || head.entry.open)) return null;
  return { head: head.entry, label: null, inner: null, unit: null, start: at, end: head.end };
}

/**
 * A kind of body written in lowercase, as a lead or a count names it ("tổ công nghệ số cộng đồng"): a head read only
 * in place and the label after it; null when no such head opens it.
 */
export function kindNamed(words: string): { head: OrgHeadEntry; label: string | null } | null {
  const named = words.trim();
  const capitalized = named.charAt(0).toUpperCase() + named.slice(1);
  const head = HEADS.matchAt(capitalized, 0);
  return head?.entry.placeOnly ? { head: head.entry, label: capitalized.slice(head.end).trim() || null } : null;
}

/** That kind of body in the village written at [start, end) ("thôn" "Vĩnh Đức"), the mention spanning from `from`. */
export function kindInVillage(kind: { head: OrgHeadEntry; label: string | null }, word: string, name: string, start: number, end: number, from = start): OrgPhrase {
  const level = ADMIN_LEVEL_WORDS.find((l) => l.word === word)!.level;
  return { head: kind.head, label: kind.label, inner: null, unit: { word, level, name, start, end }, start: Math.min(from, start), end };
}
