/** A sentence of the body: offsets of its first and past-last character. */
export interface SentenceRange {
  start: number;
  end: number;
}

/** One character of white space (the characters `trim` removes). */
const WHITE = /\s/;
/** Not after a unit's or title's abbreviation: "(TP. Biên Hòa)", "TX. Bến Cát", "Đ/c. Lan". */
const BOUNDARY = /\n+|(?=[.!?…])(?<!(?:^|[^\p{L}])(?:TP|Tp|TX|Tx|TT|P|Q|H|Đ\/c|đ\/c|Th\.S|ThS|TS|PGS|GS|BS|KS|Ths))[.!?…]+(?=[ ]+[\p{Lu}"“(]|[ ]*\n|[ ]*$)/gu;

/** Splits at line breaks and at sentence punctuation followed by a capital; blank stretches are dropped. */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && WHITE.test(text[s])) s++;
    if (s < end) out.push({ start: s, end }); // text[s] is no white space: the stretch is not blank
  };
  for (const m of text.matchAll(BOUNDARY)) {
    push(m.index + (m[0][0] === '\n' ? 0 : m[0].length));
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** The sentence holding offset `pos` (binary search), or null. */
export function sentenceAt(sentences: readonly SentenceRange[], pos: number): SentenceRange | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
