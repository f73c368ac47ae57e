import type { AdminLevel } from '../../domain/kinds';
import type { UnitMention } from '../recognize/admin-unit-recognizer';
import { sentenceAt, type SentenceRange } from '../recognize/sentences';
import type { UnitRef } from '../recognize/unit-ref';
import type { ArticleContext } from './article-context';

/** How far before its sentence a unit the article's context leaves open may be named. */
const OPEN_REACH = 1500;

/** The commune and district levels, each with the levels written alike ("xã", "phường", "thị trấn"). */
const LEVEL_GROUPS: ReadonlyArray<{ open: (ctx: ArticleContext) => boolean; levels: ReadonlySet<AdminLevel> }> = [
  { open: (ctx) => !ctx.commune, levels: new Set<AdminLevel>(['COMMUNE', 'WARD', 'TOWN']) },
  { open: (ctx) => !ctx.district, levels: new Set<AdminLevel>(['DISTRICT']) },
];

/**
 * The units named before a position in its sentence, the nearest first: a bare level word
 * after them means the one just named ("Đồng chí A - Chủ tịch UBND xã Na Ư và đồng chí B -
 * Phó Chủ tịch HĐND xã": xã Na Ư). Then, at a level for which the article has no unit of its own
 * (a story of two communes told one after the other: "* Tại xã Đồng Tâm ... Bí thư Đảng ủy xã"),
 * the nearest unit of that level named in the sentences before.
 */
export function unitsBeforeIn(units: readonly UnitMention[], sentences: readonly SentenceRange[], ctx?: ArticleContext): (pos: number) => UnitRef[] {
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
