/**
 * Old-style tone placement rewritten to the modern one, keeping the length:
 * in an open syllable the clusters oa, oe, uy carry the tone on the first
 * vowel ("hoà" -> "hòa", "khoẻ" -> "khỏe", "uỷ" -> "ủy"), except after "q"
 * ("quý" keeps its tone on y). Input and output are NFC.
 */
export function modernizeTones(word: string): string {
  if (word.length < 2) return word;
  const last = word.length - 1;
  const second = TONED.get(word[last]);
  if (!second) return word;
  const first = word[last - 1];
  const pair = PAIRS.get(first);
  if (!pair || !pair.includes(second.base.toLowerCase())) return word;
  if ((first === 'u' || first === 'U') && last >= 2 && /[qQ]/.test(word[last - 2])) return word;
  const movedFirst = (first + second.mark).normalize('NFC');
  return word.slice(0, last - 1) + movedFirst + second.base;
}

const MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const PAIRS = new Map<string, string>([
  ['o', 'ae'], ['O', 'ae'], ['u', 'y'], ['U', 'y'],
]);
/** Toned a, e, y (either case) to their base letter and tone mark. */
const TONED = new Map<string, { base: string; mark: string }>();
for (const base of ['a', 'e', 'y', 'A', 'E', 'Y']) {
  for (const mark of MARKS) TONED.set((base + mark).normalize('NFC'), { base, mark });
}
