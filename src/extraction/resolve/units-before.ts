import type { UnitMention } from '../recognize/admin-unit-recognizer';
import { sentenceAt, type SentenceRange } from '../recognize/sentences';
import type { UnitRef } from '../recognize/unit-ref';

/**
 * The units named before a position in its sentence, the nearest first: a bare level word
 * after them means the one just named ("Đồng chí A - Chủ tịch UBND xã Na Ư và đồng chí B -
 * Phó Chủ tịch HĐND xã": xã Na Ư).
 */
export function unitsBeforeIn(units: readonly UnitMention[], sentences: readonly SentenceRange[]): (pos: number) => UnitRef[] {
  const sorted = [...units].sort((a, b) => a.start - b.start);
  return (pos) => {
    const s = sentenceAt(sentences, pos);
    if (!s) return [];
    const out: UnitRef[] = [];
    for (let k = firstFrom(sorted, s.start); k < sorted.length && sorted[k].start < pos; k++) {
      const u = sorted[k];
      if (u.end <= pos) out.push({ word: u.word, level: u.level, name: u.name, start: u.start, end: u.end });
    }
    return out.reverse();
  };
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
