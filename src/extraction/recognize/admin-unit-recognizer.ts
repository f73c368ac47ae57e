import type { AdminLevel } from '../../domain/kinds';
import { ADMIN_LEVEL_WORDS } from '../lexicon/admin-levels';
import { ORG_HEADS } from '../lexicon/organizations';
import { PROVINCE_NAMES } from '../lexicon/provinces';
import { readUnit } from './org-phrase';
import { isProvinceName, titleCase } from './scan';

/** A named unit in the text: "xã Lộc Bình", "Huyện ủy Lấp Vò" (huyện Lấp Vò), a bare province name. */
export interface UnitMention {
  word: string; // level word: "xã", "huyện"
  level: AdminLevel;
  name: string;
  start: number;
  end: number;
  weight: number; // 1 for a plain mention; less for capitals, "Khu vực X"
}

const LEVEL_START = new RegExp(`(?<![\\p{L}])(?:${ADMIN_LEVEL_WORDS.map((l) => l.word).join('|')})(?![\\p{L}])`, 'giu');
const COMMITTEE = new RegExp(
  `(?<![\\p{L}])(${ORG_HEADS.filter((h) => h.committee).map((h) => h.forms[0]).join('|')})[ ]+(\\p{Lu}\\p{Ll}*(?:[ ]\\p{Lu}\\p{Ll}*){0,3})`,
  'gu',
);
const PROVINCE = new RegExp(`(?<![\\p{L}])(${PROVINCE_NAMES.join('|')})(?![\\p{L}])`, 'giu');
const AREA = /(?<![\p{L}])Khu vực[ ]+(\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){0,3})/gu;
const CAPS_STOP = /^(?:LẦN|NHIỆM|KHÓA|KHOÁ|TỔ|NĂM|THÁNG|VÀ|CỦA|VỚI|TẠI|TRONG|TIẾN|XÂY|THỰC|ĐẠT|SẴN|TRIỂN|LÀM|CÔNG|KHAI)$/u;

/** Every named unit in `text`, normal case, capitals (headlines, banners) and committees. */
export function recognizeAdminUnits(text: string): UnitMention[] {
  const out: UnitMention[] = [];
  for (const m of text.matchAll(LEVEL_START)) {
    if (/^\p{Lu}{2}/u.test(m[0])) continue;
    const u = readUnit(text, m.index);
    if (u?.name) out.push({ word: u.word, level: levelOf(u.word, u.name), name: u.name, start: u.start, end: u.end, weight: 1 });
  }
  for (const m of text.matchAll(COMMITTEE)) {
    const head = ORG_HEADS.find((h) => h.forms[0].toLowerCase() === m[1].toLowerCase() && h.committee)!;
    const word = head.committee!;
    out.push({ word, level: levelOf(word, m[2]), name: m[2], start: m.index, end: m.index + m[0].length, weight: 1 });
  }
  for (const m of text.matchAll(PROVINCE)) {
    const name = PROVINCE_NAMES.find((p) => p.toLowerCase() === m[1].toLowerCase())!;
    if (out.some((u) => u.start <= m.index && m.index < u.end)) continue;
    out.push({ word: 'tỉnh', level: 'PROVINCE', name, start: m.index, end: m.index + m[0].length, weight: 1 });
  }
  for (const m of text.matchAll(AREA)) {
    out.push({ word: 'huyện', level: 'DISTRICT', name: m[1], start: m.index, end: m.index + m[0].length, weight: 0.5 });
  }
  out.push(...capitalUnits(text, out));
  return out;
}

/** "XÃ TRUNG LÝ - TỈNH THANH HÓA": the longest prefix also seen in normal case, else two words. */
function capitalUnits(text: string, seen: readonly UnitMention[]): UnitMention[] {
  const out: UnitMention[] = [];
  const caps = new RegExp(`(?<![\\p{L}])(${ADMIN_LEVEL_WORDS.map((l) => l.word.toUpperCase()).join('|')})[ ]+(\\p{Lu}+(?:[ ]\\p{Lu}+){0,3})`, 'gu');
  for (const m of text.matchAll(caps)) {
    const word = m[1].toLowerCase();
    const words = m[2].split(' ');
    const stop = words.findIndex((w) => CAPS_STOP.test(w) || w === 'ỦY' || w === 'UỶ');
    const usable = stop < 0 ? words : words.slice(0, stop);
    if (usable.length === 0) continue;
    let name = titleCase(usable.slice(0, 2).join(' '));
    for (let n = usable.length; n >= 1; n--) {
      const candidate = titleCase(usable.slice(0, n).join(' '));
      if (seen.some((u) => u.name === candidate) || isProvinceName(candidate)) {
        name = candidate;
        break;
      }
    }
    const level = ADMIN_LEVEL_WORDS.find((l) => l.word === word)!.level;
    out.push({ word, level: levelOf(word, name, level), name, start: m.index, end: m.index + m[0].length, weight: 1 });
  }
  return out;
}

/** The level of a unit word; a "thành phố" whose name is a province's is a province. */
function levelOf(word: string, name: string, fallback?: AdminLevel): AdminLevel {
  if (word === 'thành phố' && isProvinceName(name)) return 'PROVINCE';
  return fallback ?? ADMIN_LEVEL_WORDS.find((l) => l.word === word)?.level ?? 'COMMUNE';
}
