import { ASK_REGEX, buildTrie, matchedRank, NO_MATCH, walkTrie, type TrieNode } from './phrase-trie';
import { isWordCode, wordEnd } from './tokens';
import { WordTable } from './word-table';

/**
 * Longest-first matching of lexicon phrases at a position, with any run of
 * spaces between words: `forms` in any case ("ủy ban nhân dân"), `abbr`
 * exactly as written ("UBND", "TU"), since short capitals are also words.
 */
export interface PhraseSource<T> {
  readonly forms: readonly string[];
  readonly abbr?: readonly string[];
  readonly entry: T;
}

export interface PhraseMatch<T> {
  entry: T;
  start: number;
  end: number;
}

/** The phrases of one first word: their alternation, and the same as a trie with each alternative's entry. */
interface PhraseGroup<T> {
  readonly re: RegExp;
  readonly trie: TrieNode | null;
  readonly entries: ReadonlyArray<T | undefined>;
}

export class PhraseMatcher<T> {
  /** Phrases per first word (lowercase for any-case phrases, as written for abbreviations): small alternations. */
  private readonly anyCaseByWord = new Map<string, PhraseGroup<T>>();
  private readonly exactByWord = new Map<string, PhraseGroup<T>>();
  private readonly byLower = new Map<string, T>();
  private readonly byExact = new Map<string, T>();
  private readonly firstWords = new Set<string>();
  private readonly exactFirstWords = new Set<string>();
  private readonly anyCaseFirst = new Set<string>();
  /** The phrases to try after a first word as written, in one lookup (built from the maps above, once). */
  private readonly byFirst = new Map<string, { loose: PhraseGroup<T> | undefined; exact: PhraseGroup<T> | undefined }>();
  /** `byFirst` asked with the word where it stands in the text (no slice). */
  private readonly byFirstInText: WordTable<{ loose: PhraseGroup<T> | undefined; exact: PhraseGroup<T> | undefined }>;
  // No memo of matches by position: recognizers ask again at a sixth of the places or fewer, and a memo
  // (a map, or a table by position) cost more than the regexes it saved (measured on the corpus and the sets).

  constructor(sources: ReadonlyArray<PhraseSource<T>>) {
    const loose: string[] = [];
    const exact: string[] = [];
    for (const s of sources) {
      for (const f of s.forms) {
        const key = squash(f).toLowerCase();
        if (!this.byLower.has(key)) this.byLower.set(key, s.entry);
        loose.push(f);
        this.addFirst(f, true);
      }
      for (const a of s.abbr ?? []) {
        if (!this.byExact.has(squash(a))) this.byExact.set(squash(a), s.entry);
        exact.push(a);
        this.addFirst(a, false);
      }
    }
    for (const [w, list] of groupByFirstWord(loose, true)) {
      const group = this.group(list, true);
      for (const v of [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]) this.anyCaseByWord.set(v, group);
    }
    for (const [w, list] of groupByFirstWord(exact, false)) this.exactByWord.set(w, this.group(list, false));
    for (const w of this.firstWords) {
      this.byFirst.set(w, { loose: this.anyCaseByWord.get(w), exact: this.exactFirstWords.has(w) ? this.exactByWord.get(w) : undefined });
    }
    this.byFirstInText = new WordTable(this.byFirst);
  }

  /** The alternation of `phrases`, its trie, and the entry each alternative's text is looked up to. */
  private group(phrases: readonly string[], caseless: boolean): PhraseGroup<T> {
    const sorted = alternatives(phrases, caseless);
    const entries = sorted.map((p) => (caseless ? this.byLower.get(squash(p).toLowerCase()) : this.byExact.get(squash(p))));
    return { re: compile(sorted, caseless ? 'iuy' : 'uy'), trie: buildTrie(sorted, caseless), entries };
  }

  /** Remembers a phrase's first word in the cases text may write it ("ủy", "Ủy", "ỦY"). */
  private addFirst(phrase: string, anyCase: boolean): void {
    const w = phrase.split(/[^\p{L}\p{N}]/u)[0];
    this.firstWords.add(w);
    if (!anyCase) {
      this.exactFirstWords.add(w);
      return;
    }
    const lower = w.toLowerCase();
    for (const v of [w, lower, lower[0].toUpperCase() + lower.slice(1), w.toUpperCase()]) {
      this.firstWords.add(v);
      this.anyCaseFirst.add(v);
    }
  }

  private anyCaseFirstWord(word: string): boolean {
    return this.anyCaseFirst.has(word);
  }

  /** True when some phrase starts with the word at `pos` (a cheap test before `matchAt`). */
  mayStartAt(text: string, pos: number): boolean {
    return this.firstWords.has(text.slice(pos, wordEnd(text, pos)));
  }

  /** The longest phrase starting exactly at `pos` (of those `accept` takes), or null. */
  matchAt(text: string, pos: number, accept?: (entry: T) => boolean): PhraseMatch<T> | null {
    if (pos > 0 && isWordCode(text.charCodeAt(pos - 1))) return null;
    const first = this.byFirstInText.get(text, pos, wordEnd(text, pos));
    if (first === undefined) return null;
    // Any-case phrases first, then abbreviations: the longer wins, the first on a tie.
    const loose = this.tryGroup(first.loose, this.byLower, true, text, pos, accept, null);
    return this.tryGroup(first.exact, this.byExact, false, text, pos, accept, loose);
  }

  /** `best`, or the phrase `group` matches at `pos` when that one is known, accepted and longer. */
  private tryGroup(
    group: PhraseGroup<T> | undefined,
    map: Map<string, T>,
    lower: boolean,
    text: string,
    pos: number,
    accept: ((entry: T) => boolean) | undefined,
    best: PhraseMatch<T> | null,
  ): PhraseMatch<T> | null {
    if (!group) return best;
    // The trie answers as the regex would, without its backtracking over every alternative (see phrase-trie).
    const walked = group.trie ? walkTrie(group.trie, lower, text, pos) : ASK_REGEX;
    if (walked !== ASK_REGEX) {
      if (walked === NO_MATCH || (best && walked <= best.end)) return best;
      const found = group.entries[matchedRank];
      return found !== undefined && (!accept || accept(found)) ? { entry: found, start: pos, end: walked } : best;
    }
    const re = group.re;
    re.lastIndex = pos;
    // `test`, not `exec`: no match array to build; the sticky regex leaves its end in lastIndex.
    if (!re.test(text)) return best;
    const end = re.lastIndex;
    if (best && end <= best.end) return best;
    const written = text.slice(pos, end);
    const entry = map.get(lower ? lowerKey(written) : squash(written));
    if (entry !== undefined && (!accept || accept(entry))) return { entry, start: pos, end };
    return best;
  }
}

function groupByFirstWord(phrases: readonly string[], lower: boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of phrases) {
    const w = p.split(/[^\p{L}\p{N}]/u)[0];
    const k = lower ? w.toLowerCase() : w;
    out.set(k, [...(out.get(k) ?? []), p]);
  }
  return out;
}

const LOWER_KEYS = new Map<string, string>();

/** The lookup key of a phrase as written, remembered: the same few phrases recur, and lowercasing Vietnamese is not free. */
function lowerKey(written: string): string {
  let k = LOWER_KEYS.get(written);
  if (k === undefined) {
    if (LOWER_KEYS.size > 10_000) LOWER_KEYS.clear();
    LOWER_KEYS.set(written, (k = squash(written).toLowerCase()));
  }
  return k;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** The alternatives in the order the regex tries them: longest first, one spelling each. */
function alternatives(phrases: readonly string[], caseless: boolean): string[] {
  // A case-insensitive regex needs one spelling per phrase: "Phó Trưởng Ban" covers "Phó Trưởng ban" (fewer alternatives to try).
  const unique = new Map(phrases.map((p) => [caseless ? p.toLowerCase() : p, p]));
  return [...unique.values()].sort((a, b) => b.length - a.length);
}

function compile(sorted: readonly string[], flags: string): RegExp {
  const alts = sorted.map((p) => p.split(/\s+/).map(escape).join('[ ]+'));
  return new RegExp(`(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

function escape(s: string): string {
  // "-" needs no escape outside a class, and the u flag refuses "\-" there.
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
