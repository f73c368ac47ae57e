import { ADMIN_LEVEL_WORDS } from '../lexicon/admin-levels';
import { BOARD_ABBREVIATIONS } from '../lexicon/department-abbreviations';
import { WORKPLACES, type OrgHeadEntry } from '../lexicon/organizations';
import { BOARD_NAMES, fieldInitials, knownField } from './org-fields';
import { readLabel } from './org-label';
import { HEADS, skipPlaceOnly } from './org-matchers';
import { fullNameAt, skipSpaces } from './scan';
import { startsUpper } from './tokens';
import { readUnit, readUnitName, type UnitRef } from './unit-ref';

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
    // "Đảng ủy Sở chú ý ...": a department's field is written with a capital; a lowercase word opens the clause.
    const label = FIELD_HEADS.has(head.name) && startsUpper(text, pos) && !startsUpper(text, skipSpaces(text, p)) ? null : readLabel(text, p);
    // "Giám đốc Sở Đào Văn Chung": a bare workplace, the one the article names in full (resolve/workplaces).
    if (!label) return WORKPLACES.includes(head.name) && startsUpper(text, pos) ? org : null;
    // "Trưởng phòng Nội vụ": a field head written in lowercase names a body only before a capital ("phòng họp" names none).
    if (FIELD_HEADS.has(head.name) && !startsUpper(text, pos) && !startsUpper(text, skipSpaces(text, p))) return null;
    org.label = label.text;
    p = org.end = label.end;
  }
  if (head.national) return head.name === 'Trung ương' ? centralOf(text, org) : org;
  if (head.open) {
    const q = skipSpaces(text, p);
    const cq = /^cơ[ ]+quan(?![\p{L}])/iu.exec(text.slice(q, q + 12));
    if (cq) {
      org.label = 'cơ quan';
      p = org.end = q + cq[0].length;
    }
  }
  if (head.inner || head.open) {
    const q = skipSpaces(text, p);
    const inner = parseOrg(text, q, true) ?? (head.inner ? associationAt(text, q) : null);
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
  if (head.agency) {
    const inner = agencyAt(text, skipSpaces(text, p));
    if (inner) {
      org.inner = inner;
      org.end = inner.end;
      return org;
    }
  }
  if (head.open && (!org.label || org.label === 'cơ quan')) {
    // "Chi bộ Trường X", "Chi bộ cơ quan Mặt trận - Đoàn thể huyện": the cell's own name; not a person's full name
    // ("Bí thư Chi bộ Nguyễn Thị Hải Yến chủ trì": the cell is the article's, the name its secretary's).
    const label = head.name === 'Chi bộ' && fullNameAt(text, skipSpaces(text, p)) ? null : readLabel(text, p, true);
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

/** The workplace whose body is named: "Đảng ủy |Sở", "Ban Chấp hành Đảng bộ |Bệnh viện Đa khoa X", "Đoàn Thanh niên |công ty". */
function agencyAt(text: string, pos: number): OrgPhrase | null {
  const inner = parseOrg(text, pos, true, true);
  return inner && WORKPLACES.includes(inner.head.name) ? inner : null;
}

/**
 * "Ban Thường vụ |Hội Khuyến học phường X", "Chủ tịch |Hội Nghề cá đặc khu Y": an association the lexicon does not
 * name, read only as the body a standing board belongs to or an office heads (a bare "Hội" elsewhere opens "Hội An
 * Tây", "Hội ND").
 */
const ASSOCIATION: OrgHeadEntry = { name: 'Hội', kind: 'MASS_ORGANIZATION', forms: [] };

export function associationAt(text: string, pos: number): OrgPhrase | null {
  if (!text.startsWith('Hội ', pos)) return null;
  const label = readLabel(text, pos + 3, true);
  if (!label) return null;
  const unit = readUnit(text, skipSpaces(text, label.end));
  return unit ? { head: ASSOCIATION, label: label.text, inner: null, unit, start: pos, end: unit.end } : null;
}

/** "(Ban Thường vụ) Trung ương Hội Nông dân Việt Nam": the central level of a mass organization named after it. */
const COUNTRY = /^[ ]+Việt[ ]+Nam(?![\p{L}])/u;

function centralOf(text: string, org: OrgPhrase): OrgPhrase {
  const inner = parseOrg(text, skipSpaces(text, org.end), true);
  if (!inner || inner.head.kind !== 'MASS_ORGANIZATION' || inner.unit || inner.label) return org;
  // The organization of the whole country keeps its "Việt Nam".
  const country = COUNTRY.exec(text.slice(inner.end, inner.end + 12));
  const whole = country ? { ...inner, label: 'Việt Nam', end: inner.end + country[0].length } : inner;
  return { ...org, inner: whole, end: whole.end };
}

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



/** After a bare level word, what shows it is the article's unit ("Trạm Y tế xã được ...", "Trường THCS xã,"), not the start of a clause. */
const BARE_UNIT_END = /^(?:[ ]*[,.;:)\n]|[ ]*$|[ ]+(?:được|đã|và|cùng|làm|giữ|về|theo|tại|trong|với)(?![\p{L}]))/u;

/** A body with a head read only in place: its proper name and unit ("Trường Tiểu học Hòa An xã X", "Công ty Cổ phần Y"). */
/** A name in quotes right after a head word: 'Câu lạc bộ "Phụ nữ với pháp luật"'. */
const QUOTED = /["“]([^"“”\n]{2,80})["”]/uy;

function quotedName(text: string, at: number): { text: string; end: number } | null {
  QUOTED.lastIndex = at;
  const m = QUOTED.exec(text);
  return m ? { text: m[0], end: QUOTED.lastIndex } : null;
}

/** The quoted name, then the unit or the body it belongs to ('"Thủ lĩnh của sự thay đổi" Trường PTDTBT THCS Tà Chì Lừ'). */
function withQuotedName(text: string, org: OrgPhrase, quoted: { text: string; end: number }): OrgPhrase {
  const named = { ...org, label: quoted.text, end: quoted.end };
  const unit = readUnit(text, skipSpaces(text, quoted.end));
  if (unit?.name) return { ...named, unit, end: unit.end };
  const owner = startsUpper(text, skipSpaces(text, quoted.end)) ? readLabel(text, quoted.end, true) : null;
  if (!owner) return named;
  const ownerUnit = readUnit(text, skipSpaces(text, owner.end));
  const withOwner = { ...named, label: `${quoted.text} ${owner.text}`, end: owner.end };
  return ownerUnit?.name ? { ...withOwner, unit: ownerUnit, end: ownerUnit.end } : withOwner;
}

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
  const quoted = quotedName(text, skipSpaces(text, headEnd));
  if (quoted) return withQuotedName(text, org, quoted);
  // "Hiệu trưởng nhà trường Nguyễn Thị Hải Yến": a person's full name after a bare workplace names no workplace.
  const label = fullNameAt(text, skipSpaces(text, headEnd)) && !startsUpper(text, start) ? null : readLabel(text, headEnd, true);
  // A bare workplace ("Phó Giám đốc công ty") is the one the article names in full (resolve/workplaces).
  if (!label) return WORKPLACES.includes(head.name) ? org : null;
  org.label = label.text;
  org.end = label.end;
  const unit = readUnit(text, skipSpaces(text, label.end));
  if (unit?.name || (unit && BARE_UNIT_END.test(text.slice(unit.end, unit.end + 12)))) {
    org.unit = unit;
    org.end = unit.end;
  }
  return org;
}
