/**
 * A map from words to values, asked with a stretch of a text: the word is
 * hashed and compared where it stands, not sliced out (a new string) and
 * hashed again for a Map. Open addressing over a power-of-two table.
 */
export class WordTable<V> {
  private readonly words: Array<string | undefined>;
  private readonly values: Array<V | undefined>;
  private readonly mask: number;

  constructor(entries: Iterable<readonly [string, V]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.mask = size - 1;
    this.words = new Array(size).fill(undefined);
    this.values = new Array(size).fill(undefined);
    for (const [w, v] of list) {
      let at = hashOf(w, 0, w.length) & this.mask;
      while (this.words[at] !== undefined && this.words[at] !== w) at = (at + 1) & this.mask;
      this.words[at] = w;
      this.values[at] = v;
    }
  }

  /** The value of the word text[start, end), as `map.get(text.slice(start, end))`. */
  get(text: string, start: number, end: number): V | undefined {
    const len = end - start;
    for (let at = hashOf(text, start, end) & this.mask; ; at = (at + 1) & this.mask) {
      const w = this.words[at];
      if (w === undefined) return undefined;
      if (w.length !== len) continue;
      let k = 0;
      while (k < len && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return this.values[at];
    }
  }
}

function hashOf(s: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
