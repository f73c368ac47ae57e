/**
 * The sticky alternation phrase-matcher compiles, `(?:p1|p2|...)(?![\p{L}\p{N}])`
 * with words joined by `[ ]+`, as a trie over char codes walked once from a
 * position: the regex takes the first alternative (in its order) that matches
 * and is not followed by a letter or digit, and so does the walk, by rank.
 * Case-insensitive tries compare lowercased codes; where the regex's case
 * folding and `toLowerCase` could part ("ſ" folds to "s"), or past the table,
 * the walk gives up and the regex answers (tests check every code below it).
 */
export interface TrieNode {
  readonly codes: number[];
  readonly next: TrieNode[];
  /** Where a run of spaces leads (`[ ]+` between words). */
  spaced: TrieNode | null;
  /** The phrase ending here: its place among the alternatives (-1: none). */
  rank: number;
}

/** The walk's answers besides an end offset. */
export const NO_MATCH = -1;
export const ASK_REGEX = -2;

/** Codes below this are folded by table; a code at or above it sends a case-insensitive walk to the regex. */
export const FOLD_LIMIT = 0x2100;
/** `toLowerCase` of each code where it is one code, else the code. */
export const FOLD = new Uint16Array(FOLD_LIMIT);
/** Codes whose case class in a `iu` regex may differ from their `toLowerCase` class. */
export const ODD = new Uint8Array(FOLD_LIMIT);
/** `[\p{L}\p{N}]` by code (the lookahead after a phrase). */
const LETTER_OR_DIGIT = new Uint8Array(FOLD_LIMIT);
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;
for (let c = 0; c < FOLD_LIMIT; c++) {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  FOLD[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  // One code each way and a round trip to the same pair, else odd ("ſ", "ı", "µ", "ς", "İ"); "Σ" lowercases by context.
  ODD[c] = lower.length !== 1 || upper.length !== 1 || upper.toLowerCase() !== lower || c === 0x3a3 ? 1 : 0;
  LETTER_OR_DIGIT[c] = /[\p{L}\p{N}]/u.test(ch) ? 1 : 0;
}

/** The trie of `phrases` (rank = index), or null when a phrase has a code the walk cannot compare. */
export function buildTrie(phrases: readonly string[], caseless: boolean): TrieNode | null {
  const root = makeNode();
  for (let rank = 0; rank < phrases.length; rank++) {
    let node = root;
    const words = phrases[rank].split(/\s+/);
    for (let w = 0; w < words.length; w++) {
      if (words[w] === '') return null; // a phrase opening or closing with a space: left to the regex
      if (w > 0) node = node.spaced ?? (node.spaced = makeNode());
      for (let k = 0; k < words[w].length; k++) {
        const c = words[w].charCodeAt(k);
        if (caseless && (c >= FOLD_LIMIT || ODD[c])) return null;
        node = child(node, caseless ? FOLD[c] : c);
      }
    }
    if (node.rank < 0) node.rank = rank;
  }
  return root;
}

function makeNode(): TrieNode {
  return { codes: [], next: [], spaced: null, rank: -1 };
}

function child(node: TrieNode, code: number): TrieNode {
  const at = node.codes.indexOf(code);
  if (at >= 0) return node.next[at];
  node.codes.push(code);
  node.next.push(makeNode());
  return node.next[node.next.length - 1];
}

/** The rank of the phrase the last walk matched. */
export let matchedRank = -1;

/**
 * The end of the phrase the regex would match at `pos` (its rank in `matchedRank`), NO_MATCH, or
 * ASK_REGEX where a case-insensitive walk meets a code it cannot fold.
 */
export function walkTrie(root: TrieNode, caseless: boolean, text: string, pos: number): number {
  const n = text.length;
  let node = root;
  let i = pos;
  let bestRank = Infinity;
  let bestEnd = NO_MATCH;
  for (;;) {
    if (node.rank >= 0 && node.rank < bestRank && !letterOrDigitAt(text, i)) {
      bestRank = node.rank;
      bestEnd = i;
    }
    if (i >= n) break;
    let c = text.charCodeAt(i);
    if (c === 32) {
      if (node.spaced === null) break;
      while (++i < n && text.charCodeAt(i) === 32);
      node = node.spaced;
      continue;
    }
    if (node.codes.length === 0) break;
    if (caseless) {
      if (c >= FOLD_LIMIT || ODD[c]) return ASK_REGEX;
      c = FOLD[c];
    }
    const at = node.codes.indexOf(c);
    if (at < 0) break;
    node = node.next[at];
    i++;
  }
  matchedRank = bestEnd === NO_MATCH ? -1 : bestRank;
  return bestEnd;
}

/** `(?=[\p{L}\p{N}])` at `i`, by table below FOLD_LIMIT (surrogate pairs and the rest by the regex). */
function letterOrDigitAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < FOLD_LIMIT) return LETTER_OR_DIGIT[c] === 1;
  LETTER_OR_DIGIT_AT.lastIndex = i;
  return LETTER_OR_DIGIT_AT.test(text);
}
