import type { AdminLevel } from '../../domain/kinds';
import { LEVELS } from './org-matchers';
import { isProvinceName, isSurname, looksLikeFullName, readNameRun, skipSpaces } from './scan';
import { startsUpper } from './tokens';

/** A unit as written: its level word and proper name (null for a bare "huyện"). */
export interface UnitRef {
  word: string;
  level: AdminLevel;
  name: string | null;
  start: number;
  end: number;
  /** Not written with the body but taken from another (its founder's): without a name from context it is left out. */
  implied?: boolean;
}

/** "huyện ủy": a committee, not a unit. */
const UY_AFTER = /^(?:ủy|uỷ)(?![\p{L}])/iu;
const DOAN_AFTER = /^[Đđ]oàn(?![\p{L}])/u;
const CO_OP_BEFORE = /[Hh]ợp[ ]+tác[ ]+$/u;
/** "tổ dân phố số 3": a number as the name. */
const NUMBERED_NAME = /^số[ ]+(\d{1,3})(?![\p{L}\p{N}])/u;

/** A level word with its optional name: "xã Lộc Bình", "huyện", "thôn Pá Chí". Not "huyện ủy". */
export function readUnit(text: string, pos: number): UnitRef | null {
  const m = LEVELS.matchAt(text, pos);
  if (!m) return null;
  // "Hợp tác xã Nông nghiệp X": a co-operative, not a commune named Nông.
  if (m.entry.word === 'xã' && CO_OP_BEFORE.test(text.slice(Math.max(0, pos - 8), pos))) return null;
  const after = skipSpaces(text, m.end);
  if (UY_AFTER.test(text.slice(after, after + 3))) return null;
  // "Bí thư Huyện Đoàn", "Tỉnh Đoàn": the Youth Union of a level written with a capital, not a unit named Đoàn.
  if (startsUpper(text, pos) && DOAN_AFTER.test(text.slice(after, after + 5))) return null;
  const numbered = m.entry.level === 'WARD' || m.entry.level === 'VILLAGE';
  const so = numbered ? NUMBERED_NAME.exec(text.slice(after, after + 8)) : null;
  if (so) return { word: m.entry.word, level: m.entry.level, name: `số ${so[1]}`, start: pos, end: after + so[0].length };
  const name = readUnitName(text, after, numbered);
  return { word: m.entry.word, level: m.entry.level, name: name?.name ?? null, start: pos, end: name?.end ?? m.end };
}

/** A unit's proper name: capitalized words or a number, not a person's full name. */
export function readUnitName(text: string, pos: number, numbered = false): { name: string; end: number } | null {
  const short = readNameRun(text, pos, 4, numbered, true);
  if (!short || (looksLikeFullName(short.words) && !namedAsPlace(text, short.words.join(' ')))) return null;
  // "Chủ tịch Hội CCB xã Danh Hiền chủ trì ... Ông Danh Hiền trao quyết định": two words the text gives a person elsewhere.
  if (short.words.length === 2 && isSurname(short.words[0]) && namedAsPerson(text, short.words.join(' '))) return null;
  // "Bí thư Huyện ủy Bù Đăng Trần Văn Minh": the unit's name ends where a person's full name starts
  // (read further only when a family name stands inside the first four words).
  let run = short;
  if (short.words.slice(1).some(isSurname)) {
    const long = readNameRun(text, pos, 7, numbered, true)!;
    let n = short.words.length;
    // Most units' names have two syllables: "xã Yên Thạch Trần Văn Hòa" is Yên Thạch, though "Thạch" is a family name too.
    if (short.words.length > 2 && looksLikeFullName(long.words.slice(2))) n = 2;
    else for (let i = 1; i < n; i++) if (looksLikeFullName(long.words.slice(i))) n = i;
    if (n < short.words.length) run = readNameRun(text, pos, n, numbered, true)!;
  }
  const { words, end } = run;
  // "tỉnh Bà Rịa - Vũng Tàu": a province whose name joins two by a dash.
  const dashed = dashedProvince(text, words.join(' '), end);
  if (dashed) return dashed;
  // "thôn Tân Lạc 2", "ấp Phú Hòa 1", "xã Đường 10 (huyện Bù Đăng)": numbered after the name.
  const after = /\p{L}/u.test(words[words.length - 1]) ? (numbered ? TRAILING_NUMBER : CLOSING_NUMBER) : null;
  if (after) after.lastIndex = end;
  const m = after?.exec(text) ?? (after === CLOSING_NUMBER ? recurringNumber(text, words.join(' '), end) : null);
  if (m) return { name: `${words.join(' ')} ${m[1]}`, end: end + m[0].length };
  return { name: words.join(' '), end };
}

/**
 * "xã Sơn Kim 1 tổ chức ...": a number before a lowercase word ends the name when the text writes the
 * name with it again (a count would not recur: "xã Tân An 3 năm liền").
 */
function recurringNumber(text: string, name: string, end: number): RegExpExecArray | null {
  LOOSE_NUMBER.lastIndex = end;
  const m = LOOSE_NUMBER.exec(text);
  if (!m) return null;
  const written = `${name} ${m[1]}`;
  const first = text.indexOf(written);
  return first >= 0 && text.indexOf(written, first + written.length) >= 0 ? m : null;
}
const DASHED_PROVINCE = /^[ ]*[-–][ ]*(\p{Lu}\p{Ll}*)(?:[ ](\p{Lu}\p{Ll}*))?/u;

function dashedProvince(text: string, first: string, end: number): { name: string; end: number } | null {
  const m = DASHED_PROVINCE.exec(text.slice(end, end + 24));
  if (!m) return null;
  for (const second of m[2] ? [`${m[1]} ${m[2]}`, m[1]] : [m[1]]) {
    const name = `${first} - ${second}`;
    if (isProvinceName(name)) return { name, end: end + m[0].length - (m[2] && second === m[1] ? m[2].length + 1 : 0) };
  }
  return null;
}
const TRAILING_NUMBER = /[ ]+(\d{1,2}[A-Z]?)(?![\p{L}\p{N}/-]|[.,](?![ \n]|$))/uy;
/** Above villages a number ends a name only before punctuation or a capital ("xã Đường 10,"; not "xã Tân An 3 năm"). */
const CLOSING_NUMBER = /[ ]+(\d{1,2})(?=[ ]*(?:[,;:()\n]|\.(?!\d)|$|[ ]\p{Lu}|[ ]-))/uy;
const LOOSE_NUMBER = /[ ]+(\d{1,2})(?=[ ]+\p{Ll})/uy;

/** A level word right before: "xã ", "Đảng bộ phường ". */
const LEVEL_BEFORE = /(?:^|[^\p{L}])(?:xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|thôn|ấp|bản|xóm)[ ]+$/iu;
/** "ông Hoàng Văn Nam": a name after an honorific anywhere is a person's ("Phó Trưởng ban HĐND tỉnh Hoàng Văn Nam"). */
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(?:ông|bà|đồng chí|đ\/c|anh|chị)[ ]+$/iu;
const placeMemo = { text: '', names: new Map<string, { places: number; honored: boolean }>() };

/** Whether the text writes `name` after an honorific ("ông Danh Hiền") and at most once after a level word. */
function namedAsPerson(text: string, name: string): boolean {
  const { places, honored } = tally(text, name);
  return honored && places <= 1;
}

/**
 * Whether a name that reads as a person's ("Hồ Đắc Kiện", "Võ Thị Sáu") is a place's: written after a
 * level word at least twice in the text ("Đảng bộ xã Hồ Đắc Kiện", "Đảng ủy xã Hồ Đắc Kiện") and never after
 * an honorific.
 */
function namedAsPlace(text: string, name: string): boolean {
  const { places, honored } = tally(text, name);
  return places >= 2 && !honored;
}

/** How often `name` stands after a level word before it first stands after an honorific, if it does; once per text and name. */
function tally(text: string, name: string): { places: number; honored: boolean } {
  if (placeMemo.text !== text) {
    placeMemo.text = text;
    placeMemo.names.clear();
  }
  let known = placeMemo.names.get(name);
  if (known === undefined) {
    let places = 0;
    let honored = false;
    for (let i = text.indexOf(name); i >= 0 && !honored; i = text.indexOf(name, i + name.length)) {
      const before = text.slice(Math.max(0, i - 12), i);
      if (LEVEL_BEFORE.test(before)) places++;
      honored = HONORIFIC_BEFORE.test(before);
    }
    placeMemo.names.set(name, (known = { places, honored }));
  }
  return known;
}

