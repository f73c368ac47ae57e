import { LEVEL_RANK } from '../lexicon/admin-levels';
import type { UnitMention } from '../recognize/admin-unit-recognizer';
import type { ContextUnit } from '../resolve/article-context';

/**
 * Parents the text states by naming a unit right after another of a higher
 * level: "thôn Pá Chí, xã Thanh Long", "phường Hòa Xuân (quận Cẩm Lệ)".
 * Keyed by "LEVEL|name" of the lower unit.
 */
export function statedParents(units: readonly UnitMention[]): Map<string, ContextUnit> {
  const out = new Map<string, ContextUnit>();
  const sorted = [...units].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (b.start - a.end > 3 || LEVEL_RANK[b.level] >= LEVEL_RANK[a.level]) continue;
    const key = `${a.level}|${a.name}`;
    if (!out.has(key)) out.set(key, { word: b.word, level: b.level, name: b.name });
  }
  return out;
}
