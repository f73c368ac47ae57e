import type { AdminLevel } from '../../domain/kinds';
import { ADMIN_LEVEL_WORDS } from '../lexicon/admin-levels';
import { DOCUMENT_KINDS } from '../lexicon/document-kinds';
import { BOARD_ABBREVIATIONS, BOARD_FIELDS, DEPARTMENT_ABBREVIATIONS, DEPARTMENT_FIELDS, FIELD_VARIANTS } from '../lexicon/department-abbreviations';
import { OFFICES } from '../lexicon/offices';
import { ORG_HEADS, WORKPLACES, type OrgHeadEntry } from '../lexicon/organizations';
import { PhraseMatcher } from './phrase-matcher';
import { isProvinceName, looksLikeFullName, readNameRun, skipSpaces } from './scan';
import { startsUpper } from './tokens';

/** A unit as written: its level word and proper name (null for a bare "huyện"). */
export interface UnitRef {
  word: string;
  level: AdminLevel;
  name: string | null;
  start: number;
  end: number;
}

/**
 * An organization as written, before its unit is completed from context:
 * "Ban Dân vận HU" is head Ban, label "Dân vận", inner Huyện ủy (unit huyện, no name).
 */
export interface OrgPhrase {
  head: OrgHeadEntry;
  label: string | null;
  inner: OrgPhrase | null;
  unit: UnitRef | null;
  start: number;
  end: number;
}

const HEADS = new PhraseMatcher(ORG_HEADS.map((h) => ({ forms: h.forms, abbr: h.abbr, entry: h })));
const LEVELS = new PhraseMatcher(ADMIN_LEVEL_WORDS.map((l) => ({ forms: [l.word], abbr: l.abbr, entry: l })));

/** Words that end the name of a board ("Ban Dân vận"): connectives and clause words. */
const LABEL_STOP = /^(?:các|của|và|nhiệm|kỳ|đã|có|được|tại|trong|với|về|để|cho|theo|lần|khóa|khoá|năm|tháng|ngày|đề|báo|phát|làm|chủ|tham|dự|là|thực|trên|thuộc|gồm|cùng|tặng|đến|từ|nhằm|ở|đầu|bố)$/iu;
const WORD = /[\p{L}\p{N}]+/uy;
/** Capitals that stand in a company's name: "Công ty TNHH MTV ...". */
const COMPANY_FORMS = /^(?:TNHH|MTV|CP|TM|DV|XD|XNK|SX|TMDV|SXTM)$/u;

/**
 * An organization named at `pos` ("Đảng ủy xã Lộc Bình", "UBKT Huyện ủy"), or null;
 * `inPlace` also admits the heads read only where an organization must stand.
 */
export function parseOrg(text: string, pos: number, asInner = false, inPlace = false): OrgPhrase | null {
  const m = HEADS.matchAt(text, pos, inPlace ? undefined : skipPlaceOnly);
  if (!m || (m.entry.innerOnly && !asInner)) return null;
  if (m.entry.placeOnly) return placeOnlyOrg(text, m.entry, pos, m.end);
  const head = m.entry;
  const org: OrgPhrase = { head, label: null, inner: null, unit: null, start: pos, end: m.end };
  if (head.delegation) return delegationOrg(text, org);
  if (head.unitAfter) {
    org.unit = readUnit(text, skipSpaces(text, m.end));
    if (!org.unit) return null;
    org.end = org.unit.end;
    return org;
  }
  if (head.committee) {
    const level = ADMIN_LEVEL_WORDS.find((l) => l.word === head.committee)!;
    const name = readUnitName(text, skipSpaces(text, m.end));
    org.unit = { word: level.word, level: level.level, name: name?.name ?? null, start: m.start, end: name?.end ?? m.end };
    org.end = org.unit.end;
    return org;
  }
  let p = m.end;
  const initials = FIELD_HEADS.has(head.name) ? fieldInitials(text, p) ?? knownField(text, p) : head.name === 'Ban' ? fieldInitials(text, p, BOARD_ABBREVIATIONS) ?? knownField(text, p, BOARD_NAMES) : null;
  if (initials) {
    // "Sở NN&PTNT tỉnh X", "Ban KT-XH HĐND huyện": the field written by its initials; the unit or body follows.
    org.label = initials.name;
    p = org.end = initials.end;
  } else if (head.named) {
    const label = readLabel(text, p);
    if (!label) return null;
    org.label = label.text;
    p = org.end = label.end;
  }
  if (head.national) return org;
  if (head.open) {
    const q = skipSpaces(text, p);
    const cq = /^cơ[ ]+quan(?![\p{L}])/iu.exec(text.slice(q, q + 12));
    if (cq) {
      org.label = 'cơ quan';
      p = org.end = q + cq[0].length;
    }
  }
  if (head.inner || head.open) {
    const inner = parseOrg(text, skipSpaces(text, p), true);
    if (inner) {
      org.inner = inner;
      org.end = inner.end;
      return org;
    }
  }
  if (head.unit || head.open) {
    const unit = readUnit(text, skipSpaces(text, p));
    if (unit) {
      org.unit = unit;
      org.end = unit.end;
      return org;
    }
  }
  if (head.open && (!org.label || org.label === 'cơ quan')) {
    // "Chi bộ Trường X", "Chi bộ cơ quan Mặt trận - Đoàn thể huyện": the cell's own name.
    const label = readLabel(text, p, true);
    if (label) {
      org.label = org.label ? `${org.label} ${label.text}` : label.text;
      org.end = label.end;
      const unit = readUnit(text, skipSpaces(text, label.end));
      if (unit) {
        org.unit = unit;
        org.end = unit.end;
      }
    }
  }
  if (head.name === 'Thường trực' || head.name === 'Văn phòng') return org.inner ? org : null;
  return org;
}

const KIND_AHEAD = new RegExp(`^(?:${DOCUMENT_KINDS.map((k) => k.type).join('|')})(?![\\p{L}])`, 'u');

/** Heads named by a field: departments, offices, ministries and their parts. */
const FIELD_HEADS = new Set(['Sở', 'Phòng', 'Bộ', 'Vụ', 'Cục']);

const DELEGATION_TAIL = /[ ]+(?:(số[ ]+\d{1,3})[ ]*)?(của[ ]+)?/uy;

/** "Đoàn giám sát số 3 của Ban Thường vụ Tỉnh ủy": the number and the sending body, both optional. */
function delegationOrg(text: string, org: OrgPhrase): OrgPhrase {
  DELEGATION_TAIL.lastIndex = org.end;
  const m = DELEGATION_TAIL.exec(text);
  if (!m || !(m[1] || m[2])) return org;
  const inner = parseOrg(text, org.end + m[0].length, true);
  if (!inner && !m[1]) return org;
  org.label = [m[1], inner && m[2] ? 'của' : null].filter(Boolean).join(' ') || null;
  org.inner = inner;
  org.end = inner ? inner.end : org.end + m[0].trimEnd().length - (m[2] ? m[2].length : 0);
  return org;
}

/** "huyện ủy": a committee, not a unit. */
const UY_AFTER = /^(?:ủy|uỷ)(?![\p{L}])/iu;
/** "tổ dân phố số 3": a number as the name. */
const NUMBERED_NAME = /^số[ ]+(\d{1,3})(?![\p{L}\p{N}])/u;

/** A level word with its optional name: "xã Lộc Bình", "huyện", "thôn Pá Chí". Not "huyện ủy". */
export function readUnit(text: string, pos: number): UnitRef | null {
  const m = LEVELS.matchAt(text, pos);
  if (!m) return null;
  const after = skipSpaces(text, m.end);
  if (UY_AFTER.test(text.slice(after, after + 3))) return null;
  const numbered = m.entry.level === 'WARD' || m.entry.level === 'VILLAGE';
  const so = numbered ? NUMBERED_NAME.exec(text.slice(after, after + 8)) : null;
  if (so) return { word: m.entry.word, level: m.entry.level, name: `số ${so[1]}`, start: pos, end: after + so[0].length };
  const name = readUnitName(text, after, numbered);
  return { word: m.entry.word, level: m.entry.level, name: name?.name ?? null, start: pos, end: name?.end ?? m.end };
}

/** A unit's proper name: capitalized words or a number, not a person's full name. */
function readUnitName(text: string, pos: number, numbered = false): { name: string; end: number } | null {
  const long = readNameRun(text, pos, 7, numbered, true);
  if (!long || looksLikeFullName(long.words)) return null;
  // "Bí thư Huyện ủy Bù Đăng Trần Văn Minh": the unit's name ends where a person's full name starts.
  let n = Math.min(4, long.words.length);
  for (let i = 1; i < n; i++) if (looksLikeFullName(long.words.slice(i))) n = i;
  const run = n === long.words.length ? long : readNameRun(text, pos, n, numbered, true)!;
  const { words, end } = run;
  // "thôn Tân Lạc 2", "ấp Phú Hòa 1", "xã Đường 10 (huyện Bù Đăng)": numbered after the name.
  const after = /\p{L}/u.test(words[words.length - 1]) ? (numbered ? TRAILING_NUMBER : CLOSING_NUMBER) : null;
  if (after) after.lastIndex = end;
  const m = after?.exec(text);
  if (m) return { name: `${words.join(' ')} ${m[1]}`, end: end + m[0].length };
  return { name: words.join(' '), end };
}
const TRAILING_NUMBER = /[ ]+(\d{1,2}[A-Z]?)(?![\p{L}\p{N}/.,-]|[.,]\d)/uy;
/** Above villages a number ends a name only before punctuation or a capital ("xã Đường 10,"; not "xã Tân An 3 năm"). */
const CLOSING_NUMBER = /[ ]+(\d{1,2})(?=[ ]*(?:[,;:()\n]|\.(?!\d)|$|[ ]\p{Lu}|[ ]-))/uy;

/**
 * The name of a board after "Ban" (one to four words up to its parent body or
 * a clause word), or with `proper` of a cell after "Chi bộ", capitalized
 * first ("Trường Mầm non Blue Bee", "Công an").
 */
function readLabel(text: string, pos: number, proper = false): { text: string; end: number } | null {
  const words: string[] = [];
  let p = skipSpaces(text, pos);
  let end = pos;
  if (proper && !/^\p{Lu}/u.test(text[p] ?? '')) return null;
  const workplace = proper ? HEADS.matchAt(text, p) : null;
  if (workplace && WORKPLACES.includes(workplace.entry.name)) {
    // "Chi bộ Công ty được thành lập": a bare workplace word opens the name (resolve/workplaces names it in full).
    words.push(...text.slice(p, workplace.end).split(/[ ]+/u));
    end = workplace.end;
    p = skipSpaces(text, end);
    if (p === end) return { text: words.join(' '), end };
  }
  while (words.length < (proper ? 12 : 10)) {
    if (words[words.length - 1] !== '-' && (HEADS.matchAt(text, p, skipPlaceOnly) || LEVELS.matchAt(text, p))) break;
    WORD.lastIndex = p;
    const w = WORD.exec(text);
    if (w && w[0] === 'và' && words.length > 0) {
      // "Ban Tuyên giáo và Dân vận", "Công ty Cổ phần Xây dựng và Thương mại X": two fields.
      const next = skipSpaces(text, p + 2);
      // "Ban Kinh tế - Xã hội và Nghị quyết số 04 ...": a document's kind word starts no second field.
      if (startsUpper(text, next) && !HEADS.matchAt(text, next, skipPlaceOnly) && !KIND_AHEAD.test(text.slice(next, next + 12))) {
        words.push('và');
        end = p + 2;
        p = next;
        continue;
      }
    }
    // "Kế hoạch và Đầu tư": the second field's first word; "Thủy sản Sa Kỳ": a capital in a proper name.
    // "Ban Chỉ đạo các Chương trình mục tiêu quốc gia": "các" before a capital stays in a board's name.
    const plural = w !== null && w[0] === 'các' && words.length > 0 && startsUpper(text, skipSpaces(text, p + 3));
    const named = words[words.length - 1] === 'và' || (proper && startsUpper(text, p)) || plural;
    const initials = w !== null && /^\p{Lu}{2,}$/u.test(w[0]) && !(proper && COMPANY_FORMS.test(w[0]));
    // "hành" opens no board's name; "Vụ trưởng", "Cục trưởng": the head with "trưởng" is an office, not a body.
    if (!w || (LABEL_STOP.test(w[0]) && !named) || (words.length === 0 && /^(?:hành|trưởng)$/u.test(w[0])) || initials) break;
    // "Giám đốc Sở Nội vụ Đào Thị Minh": a board's name ends where a person's full name starts (not a school's).
    if (!proper && words.length > 0 && startsUpper(text, p) && looksLikeFullName(readNameRun(text, p, 5)?.words ?? [])) break;
    // In a proper name a lowercase word stands before a capital ("Trường Trung học cơ sở A"), after a one-letter
    // word ("Trạm Y tế"), and a number after a capitalized word ends it ("Trường Tiểu học Khánh Bình 1").
    const numberAfterName = /^\d{1,3}[A-Z]?$/u.test(w[0]) && /^\p{Lu}/u.test(words[words.length - 1] ?? '');
    const afterInitial = words.length > 0 && /^\p{Lu}$/u.test(words[words.length - 1]);
    if (proper && words.length > 0 && !startsUpper(text, p) && !numberAfterName && !afterInitial && !leadsToName(text, p + w[0].length)) break;
    words.push(w[0]);
    end = p + w[0].length;
    p = skipSpaces(text, end);
    const field = secondField(text, p);
    if (field !== null) {
      // "Ban Kinh tế - Xã hội", "Công ty TNHH Sản xuất - Thương mại X": two fields joined by a dash.
      words.push('-');
      p = field;
      continue;
    }
    if (p === end) break;
  }
  if (!words.length) return null;
  const first = words[0][0].toUpperCase() + words[0].slice(1);
  return { text: [first, ...words.slice(1)].join(' '), end };
}

export { isProvinceName };

const OFFICE_FIRST_WORDS = new Set(OFFICES.flatMap((o) => [...o.forms, ...(o.abbr ?? [])].map((f) => f.split(' ')[0])));

/** After a dash, a capitalized word that opens no office or body ("- Xã hội", not "- Chủ tịch"): where the second field starts. */
function secondField(text: string, p: number): number | null {
  if (text[p] !== '-' && text[p] !== '–') return null;
  const q = skipSpaces(text, p + 1);
  if (q === p + 1 || !startsUpper(text, q)) return null;
  WORD.lastIndex = q;
  const w = WORD.exec(text);
  const head = HEADS.matchAt(text, q);
  const opensBody = head && (!head.entry.unitAfter || parseOrg(text, q));
  if (!w || OFFICE_FIRST_WORDS.has(w[0]) || /^\p{Lu}{2,}$/u.test(w[0]) || opensBody || readUnit(text, q)?.name) return null;
  return q;
}

/** In a cell's name, a lowercase word stands if a capital or a unit word comes within three words ("Trường Trung học cơ sở Hòa An"). */
function leadsToName(text: string, pos: number): boolean {
  let p = pos;
  for (let k = 0; k < 3; k++) {
    const q = skipSpaces(text, p);
    const next = text.slice(q, q + 6).split(/[^\p{L}]/u)[0];
    if (next === 'và' && startsUpper(text, skipSpaces(text, q + 2))) return true; // "Xây dựng và Thương mại"
    if (q === p || LABEL_STOP.test(next)) return false;
    if (startsUpper(text, q) || LEVELS.matchAt(text, q)) return true;
    if (text[q] === '-' || text[q] === '–') {
      p = q + 1; // "Sản xuất - Thương mại": a second field
      continue;
    }
    WORD.lastIndex = q;
    const w = WORD.exec(text);
    if (!w) return false;
    p = q + w[0].length;
  }
  return false;
}

const CLAUSE_START = /[,;:.\n(]/gu;

/** The organization whose name runs from its clause's start up to `end` ("..., Chi bộ X| được thành lập"). */
export function parseOrgEndingAt(text: string, end: number): OrgPhrase | null {
  const from = Math.max(0, end - 160);
  let clauseStart = from;
  for (const m of text.slice(from, end).matchAll(CLAUSE_START)) clauseStart = from + m.index + 1;
  for (let p = clauseStart; p < end; p++) {
    if (p > clauseStart && /[\p{L}\p{N}]/u.test(text[p - 1])) continue;
    const org = parseOrg(text, p);
    if (org && text.slice(org.end, end).trim() === '') return org;
  }
  return null;
}

const skipPlaceOnly = (e: OrgHeadEntry) => !e.placeOnly;
const INITIALS = /[ ]+([A-ZĐ]{1,4}(?:[&-]?[A-ZĐ]{1,4}){0,3})(?![\p{L}\p{N}&-])/uy;

const FIELDS = new PhraseMatcher([
  ...DEPARTMENT_FIELDS.map((f) => ({ forms: [f], entry: f })),
  ...[...FIELD_VARIANTS].map(([form, f]) => ({ forms: [form], entry: f })),
]);

const BOARD_NAMES = new PhraseMatcher(BOARD_FIELDS.map((f) => ({ forms: [f], entry: f })));

/** "Văn hóa, Thể thao và Du lịch" after "Sở": a field written in full, commas and all. */
function knownField(text: string, pos: number, fields = FIELDS): { name: string; end: number } | null {
  const m = fields.matchAt(text, skipSpaces(text, pos));
  return m ? { name: m.entry, end: m.end } : null;
}

/** "NN&PTNT" after "Sở": the department's field, expanded. */
function fieldInitials(text: string, pos: number, names = DEPARTMENT_ABBREVIATIONS): { name: string; end: number } | null {
  INITIALS.lastIndex = pos;
  const m = INITIALS.exec(text);
  const name = m ? names.get(m[1]) : undefined;
  return name ? { name, end: pos + m![0].length } : null;
}

/** A body with a head read only in place: its proper name and unit ("Trường Tiểu học Hòa An xã X", "Công ty Cổ phần Y"). */
function placeOnlyOrg(text: string, head: OrgHeadEntry, start: number, headEnd: number): OrgPhrase | null {
  const org: OrgPhrase = { head, label: null, inner: null, unit: null, start, end: headEnd };
  if (head.national) return org;
  if (head.officer) {
    // "Chủ tịch UBND tỉnh", "Giám đốc Công an tỉnh": the body the office heads follows.
    const inner = parseOrg(text, skipSpaces(text, headEnd), true);
    if (!inner) return null;
    org.inner = inner;
    org.end = inner.end;
    return org;
  }
  const label = readLabel(text, headEnd, true);
  // A bare workplace ("Phó Giám đốc công ty") is the one the article names in full (resolve/workplaces).
  if (!label) return WORKPLACES.includes(head.name) ? org : null;
  org.label = label.text;
  org.end = label.end;
  const unit = readUnit(text, skipSpaces(text, label.end));
  if (unit?.name) {
    org.unit = unit;
    org.end = unit.end;
  }
  return org;
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
  // "Ban Chỉ đạo sắp xếp tổ chức bộ máy của UBND tỉnh": the body it belongs to closes the stretch, read as one.
  const of = text.slice(labelStart, end).lastIndexOf(' của ');
  const owner = of < 0 ? null : parseOrg(text, skipSpaces(text, labelStart + of + 5), true);
  if (owner && owner.end === end) {
    return { head: m.entry, label: text.slice(labelStart, labelStart + of + 4), inner: owner, unit: null, start, end };
  }
  // "Chi hội Nông dân nghề nghiệp trồng sâm thôn Đăk Ba": the unit closing the stretch is the body's (completed from context).
  const unit = unitClosing(text, labelStart, end);
  const label = text.slice(labelStart, unit ? unit.start : end).trimEnd();
  return { head: m.entry, label: label || null, inner: null, unit: label ? unit : null, start, end };
}

/** A named unit that ends exactly at `end`, starting after `from` at a word. */
function unitClosing(text: string, from: number, end: number): UnitRef | null {
  for (let p = end - 2; p > from; p--) {
    if (text[p - 1] !== ' ') continue;
    const u = LEVELS.matchAt(text, p) ? readUnit(text, p) : null;
    if (u?.name && u.end === end) return u;
  }
  return null;
}

