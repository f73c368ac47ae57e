import { OFFICES, type OfficeEntry } from '../lexicon/offices';
import { HEADS } from './org-matchers';
import { associationAt, parseOrg, type OrgPhrase } from './org-phrase';
import { cutAtUnit, orgNamedAt } from './org-stretch';
import { readUnit } from './unit-ref';
import { PhraseMatcher } from './phrase-matcher';
import { skipSpaces } from './scan';

/** One office as written: "PCT UBND huyện" is title Phó Chủ tịch of org UBND huyện. */
export interface RawOffice {
  entry: OfficeEntry;
  org: OrgPhrase | null;
  start: number;
  end: number;
  /** The body named in full before the person that a bare body word stands for (recognize/antecedent). */
  antecedent?: OrgPhrase;
  /** For an office of no body of its own, the body whose members its sentence lists (recognize/antecedent): a guess. */
  listedIn?: OrgPhrase;
}

const OFFICE_MATCHER = new PhraseMatcher(OFFICES.map((o) => ({ forms: o.forms, abbr: o.abbr, entry: o })));
const SEPARATOR = /[ ]*(?:,|-|:|kiêm(?=[ ]))[ ]*/y;

/**
 * The offices that follow a name, separated by commas or dashes:
 * "- UVBTV, Trưởng Ban Dân vận HU, Chủ tịch UBMTTQ Việt Nam huyện".
 * With `separatorFirst` false the first office starts right at `pos`
 * ("đồng chí Bí thư Huyện ủy ..."). Ends before the first word that is no office.
 */
export function parseOfficeChain(text: string, pos: number, separatorFirst: boolean): { offices: RawOffice[]; end: number } {
  const offices: RawOffice[] = [];
  let p = pos;
  for (;;) {
    let q = p;
    if (offices.length > 0 || separatorFirst) {
      SEPARATOR.lastIndex = p;
      const sep = SEPARATOR.exec(text);
      if (!sep) break;
      q = p + sep[0].length;
    }
    const at = skipSpaces(text, q);
    const office = parseOffice(text, skipFormer(text, at)) ?? officeAfterMembership(text, at);
    if (!office) break;
    offices.push(office);
    p = office.end;
    if (offices.length >= 8) break;
  }
  return { offices, end: p };
}

const MEMBERSHIP = /đảng[ ]+viên[ ]+(?=\p{Lu})/uy;
const AFTER_MEMBERSHIP = /[ ]*,[ ]*/y;

/**
 * "Đồng chí X, đảng viên Chi bộ thôn A, nguyên Trưởng thôn A": a membership is no office, but the chain
 * goes on past it to the office after it (none when no office follows).
 */
function officeAfterMembership(text: string, pos: number): RawOffice | null {
  if (text.charCodeAt(pos) !== 0x111 /* đ */) return null;
  MEMBERSHIP.lastIndex = pos;
  if (!MEMBERSHIP.test(text)) return null;
  const cell = parseOrg(text, MEMBERSHIP.lastIndex);
  if (!cell) return null;
  AFTER_MEMBERSHIP.lastIndex = cell.end;
  if (!AFTER_MEMBERSHIP.test(text)) return null;
  return parseOffice(text, skipFormer(text, AFTER_MEMBERSHIP.lastIndex));
}

const FORMER = /nguyên[ ]+(?=\p{Lu})/uy;

/** Past "nguyên" before an office: "Vũ Văn A, nguyên Phó Chủ tịch UBND quận" held it, and the text gives it. */
function skipFormer(text: string, pos: number): number {
  if (text.charCodeAt(pos) !== 110 /* n */) return pos;
  FORMER.lastIndex = pos;
  return FORMER.test(text) ? FORMER.lastIndex : pos;
}

/** One title with the body it names: "Bí thư Huyện ủy", "Trưởng Ban Dân vận HU", "trưởng thôn Pá Chí". */
export function parseOffice(text: string, pos: number): RawOffice | null {
  const m = OFFICE_MATCHER.matchAt(text, pos);
  if (!m) return null;
  const entry = m.entry;
  if (entry.body) {
    const bodyStart = startOfLastWords(text, m.start, m.end, entry.body);
    const org = parseOrg(text, bodyStart, false, true) ?? unitAsOrg(text, bodyStart) ?? parseOrg(text, skipSpaces(text, m.end), false, true);
    return { entry, org, start: m.start, end: skipTerm(text, Math.max(m.end, org?.end ?? m.end)) };
  }
  const after = skipSpaces(text, m.end);
  const org = parseOrg(text, after, false, true) ?? bodyInApposition(text, after) ?? associationAt(text, after);
  return { entry, org, start: m.start, end: skipTerm(text, org?.end ?? m.end) };
}

/**
 * "làm Chủ nhiệm Hội đồng tư vấn về Dân chủ - Pháp luật;": a body read only in place, its name in lowercase words,
 * written whole between the office and a comma or a stop.
 */
function bodyInApposition(text: string, at: number): OrgPhrase | null {
  const head = HEADS.matchAt(text, at);
  if (!head?.entry.placeOnly) return null;
  // "Chủ tịch Hội đồng chủ trì phiên họp": the verb of the clause, not the body's name; the head word alone stands
  // for the body named before (recognize/antecedent).
  if (CLAUSE_AFTER_HEAD.test(text.slice(head.end, head.end + 16))) return { head: head.entry, label: null, inner: null, unit: null, start: at, end: head.end };
  const org = orgNamedAt(text, at);
  if (!org || org.end - at > 80 || !(org.label || org.unit)) return null;
  // The name ends at a stop, or before the clause's verb ("Tổ trưởng Tổ đại biểu số 2| điều hành buổi tiếp xúc").
  if (!APPOSITION_END.test(text.slice(org.end, org.end + 2)) && !CLAUSE_AFTER_HEAD.test(text.slice(org.end, org.end + 16))) return null;
  // "Tổ trưởng Tổ hợp tác dệt thôn Pa Ring cho biết ...,": the name ends with the unit it names.
  return cutAtUnit(text, at, org) ?? org;
}
const CLAUSE_AFTER_HEAD = /^[ ]+(?:chủ[ ]+(?:trì|tọa|toạ)|điều[ ]+hành|phát[ ]+biểu|báo[ ]+cáo|cho[ ]+biết|trao|tặng|dự)(?![\p{L}])/u;
const APPOSITION_END = /^[ ]*(?:[,;.\n]|$)/u;

const TERM = /[ ]*(?:,[ ]*)?\(?(?:khóa|khoá|nhiệm kỳ)[ ]+(?:\d{4}[ ]*-[ ]*\d{4}|[IVXLCDM]+|\d{1,2})\)?(?![\p{L}\p{N}])/iuy;

/** Past a term written after an office: "Bí thư Chi bộ nhiệm kỳ 2020 - 2025", "khóa XII". */
function skipTerm(text: string, pos: number): number {
  TERM.lastIndex = pos;
  const m = TERM.exec(text);
  return m ? pos + m[0].length : pos;
}

/** A village or other unit standing as the body of an office ("Trưởng thôn Pá Chí"). */
function unitAsOrg(text: string, pos: number): OrgPhrase | null {
  const unit = readUnit(text, pos);
  if (!unit) return null;
  return { head: UNIT_HEAD, label: null, inner: null, unit, start: unit.start, end: unit.end };
}

/** The organization that is an administrative unit itself (a village under its head). */
export const UNIT_HEAD = { name: '', kind: 'OTHER', forms: [], unit: true } as const;

function startOfLastWords(text: string, start: number, end: number, count: number): number {
  let p = end;
  for (let k = 0; k < count; k++) {
    while (p > start && text[p - 1] !== ' ') p--;
    if (k < count - 1) while (p > start && text[p - 1] === ' ') p--;
  }
  return p;
}
