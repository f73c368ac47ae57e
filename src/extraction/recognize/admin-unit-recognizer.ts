import type { AdminLevel } from '../../domain/kinds';
import { ADMIN_LEVEL_WORDS } from '../lexicon/admin-levels';
import { PROVINCE_NAMES } from '../lexicon/provinces';
import { parseOrg } from './org-phrase';
import { readUnit } from './unit-ref';
import { isAllCapsWord, isUpperCode, isWordCode, startsUpper } from './tokens';
import { FLAG, wordsOf } from './word-flags';
import { isProvinceName, titleCase, wordBefore } from './scan';

/** A named unit in the text: "xã Lộc Bình", "Huyện ủy Lấp Vò" (huyện Lấp Vò), a bare province name. */
export interface UnitMention {
  word: string; // level word: "xã", "huyện"
  level: AdminLevel;
  name: string;
  start: number;
  end: number;
  weight: number; // 1 for a plain mention; less for capitals, "Khu vực X"
}

const PROVINCES_BY_FIRST_WORD = new Map<string, string[]>();
for (const p of PROVINCE_NAMES) {
  const first = p.split(' ')[0].toLowerCase();
  PROVINCES_BY_FIRST_WORD.set(first, [...(PROVINCES_BY_FIRST_WORD.get(first) ?? []), p].sort((a, b) => b.length - a.length));
}
/** Province names lowercased once, not at every mention. */
const LOWER_PROVINCE = new Map(PROVINCE_NAMES.map((p) => [p, p.toLowerCase()]));
const CITY_BEFORE = /(?:phố|TP\.?|Tp\.?)[ ]*$/u;
const AREA = /Khu vực[ ]+(\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){0,3})/uy;
const CAPS_LEVEL = new RegExp(`(${ADMIN_LEVEL_WORDS.map((l) => l.word.toUpperCase()).join('|')})[ ]+(\\p{Lu}+(?:[ ]\\p{Lu}+){0,3})`, 'uy');
const DIRECTION = /^(?:BẮC|NAM|ĐÔNG|TÂY|TRUNG|THƯỢNG|HẠ)$/u;
const CAPS_STOP = /^(?:LẦN|NHIỆM|KHÓA|KHOÁ|TỔ|NĂM|THÁNG|VÀ|CỦA|VỚI|TẠI|TRONG|TIẾN|XÂY|THỰC|ĐẠT|SẴN|TRIỂN|LÀM|CÔNG|KHAI)$/u;

/** First words of level words written in several words ("thị trấn", "khu dân cư"): the name comes later. */
const MULTI_WORD_LEVEL_FIRST = new Set(ADMIN_LEVEL_WORDS.filter((l) => l.word.includes(' ')).map((l) => l.word.split(' ')[0]));

/** A unit's name opens the next word: a capital or a number ("xã Lộc Bình", "thôn 3"); "văn bản", "các xã" have none. */
function nameMayFollow(text: string, next: number | undefined): boolean {
  if (next === undefined) return false;
  const c = text.charCodeAt(next);
  return isUpperCode(c) || (c >= 48 && c <= 57) || text.startsWith('số', next);
}

const UNIT_FLAGS = FLAG.LEVEL | FLAG.COMMITTEE | FLAG.PROVINCE | FLAG.AREA;

/** Village words that are also syllables of Ê Đê and Jrai names ("Y Kuăo Buôn Yă"), written with a capital there. */
const NAME_SYLLABLE_LEVELS = new Set(['Buôn', 'Bản', 'Làng']);
const NAME_SYLLABLE = /^\p{Lu}\p{Ll}+$/u;

/** A capitalized village word right after a name's syllable (not a sentence's last word) is part of a person's name. */
function inPersonName(text: string, word: string, pos: number): boolean {
  if (!NAME_SYLLABLE_LEVELS.has(word)) return false;
  const before = wordBefore(text, pos);
  const from = pos - 1 - before.length;
  return NAME_SYLLABLE.test(before) && text.slice(Math.max(0, from - 2), from) !== '. ';
}

/** Every named unit in `text`, normal case, capitals (headlines, banners) and committees. */
export function recognizeAdminUnits(text: string): UnitMention[] {
  const out: UnitMention[] = [];
  const caps: Array<{ pos: number; word: string; words: string[] }> = [];
  const { starts, ends, flags: wordFlags } = wordsOf(text);
  for (let i = 0; i < starts.length; i++) {
    const flags = wordFlags[i];
    if ((flags & UNIT_FLAGS) === 0) continue;
    const pos = starts[i];
    const word = text.slice(pos, ends[i]);
    if (flags & FLAG.LEVEL && isAllCapsWord(text, pos, pos + word.length)) {
      CAPS_LEVEL.lastIndex = pos;
      const m = CAPS_LEVEL.exec(text);
      if (m) caps.push({ pos, word: m[1].toLowerCase(), words: m[2].split(' ') });
      continue;
    }
    if (flags & FLAG.LEVEL && (nameMayFollow(text, starts[i + 1]) || MULTI_WORD_LEVEL_FIRST.has(word.toLowerCase())) && !inPersonName(text, word, pos)) {
      const u = readUnit(text, pos);
      if (u?.name) out.push({ word: u.word, level: levelOf(u.word, u.name), name: u.name, start: u.start, end: u.end, weight: 1 });
    }
    if (flags & FLAG.COMMITTEE && startsUpper(text, pos)) {
      const org = parseOrg(text, pos);
      const w = org?.head.committee;
      if (w && org.unit?.name) out.push({ word: w, level: levelOf(w, org.unit.name), name: org.unit.name, start: pos, end: org.end, weight: 1 });
    }
    if (flags & FLAG.PROVINCE && startsUpper(text, pos)) {
      for (const name of PROVINCES_BY_FIRST_WORD.get(word.toLowerCase()) ?? []) {
        const after = pos + name.length;
        if (text.slice(pos, after).toLowerCase() !== LOWER_PROVINCE.get(name) || isWordCode(text.charCodeAt(after))) continue;
        // "tư tưởng Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh": the city only as "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh".
        if (name === 'Hồ Chí Minh' && !CITY_BEFORE.test(text.slice(Math.max(0, pos - 12), pos))) break;
        const last = out[out.length - 1];
        if (!last || last.end <= pos) out.push({ word: 'tỉnh', level: 'PROVINCE', name, start: pos, end: after, weight: 1 });
        break;
      }
    }
    if (flags & FLAG.AREA) {
      AREA.lastIndex = pos;
      const m = AREA.exec(text);
      if (m) out.push({ word: 'huyện', level: 'DISTRICT', name: m[1], start: pos, end: pos + m[0].length, weight: 0.5 });
    }
  }
  out.push(...capitalUnits(caps, out));
  return out;
}

/** "XÃ TRUNG LÝ - TỈNH THANH HÓA": the longest prefix also seen in normal case, else two words. */
function capitalUnits(caps: ReadonlyArray<{ pos: number; word: string; words: string[] }>, seen: readonly UnitMention[]): UnitMention[] {
  const out: UnitMention[] = [];
  for (const c of caps) {
    const stop = c.words.findIndex((w) => CAPS_STOP.test(w) || w === 'ỦY' || w === 'UỶ');
    const usable = stop < 0 ? c.words : c.words.slice(0, stop);
    if (usable.length === 0) continue;
    // "HÀM THUẬN BẮC", "ĐIỆN BIÊN ĐÔNG": a third word of direction belongs to the name.
    const take = usable.length >= 3 && DIRECTION.test(usable[2]) ? 3 : 2;
    let name = titleCase(usable.slice(0, take).join(' '));
    // A name seen in normal case wins over the stop words ("XÃ HỢP TIẾN" is xã Hợp Tiến when the text says so).
    // A shorter one does not cut a name of direction ("Điện Biên" is no name for "ĐIỆN BIÊN ĐÔNG").
    for (let n = c.words.length; n >= (take === 3 ? 3 : 1); n--) {
      const candidate = titleCase(c.words.slice(0, n).join(' '));
      if (seen.some((u) => u.name === candidate) || isProvinceName(candidate)) {
        name = candidate;
        break;
      }
    }
    const level = ADMIN_LEVEL_WORDS.find((l) => l.word === c.word)!.level;
    out.push({ word: c.word, level: levelOf(c.word, name, level), name, start: c.pos, end: c.pos + c.word.length, weight: 1 });
  }
  return out;
}

/** The level of a unit word; a "thành phố" whose name is a province's is a province. */
function levelOf(word: string, name: string, fallback?: AdminLevel): AdminLevel {
  if (word === 'thành phố' && isProvinceName(name)) return 'PROVINCE';
  return fallback ?? ADMIN_LEVEL_WORDS.find((l) => l.word === word)?.level ?? 'COMMUNE';
}
