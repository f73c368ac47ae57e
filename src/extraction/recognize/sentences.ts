/** A sentence of the body: offsets of its first and past-last character. */
export interface SentenceRange {
  start: number;
  end: number;
}

/** One character of white space (the characters `trim` removes, as /\s/ reads them), by its code. */
function isWhite(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** Where a sentence may end: not after a unit's or title's abbreviation ("(TP. Biên Hòa)", "TX. Bến Cát", "Đ/c. Lan"). */
const NOT_AFTER_ABBREVIATION = /(?<!(?:^|[^\p{L}])(?:TP|Tp|TX|Tx|TT|P|Q|H|Đ\/c|đ\/c|Th\.S|ThS|TS|PGS|GS|BS|KS|Ths))/uy;
/** What opens the next sentence after the spaces that follow its punctuation. */
const OPENS_SENTENCE = /[\p{Lu}"“(]/uy;

const isStop = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026; // . ! ? …

/**
 * Splits at line breaks and at a run of sentence punctuation followed by spaces and a capital (or a line
 * break, or the end); blank stretches are dropped. One scan over char codes: the same cuts as the pattern
 * /\n+|(?<!abbreviation)[.!?…]+(?=[ ]+[\p{Lu}"“(]|[ ]*\n|[ ]*$)/gu, found without trying it at every
 * character (a run whose first mark follows an abbreviation may still end a sentence at its second mark).
 */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  const n = text.length;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isWhite(text.charCodeAt(s))) s++;
    if (s < end) out.push({ start: s, end }); // text[s] is no white space: the stretch is not blank
  };
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      let e = i + 1;
      while (e < n && text.charCodeAt(e) === 10) e++;
      push(i);
      start = i = e;
    } else if (isStop(c)) {
      let e = i + 1;
      while (e < n && isStop(text.charCodeAt(e))) e++;
      if (endsSentence(text, e) && (e - i > 1 || mayEndAt(text, i))) {
        push(e);
        start = e;
      }
      i = e;
    } else i++;
  }
  push(n);
  return out;
}

/** Whether spaces and a capital, spaces and a line break, or spaces and the end follow `e`. */
function endsSentence(text: string, e: number): boolean {
  let j = e;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  if (j === text.length || text.charCodeAt(j) === 10) return true;
  if (j === e) return false;
  const c = text.charCodeAt(j);
  if (c < 128) return (c >= 65 && c <= 90) || c === 0x22 || c === 0x28; // A-Z " (
  OPENS_SENTENCE.lastIndex = j;
  return OPENS_SENTENCE.test(text);
}

/** The last letters of the abbreviations: a mark after any other character ends no abbreviation. */
const ABBREVIATION_ENDS = new Set(['P', 'p', 'X', 'x', 'T', 'Q', 'H', 'c', 'S', 's'].map((ch) => ch.charCodeAt(0)));

function mayEndAt(text: string, i: number): boolean {
  if (i === 0 || !ABBREVIATION_ENDS.has(text.charCodeAt(i - 1))) return true;
  NOT_AFTER_ABBREVIATION.lastIndex = i;
  return NOT_AFTER_ABBREVIATION.test(text);
}

/** The sentence holding offset `pos` (binary search), or null. */
export function sentenceAt(sentences: readonly SentenceRange[], pos: number): SentenceRange | null {
  const i = sentenceIndexAt(sentences, pos);
  return i < 0 ? null : sentences[i];
}

/** The index of the sentence holding offset `pos` (binary search), or -1. */
export function sentenceIndexAt(sentences: readonly SentenceRange[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
