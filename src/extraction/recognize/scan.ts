import { SURNAMES } from '../lexicon/surnames';
import { PROVINCE_NAMES } from '../lexicon/provinces';
import { HEADS } from './org-matchers';

/** Small reading helpers shared by recognizers; positions are offsets into the body text. */

/** Past spaces on the same line. */
export function skipSpaces(text: string, pos: number): number {
  while (text[pos] === ' ') pos++;
  return pos;
}

const SYLLABLE = /\p{Lu}(?:'\p{L})?\p{Ll}*(?![\p{L}\p{N}'])/uy;
const NUMBER = /\d{1,3}[A-Z]?(?![\p{L}\p{N}])/uy;

/** Words that open a title, an organization or a clause before another capital ("Phó Chủ tịch", "Ban Dân vận"), never a name's. */
const NOT_A_NAME = new Set([
  'Bí', 'Phó', 'Chủ', 'Trưởng', 'Ủy', 'Tỉnh', 'Huyện', 'Quận', 'Xã', 'Phường', 'Đảng', 'Ban', 'Hội', 'Thường',
  'Giám', 'Tổng', 'Chánh', 'Tại', 'Ngày', 'Sáng', 'Chiều', 'Các', 'Về', 'Với', 'Theo', 'Trong', 'Cùng', 'Dự',
  'Thôn', 'Lãnh', 'Nguồn', 'Tác', 'Tin', 'Ảnh', 'Bài', 'Mặt', 'Khu', 'Đây', 'Để', 'Là', 'Có', 'Được', 'Đã',
  'Chi', 'Cổng', 'Ông', 'Bà', 'Đồng chí',
]);

/**
 * Honorifics that also open place names, after a level word; title words that also stand inside them,
 * and of those the ones that also open them before another capital ("phường Hội An Tây", "xã Chi Lăng").
 */
const PLACE_FIRST_TOO = new Set(['Ông', 'Bà']);
const PLACE_INSIDE_TOO = new Set(['Hội', 'Chi', 'Thường', 'Sáng', 'Ban']);
const PLACE_FIRST_BEFORE_CAPITAL = new Set(['Hội', 'Chi', 'Thường']);

/** Clause words that are also syllables of names: they stop a run only as its first word ("xã Sủng Là"). */
const NAME_SYLLABLE_TOO = new Set(['Là', 'Có', 'Đây']);

/**
 * Title and clause words that also end names ("Huỳnh Thị Kim Chi", "Ninh
 * Quang Sáng", "Hoàng Văn Chiều", "xã Tân Hội", "Phạm Văn Tỉnh làm"): one ends a run when no capital follows and the
 * next lowercase word does not make it a title or clause ("Chi bộ", "Sáng ngày").
 */
const LAST_SYLLABLE_TOO: ReadonlyMap<string, RegExp> = new Map([
  ['Chi', /^(?:bộ|hội|cục|nhánh|đoàn|tiết)(?!\p{L})/u],
  ['Sáng', /^(?:ngày|nay|hôm|mai|sớm|cùng|tạo|kiến|lập|tác)(?!\p{L})/u],
  ['Chiều', /^(?:(?:ngày|nay|hôm|mai|qua|tối|cùng|cao|dài|rộng|sâu|hướng|lòng|theo|ý)(?!\p{L})|\d)/u],
  ['Hội', /^(?:nghị|đồng|viên|trưởng|thảo|thi|diễn|chợ)(?!\p{L})/u],
  ['Thường', /^(?:trực|vụ|xuyên)(?!\p{L})/u],
  ['Ban', /^\p{Ll}/u],
  ['Tỉnh', /^(?:ủy|uỷ|đoàn|hội|đội|trưởng)(?!\p{L})/u],
]);

/**
 * Whether a title or clause word goes on in a name: "thôn Ông Đình", "xã Bà
 * Điểm", "phường Hội An Tây"; "xã Lịch Hội Thượng", "xã Tân Hội Đông" (a
 * place name goes on through a capital); "Rơ Ông Ha Biên".
 */
/** Family names written like a title's or a body's first word ("Chi bộ", "Lãnh đạo"), read as one before "Văn"/"Thị" and a capital. */
const SURNAME_TOO = new Set(['Chi', 'Lãnh']);
const MIDDLE_NAME_AFTER = /^[ ]+(?:Văn|Thị)[ ]+\p{Lu}/u;

function goesOn(text: string, w: string, p: number, index: number, place: boolean): boolean {
  // "Ông Chi Văn Sáng", "bà Chi Thị Dín": a person of the family Chi, not a cell's "Chi bộ".
  if (!place && index === 0 && SURNAME_TOO.has(w)) return MIDDLE_NAME_AFTER.test(text.slice(p + w.length, p + w.length + 12));
  // "phường Hội An Tây", not "xã Hội Nông dân" (a body's name after a bare level word).
  if (place && index === 0) return PLACE_FIRST_TOO.has(w) || (PLACE_FIRST_BEFORE_CAPITAL.has(w) && capitalAfter(text, p + w.length) && !HEADS.matchAt(text, p));
  if (index === 0 || !(place ? PLACE_INSIDE_TOO.has(w) : w === 'Ông')) return false;
  return capitalAfter(text, p + w.length);
}

function capitalAfter(text: string, end: number): boolean {
  return /^[ ]+\p{Lu}/u.test(text.slice(end, end + 3));
}

/** Whether `word`, a title or clause word ending at `end`, ends a name instead. */
function endsNameHere(text: string, word: string, end: number): boolean {
  const continues = LAST_SYLLABLE_TOO.get(word);
  if (!continues) return false;
  const rest = text.slice(skipSpaces(text, end), end + 12);
  return !/^\p{Lu}/u.test(rest) && !continues.test(rest);
}

/**
 * "Ông Ksor Y Ban cam kết ...": a title word closes a name the text
 * also writes whole, before a stop ("ông Ksor Y Ban, Phó Bí thư").
 */
function writtenWhole(text: string, words: readonly string[], word: string): boolean {
  const whole = `${words.join(' ')} ${word}`;
  for (let at = text.indexOf(whole); at >= 0; at = text.indexOf(whole, at + 1)) {
    if (WHOLE_NAME_END.test(text.slice(at + whole.length, at + whole.length + 3))) return true;
  }
  return false;
}
const WHOLE_NAME_END = /^(?:[ ]*[,.;:)\n]|[ ]+[-–][ ]|$)/u;

export interface NameRun {
  start: number;
  end: number;
  words: string[];
}

/**
 * A run of capitalized syllables on one line ("Nguyễn Thị Minh Hải"), at most
 * `max` long, not opening with a title or clause word. Null when none.
 */
export function readNameRun(text: string, pos: number, max = 5, allowNumber = false, place = false): NameRun | null {
  const words: string[] = [];
  let p = pos;
  let end = pos;
  while (words.length < max) {
    SYLLABLE.lastIndex = p;
    let m = SYLLABLE.exec(text);
    if (!m && allowNumber && words.length === 0) {
      NUMBER.lastIndex = p;
      m = NUMBER.exec(text);
    }
    if (!m) break;
    const w = m[0];
    const stop = NOT_A_NAME.has(w);
    const last = stop && words.length > 0 && (endsNameHere(text, w, p + w.length) || (words.length >= 2 && writtenWhole(text, words, w)));
    if (stop && !last && !goesOn(text, w, p, words.length, place) && !(words.length > 0 && NAME_SYLLABLE_TOO.has(w))) break;
    words.push(w);
    end = p + w.length;
    if (last) break;
    const next = skipSpaces(text, end);
    if (next === end) break;
    p = next;
  }
  return words.length ? { start: pos, end, words } : null;
}

const SURNAME_SET = new Set(SURNAMES);
export function isSurname(word: string): boolean {
  return SURNAME_SET.has(word);
}

const PROVINCE_SET = new Set(PROVINCE_NAMES.map((p) => p.toLowerCase()));
export function isProvinceName(name: string): boolean {
  return PROVINCE_SET.has(name.toLowerCase());
}

/** The word that ends one space before `at` ("Rơ" before "Ông K'Hoàng"), or "" when none does. */
export function wordBefore(text: string, at: number): string {
  if (at < 2 || text[at - 1] !== ' ') return '';
  let from = at - 1;
  while (from > 0 && /[\p{L}']/u.test(text[from - 1])) from--;
  return text.slice(from, at - 1);
}

/** Whether a person's full name (a family name and two or more syllables) starts at `pos`. */
export function fullNameAt(text: string, pos: number): boolean {
  return looksLikeFullName(readNameRun(text, pos, 5)?.words ?? []);
}

/** A run that reads as a person's full name: three or more syllables after a family name. */
export function looksLikeFullName(words: readonly string[]): boolean {
  return words.length >= 3 && isSurname(words[0]) && !isProvinceName(words.join(' '));
}

/** Letters in the first-capital form: "LẤP VÒ" -> "Lấp Vò"; a person's "K'BRƠI" -> "K'Brơi" with `afterApostrophe` (places keep "M'nang"). */
export function titleCase(s: string, afterApostrophe = false): string {
  const starts = afterApostrophe ? /(^|\s|')(\p{Ll})/gu : /(^|\s)(\p{Ll})/gu;
  return s.toLowerCase().replace(starts, (_, sp: string, c: string) => sp + c.toUpperCase());
}

/**
 * Where the sentence holding `pos` starts (after a newline, or ". ", "! ", "? "), looked for within `reach`
 * characters back; -1 when it starts further back. Char codes, not one-letter strings: most letters here are
 * outside Latin-1 and each would be a new string.
 */
export function sentenceStartWithin(text: string, pos: number, reach: number): number {
  for (let p = pos - 1; p >= Math.max(0, pos - reach); p--) {
    const c = text.charCodeAt(p);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && text.charCodeAt(p + 1) === 32)) return p + 1;
  }
  return pos <= reach ? 0 : -1;
}

/** How a founding counts the bodies it lists: "03", "hai", "các". */
export const COUNT = '(?:\\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|các)';

const NUMBER_WORDS: Readonly<Record<string, number>> = { hai: 2, ba: 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10 };

/** The number a count is written with ("03", "Ba", "hai"); undefined for "các" and other words. */
export function countOf(word: string): number | undefined {
  return /^\d+$/u.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
}

/** The mark of an item of a list on its own line: "1. ", "2) ", "- ", "• " (a source, to build patterns with). */
export const ITEM_MARK_SOURCE = '(?:\\d{1,2}[.)]|[-–•+*])';
export const ITEM_MARK = new RegExp(`^[ ]*${ITEM_MARK_SOURCE}`, 'u');

/** Where the item lines right above the line starting at `lineStart` begin (looked up at most 20 lines); `lineStart` if none. */
export function itemLinesAbove(text: string, lineStart: number): number {
  let line = lineStart;
  for (let n = 0; n < 20 && line > 0; n++) {
    const prev = text.lastIndexOf('\n', line - 2) + 1;
    if (!ITEM_MARK.test(text.slice(prev, line))) break;
    line = prev;
  }
  return line;
}
