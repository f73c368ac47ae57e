import { OTHER_FORMS, WORKPLACES } from '../lexicon/organizations';
import { parseOrg } from '../recognize/org-phrase';
import type { UnitRef } from '../recognize/unit-ref';

/** The workplace of each kind an article names in full, where it names exactly one: "Công ty" -> "Công ty Cổ phần Thủy sản Sa Kỳ". */
export type Workplaces = ReadonlyMap<string, string>;

const COMPANY_BOARDS = new Set(['Hội đồng quản trị', 'Hội đồng thành viên']);

const WORKPLACE_AT = new RegExp(`(?<![\\p{L}])(?:${WORKPLACES.join('|')})(?=[ ]+\\p{L})`, 'gu');

/**
 * Reads the workplaces named in full in the body; a kind named with two names has none, unless one holds the
 * other's words or only one is named with its Party organization ("Đảng bộ Sở X" beside "Sở Y"). Those merged
 * into another ("trên cơ sở hợp nhất Sở X tỉnh A và Sở Y tỉnh B (cũ)") do not count.
 */
export function findWorkplaces(body: string): Workplaces {
  const names = new Map<string, Set<string>>();
  const lowercase = new Map<string, Set<string>>();
  const withParty = new Map<string, Set<string>>();
  if (!WORKPLACES.some((w) => body.includes(w))) return new Map();
  for (const m of body.matchAll(WORKPLACE_AT)) {
    const end = m.index + m[0].length;
    if (!/^[ ]+\p{Lu}/u.test(body.slice(end, end + 3))) {
      // "Hợp tác xã trái cây Mỹ Thành,": lowercase words, then the proper name that closes the workplace's name before
      // punctuation; counted only for a kind the article names in no other way.
      const rest = nameGoesOn(body, end, true);
      if (rest && !merged(body, m.index, end + rest.length)) add(lowercase, m[0], `${m[0]}${rest}`);
      continue;
    }
    const org = parseOrg(body, m.index, false, true);
    if (!org?.label || merged(body, m.index, org.end)) continue;
    const full = workplaceName(body, org.head.name, org.label, org.unit, org.end);
    add(names, org.head.name, full);
    if (PARTY_BEFORE.test(body.slice(Math.max(0, m.index - 8), m.index))) add(withParty, org.head.name, full);
  }
  for (const [head, set] of lowercase) if (!names.has(head)) names.set(head, set);
  const out = new Map<string, string>();
  for (const [head, set] of names) {
    const one = oneNamed(set) ?? oneNamed(withParty.get(head) ?? new Set());
    if (one) out.set(head, one);
  }
  return out;
}

/** A workplace's name as written: "Bệnh viện Đa khoa huyện Minh Linh" (the unit written with it is part of its name). */
function workplaceName(body: string, head: string, label: string, unit: UnitRef | null, end: number): string {
  if (unit?.name) return `${head} ${label} ${unit.word} ${unit.name}`;
  return `${head} ${label}${label.includes(' ') ? '' : nameGoesOn(body, end)}`;
}

/**
 * "Hợp tác xã Nông| nghiệp dịch vụ cà phê Bon Sar Pa có 62 thành viên": a workplace's name read to one word goes on
 * in lowercase (only its first word is capitalized) up to the proper name that closes it, before punctuation or a
 * lowercase word.
 */
const LOWERCASE_THEN_NAME = /((?:[ ]+\p{Ll}+){1,6})(?:[ ]+\p{Lu}[\p{Ll}']*){1,4}(?=[ ]*[,.;:()\n]|[ ]+\p{Ll})/uy;
/** Words that open a clause or a phrase after a name, never inside one. */
const NOT_IN_NAME = /[ ](?:của|và|là|có|được|đã|đang|sẽ|vừa|tại|trong|với|cho|theo|từ|đến|về|ở|thì|để|tổ|chức|tiến|hành|gồm|do|làm|cùng|các|những|này|đó|trực|thuộc)(?=[ ]|$)/u;

function nameGoesOn(body: string, end: number, beforePunctuation = false): string {
  LOWERCASE_THEN_NAME.lastIndex = end;
  const m = LOWERCASE_THEN_NAME.exec(body.slice(0, end + 120));
  if (!m || NOT_IN_NAME.test(m[1])) return '';
  return beforePunctuation && !/^[ ]*[,.;:()\n]/u.test(body.slice(end + m[0].length, end + m[0].length + 2)) ? '' : m[0];
}

/** "trên cơ sở hợp nhất Đảng bộ Sở X tỉnh A và ...": a body merged into the article's, named in the clause that says so. */
const MERGED_BEFORE = /(?:hợp[ ]+nhất|sáp[ ]+nhập)[^.;\n]{0,160}$/u;
const FORMER_AFTER = /^[ ]*\((?:cũ|trước đây)\)/u;

function merged(body: string, start: number, end: number): boolean {
  return MERGED_BEFORE.test(body.slice(Math.max(0, start - 160), start)) || FORMER_AFTER.test(body.slice(end, end + 16));
}

/** "Đảng bộ |Sở Nông nghiệp ...": the agency whose Party organization the article is about. */
const PARTY_BEFORE = /Đảng (?:bộ|ủy) $/u;

function add(map: Map<string, Set<string>>, head: string, name: string): void {
  map.set(head, (map.get(head) ?? new Set()).add(name));
}

/**
 * The one body the names stand for, or null: "Công ty TNHH Nhựa Phúc Long" in a caption is the "Công ty TNHH
 * Sản xuất - Thương mại Nhựa Phúc Long" of the text; two names, neither holding the other's words, are two bodies.
 */
function oneNamed(set: ReadonlySet<string>): string | null {
  if (set.size === 0) return null;
  const [longest, ...others] = [...set].sort((a, b) => b.length - a.length);
  const words = new Set(longest.split(' '));
  return others.every((o) => o.split(' ').every((w) => words.has(w))) ? longest : null;
}

/** A name ending in a bare workplace word, completed: "Công đoàn cơ sở Công ty" -> "Công đoàn cơ sở Công ty Cổ phần X". */
export function withWorkplace(name: string, workplaces: Workplaces): string {
  // "Chủ tịch HĐQT": the board of the article's company.
  const company = workplaces.get('Công ty');
  if (company && COMPANY_BOARDS.has(name)) return `${name} ${company}`;
  for (const [head, full] of workplaces) {
    if (name === head) return full;
    // "Trường Mầm non Hòa Trường Đông": the full name already, its head word again inside it.
    if (name.endsWith(full)) continue;
    if (name.endsWith(` ${head}`) || name.endsWith(` ${head.toLowerCase()}`)) return `${name.slice(0, name.length - head.length)}${full}`;
    const short = shortNameIn(name, head, full);
    if (short >= 0) return `${name.slice(0, short)}${full}`;
  }
  return name;
}

/**
 * Where a name ends with the workplace written short ("Chi bộ |HTX Hương Phong Xanh" for the "Hợp tác xã Nông
 * nghiệp và Dịch vụ Hương Phong Xanh" of the text): its head word or abbreviation, then the last words of the full
 * name, or its first words.
 */
function shortNameIn(name: string, head: string, full: string): number {
  for (const form of [head, ...(OTHER_FORMS.get(head) ?? [])]) {
    const at = name.lastIndexOf(` ${form} `);
    if (at < 0) continue;
    const rest = name.slice(at + form.length + 2);
    if (full !== `${head} ${rest}` && full.endsWith(` ${rest}`)) return at + 1;
    // "Chi bộ Hợp tác xã Nông" read short of the "Hợp tác xã Nông nghiệp dịch vụ cà phê Bon Sar Pa" of the text.
    if (form === head && full.startsWith(`${head} ${rest} `)) return at + 1;
  }
  return -1;
}
