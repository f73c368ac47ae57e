import type { AdminLevel } from '../../domain/kinds';
import { ADMIN_LEVEL_WORDS } from '../lexicon/admin-levels';
import { ORG_HEADS, type OrgHeadEntry } from '../lexicon/organizations';
import { PhraseMatcher } from './phrase-matcher';
import { isProvinceName, looksLikeFullName, readNameRun, skipSpaces } from './scan';

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
const LEVELS = new PhraseMatcher(ADMIN_LEVEL_WORDS.map((l) => ({ forms: [l.word], entry: l })));

/** Words that end the name of a board ("Ban Dân vận"): connectives and clause words. */
const LABEL_STOP = /^(?:các|của|và|nhiệm|kỳ|đã|có|được|tại|trong|với|về|để|cho|theo|lần|khóa|khoá|năm|tháng|ngày|đề|báo|phát|làm|chủ|tham|dự|là|thực|trên|thuộc|gồm|cùng|tặng|đến|từ|nhằm|ở)$/iu;
const WORD = /[\p{L}\p{N}]+/uy;

/** An organization named at `pos` ("Đảng ủy xã Lộc Bình", "UBKT Huyện ủy"), or null. */
export function parseOrg(text: string, pos: number, asInner = false): OrgPhrase | null {
  const m = HEADS.matchAt(text, pos);
  if (!m || (m.entry.innerOnly && !asInner)) return null;
  const head = m.entry;
  const org: OrgPhrase = { head, label: null, inner: null, unit: null, start: pos, end: m.end };
  if (head.committee) {
    const level = ADMIN_LEVEL_WORDS.find((l) => l.word === head.committee)!;
    const name = readUnitName(text, skipSpaces(text, m.end));
    org.unit = { word: level.word, level: level.level, name: name?.name ?? null, start: m.start, end: name?.end ?? m.end };
    org.end = org.unit.end;
    return org;
  }
  if (head.national) return org;
  let p = m.end;
  if (head.named) {
    const label = readLabel(text, p);
    if (!label) return null;
    org.label = label.text;
    p = org.end = label.end;
  }
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
  if (head.open && !org.label) {
    const label = readProperLabel(text, skipSpaces(text, p));
    if (label) {
      org.label = label.text;
      org.end = label.end;
    }
  }
  if (head.name === 'Thường trực' || head.name === 'Văn phòng' || head.name === 'Đoàn công tác') return org.inner ? org : null;
  return org;
}

/** A level word with its optional name: "xã Lộc Bình", "huyện", "thôn Pá Chí". Not "huyện ủy". */
export function readUnit(text: string, pos: number): UnitRef | null {
  const m = LEVELS.matchAt(text, pos);
  if (!m) return null;
  const after = skipSpaces(text, m.end);
  if (/^(?:ủy|uỷ)(?![\p{L}])/iu.test(text.slice(after, after + 3))) return null;
  const numbered = m.entry.level === 'WARD' || m.entry.level === 'VILLAGE';
  const name = readUnitName(text, after, numbered);
  return { word: m.entry.word, level: m.entry.level, name: name?.name ?? null, start: pos, end: name?.end ?? m.end };
}

/** A unit's proper name: capitalized words or a number, not a person's full name. */
function readUnitName(text: string, pos: number, numbered = false): { name: string; end: number } | null {
  const run = readNameRun(text, pos, 4, numbered);
  if (!run || looksLikeFullName(run.words)) return null;
  const name = run.words.join(' ');
  return { name, end: run.end };
}

/** The name of a board after "Ban": one to four words up to its parent body or a clause word. */
function readLabel(text: string, pos: number): { text: string; end: number } | null {
  const words: string[] = [];
  let p = skipSpaces(text, pos);
  let end = pos;
  while (words.length < 4) {
    if (HEADS.matchAt(text, p) || LEVELS.matchAt(text, p)) break;
    WORD.lastIndex = p;
    const w = WORD.exec(text);
    if (!w || LABEL_STOP.test(w[0]) || /^\p{Lu}{2,}$/u.test(w[0])) break;
    words.push(w[0]);
    end = p + w[0].length;
    p = skipSpaces(text, end);
    if (p === end) break;
  }
  if (!words.length) return null;
  const first = words[0][0].toUpperCase() + words[0].slice(1);
  return { text: [first, ...words.slice(1)].join(' '), end };
}

/** A proper name after "Chi bộ": "Trường Mầm non Blue Bee" (capitalized words, lowercase ones between). */
function readProperLabel(text: string, pos: number): { text: string; end: number } | null {
  const re = /(\p{Lu}[\p{L}\p{N}]*)(?:[ ]+(?:\p{Lu}[\p{L}\p{N}]*|\p{Ll}+(?=(?:[ ]+\p{Ll}+)?[ ]+\p{Lu}))){0,7}/uy;
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m || /^(?:Đảng|Chi|Ban)$/u.test(m[1])) return null;
  return { text: m[0].replace(/[ ]+/g, ' '), end: pos + m[0].length };
}

export { isProvinceName };
