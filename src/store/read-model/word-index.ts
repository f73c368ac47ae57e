/**
 * The words of every node's folded name, each with the nodes whose name
 * has it ("trinh" -> people named Trịnh, "xa" -> most communes' bodies).
 * A typed word finds the nodes having a word that starts with it: the
 * vocabulary is small (Vietnamese words are syllables), so a prefix is a
 * range of the sorted vocabulary.
 *
 * Postings only grow: a node removed or renamed leaves its old postings,
 * and callers check each candidate's current name, so a stale posting can
 * add a candidate, never a wrong answer.
 */
export class WordIndex {
  private readonly postings = new Map<string, number[]>();
  private sorted: string[] = [];
  private sortedIsStale = false;
  /** Scratch marks for intersections: stamp[node] === round when the node passed the round. */
  private stamp = new Int32Array(0);
  private round = 0;
  private topNode = -1;

  /** Indexes a node under each word of its folded name. */
  add(node: number, searchText: string): void {
    if (node > this.topNode) this.topNode = node;
    let last = '';
    for (const word of searchText.split(' ')) {
      if (word === '' || word === last) continue;
      last = word;
      const list = this.postings.get(word);
      if (list) list.push(node);
      else {
        this.postings.set(word, [node]);
        this.sortedIsStale = true;
      }
    }
  }

  /** The nodes having a word that starts with `prefix` (possibly stale, possibly repeated). */
  withPrefix(prefix: string): number[] {
    const words = this.vocabulary();
    const out: number[] = [];
    for (let i = lowerBound(words, prefix); i < words.length && words[i].startsWith(prefix); i++) {
      const list = this.postings.get(words[i])!;
      for (let j = 0; j < list.length; j++) out.push(list[j]);
    }
    return out;
  }

  /**
   * The nodes having, for every typed word, a word that starts with it (as
   * far as postings tell: callers still test the current names). Starts
   * from the rarest word's nodes and keeps those the next word reaches
   * too, as long as reading that word's postings costs less than testing
   * the names left (a posting costs about a tenth of a name test): "nguyen
   * van" reads both lists, "nguyen van hung" reads only "hung"'s.
   */
  withAllPrefixes(words: readonly string[]): number[] {
    const ranked = words.map((w) => ({ w, size: this.sizeWithPrefix(w) })).sort((a, b) => a.size - b.size);
    let round = this.nextRound();
    let nodes: number[] = [];
    this.eachWithPrefix(ranked[0].w, (n) => {
      if (this.stamp[n] !== round) {
        this.stamp[n] = round;
        nodes.push(n);
      }
    });
    for (const { w, size } of ranked.slice(1)) {
      if (size > 10 * nodes.length) break;
      round = this.nextRound();
      this.eachWithPrefix(w, (n) => (this.stamp[n] = round));
      nodes = nodes.filter((n) => this.stamp[n] === round);
    }
    return nodes;
  }

  private eachWithPrefix(prefix: string, visit: (node: number) => void): void {
    const words = this.vocabulary();
    for (let i = lowerBound(words, prefix); i < words.length && words[i].startsWith(prefix); i++) {
      const list = this.postings.get(words[i])!;
      for (let j = 0; j < list.length; j++) visit(list[j]);
    }
  }

  /** A new round of marks, the stamp array covering every node indexed. */
  private nextRound(): number {
    if (this.stamp.length <= this.topNode) {
      const grown = new Int32Array(Math.max(this.topNode + 1, this.stamp.length * 2));
      grown.set(this.stamp);
      this.stamp = grown;
    }
    return ++this.round;
  }

  /** How many postings `withPrefix` would give, without building them. */
  sizeWithPrefix(prefix: string): number {
    const words = this.vocabulary();
    let n = 0;
    for (let i = lowerBound(words, prefix); i < words.length && words[i].startsWith(prefix); i++) n += this.postings.get(words[i])!.length;
    return n;
  }

  private vocabulary(): string[] {
    if (this.sortedIsStale) {
      this.sorted = [...this.postings.keys()].sort();
      this.sortedIsStale = false;
    }
    return this.sorted;
  }
}

/** The first position whose word is not below `key`. */
function lowerBound(words: readonly string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether every typed word starts some word of the name: the match of the
 * engines' `(' ' + searchText) CONTAINS ' ' + word`.
 */
export function matchesAllWords(searchText: string, words: readonly string[]): boolean {
  for (const w of words) if (!hasWordStartingWith(searchText, w)) return false;
  return true;
}

/** Whether a word of `text` starts with `prefix` (no padded copy made: thousands of names are tested per search). */
function hasWordStartingWith(text: string, prefix: string): boolean {
  for (let i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
    if (i === 0 || text.charCodeAt(i - 1) === 0x20) return true;
  }
  return false;
}
