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
    for (const u of sorted) {
      if (u.start >= pos) break;
      if (u.start >= s.start && u.end <= pos) out.push({ word: u.word, level: u.level, name: u.name, start: u.start, end: u.end });
    }
    return out.reverse();
  };
}
