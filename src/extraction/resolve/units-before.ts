import type { AdminLevel } from '../../domain/kinds';
import type { UnitMention } from '../recognize/admin-unit-recognizer';
import { sentenceAt, sentenceIndexAt, type SentenceRange } from '../recognize/sentences';
import type { UnitRef } from '../recognize/unit-ref';
import type { ArticleContext } from './article-context';

/** How far before its sentence a unit the article's context leaves open may be named. */
const OPEN_REACH = 1500;

/** The commune and district levels, each with the levels written alike ("xã", "phường", "thị trấn"). */
const COMMUNES = { open: (ctx: ArticleContext) => !ctx.commune, levels: new Set<AdminLevel>(['COMMUNE', 'WARD', 'TOWN']) };
const LEVEL_GROUPS: ReadonlyArray<{ open: (ctx: ArticleContext) => boolean; levels: ReadonlySet<AdminLevel> }> = [
  COMMUNES,
  { open: (ctx) => !ctx.district, levels: new Set<AdminLevel>(['DISTRICT']) },
];

/**
 * The units named before a position in its sentence, the nearest first: a bare level word
 * after them means the one just named ("Đồng chí A - Chủ tịch UBND xã Na Ư và đồng chí B -
 * Phó Chủ tịch HĐND xã": xã Na Ư). Then, at a level for which the article has no unit of its own
 * (a story of two communes told one after the other: "* Tại xã Đồng Tâm ... Bí thư Đảng ủy xã"),
 * the nearest unit of that level named in the sentences before.
 */
export function unitsBeforeIn(
  text: string, units: readonly UnitMention[], sentences: readonly SentenceRange[], ctx?: ArticleContext,
): (pos: number) => UnitRef[] {
  const sorted = [...units].sort((a, b) => a.start - b.start);
  const open = ctx ? LEVEL_GROUPS.filter((g) => g.open(ctx)) : [];
  return (pos) => {
    const s = sentenceAt(sentences, pos);
    if (!s) return [];
    const out: UnitRef[] = [];
    const first = firstFrom(sorted, s.start);
    for (let k = first; k < sorted.length && sorted[k].start < pos; k++) {
      const u = sorted[k];
      if (u.end <= pos) out.push(refOf(u));
    }
    out.reverse();
    const visited = ctx && !open.includes(COMMUNES) ? visitedBefore(text, sorted, sentences, s, first) : null;
    if (visited && visited.name !== ctx?.commune?.name) out.push(refOf(visited));
    for (const g of open) {
      for (let k = first - 1; k >= 0 && sorted[k].start >= s.start - OPEN_REACH; k--) {
        if (g.levels.has(sorted[k].level)) {
          out.push(refOf(sorted[k]));
          break;
        }
      }
    }
    return out;
  };
}

/** A body of a commune named right before it: "làm việc với Đảng ủy xã X", "kiểm tra tại Đảng ủy xã X". */
const BODY_BEFORE = /(?:Đảng ủy|Đảng bộ|Ban Thường vụ Đảng ủy|UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân)[ ]+$/u;

/**
 * "Ngày 15/9, đoàn tiếp tục kiểm tra tại Đảng ủy xã Khuổi Lừa. Đồng chí A, Bí thư Đảng ủy xã báo cáo": the
 * commune whose body the sentence before (in the same paragraph) names is the one a bare "xã" speaks of, though
 * the article's own is another (a delegation's story of two communes in turn); a commune named in passing
 * ("giáp xã Pa Tần") is not.
 */
function visitedBefore(
  text: string, sorted: readonly UnitMention[], sentences: readonly SentenceRange[], s: SentenceRange, first: number,
): UnitMention | null {
  const k = sentenceIndexAt(sentences, s.start);
  const prev = k > 0 ? sentences[k - 1] : null;
  if (!prev || text.slice(prev.end, s.start).includes('\n')) return null;
  for (let j = first - 1; j >= 0 && sorted[j].start >= prev.start; j--) {
    const u = sorted[j];
    if (!COMMUNES.levels.has(u.level)) continue;
    return BODY_BEFORE.test(text.slice(Math.max(0, u.start - 24), u.start)) ? u : null;
  }
  return null;
}

function refOf(u: UnitMention): UnitRef {
  return { word: u.word, level: u.level, name: u.name, start: u.start, end: u.end };
}

/** The index of the first unit starting at or after `from` (binary search). */
function firstFrom(sorted: readonly UnitMention[], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
