import { isWordCode } from './tokens';
import { ADMIN_LEVEL_WORDS } from '../lexicon/admin-levels';
import { OFFICES } from '../lexicon/offices';
import { ORG_HEADS } from '../lexicon/organizations';
import { PROVINCE_NAMES } from '../lexicon/provinces';
import { SURNAMES } from '../lexicon/surnames';

/**
 * What a word may start, looked up once per word: recognizers scan the word
 * list and try their (slower) phrase matching only where a flag says so.
 */
export const FLAG = { ORG: 1, LEVEL: 2, SURNAME: 4, COMMITTEE: 8, PROVINCE: 16, OFFICE: 32, HONORIFIC: 64, AREA: 128 } as const;

const FLAGS = new Map<string, number>();

function add(word: string, flag: number, anyCase: boolean): void {
  const variants = anyCase ? [word, word.toLowerCase(), capitalize(word.toLowerCase()), word.toUpperCase()] : [word];
  for (const v of variants) FLAGS.set(v, (FLAGS.get(v) ?? 0) | flag);
}

function capitalize(w: string): string {
  return w ? w[0].toUpperCase() + w.slice(1) : w;
}

function firstWord(phrase: string): string {
  return phrase.split(/[^\p{L}\p{N}]/u)[0];
}

for (const h of ORG_HEADS) {
  if (h.placeOnly) continue; // parsed only where a sentence places a body, never looked for
  for (const f of h.forms) add(firstWord(f), FLAG.ORG | (h.committee ? FLAG.COMMITTEE : 0), true);
  for (const a of h.abbr ?? []) add(firstWord(a), FLAG.ORG, false);
}
for (const l of ADMIN_LEVEL_WORDS) {
  add(firstWord(l.word), FLAG.LEVEL, true);
  for (const a of l.abbr ?? []) add(firstWord(a), FLAG.LEVEL, false);
}
for (const s of SURNAMES) add(s, FLAG.SURNAME, false);
for (const o of OFFICES) {
  for (const f of o.forms) add(firstWord(f), FLAG.OFFICE, false);
  for (const a of o.abbr ?? []) add(firstWord(a), FLAG.OFFICE, false);
}
for (const p of PROVINCE_NAMES) add(firstWord(p), FLAG.PROVINCE, true);

// "đại biểu HĐND tỉnh Hồ Thị X": the one title written in lowercase before a name.
add('đại', FLAG.OFFICE, false);
add('Khu', FLAG.AREA, false);
for (const h of ['đồng', 'Đồng', 'ông', 'Ông', 'bà', 'Bà', 'đ', 'Đ', 'các', 'Các', 'Thiếu', 'Trung', 'Thượng', 'Đại', 'đảng', 'Đảng', 'già', 'Già', 'chị', 'Chị', 'anh', 'Anh', 'cụ', 'Cụ', 'cháu', 'Cháu', 'bác', 'Bác', 'cô', 'Cô', 'thầy', 'Thầy', 'cử', 'Cử', 'thương', 'Thương', 'đại', 'kỹ', 'Kỹ', 'luật', 'Luật', 'tiến', 'Tiến', 'thạc', 'Thạc', 'nghệ', 'Nghệ', 'quần', 'Quần']) add(h, FLAG.HONORIFIC, false);

/** The words of a text with their flags. */
export interface FlaggedWords {
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
}

/**
 * A bitmap over a hash of the first two characters and the length of every
 * flagged word: a word whose bit is clear needs no slicing and no lookup.
 */
const shapeHash = (c0: number, c1: number, length: number) => ((c0 * 131 + c1) * 17 + length) & 0xfffff;
const SHAPES = new Uint8Array(0x100000);
for (const w of FLAGS.keys()) SHAPES[shapeHash(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length)] = 1;

/** `isWordCode` as a table below U+2000 (no word code lies above): one load per character in the scan. */
const WORD_CODE = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) WORD_CODE[c] = isWordCode(c) ? 1 : 0;

/**
 * FLAGS again as an open-addressing table by a hash of the word's char codes,
 * computed while the scan reads the word: a flagged word is found without
 * slicing it out of the text (and hashing the copy) for a Map.
 */
const TABLE_MASK = (1 << 14) - 1;
const TABLE_WORDS: Array<string | undefined> = new Array(TABLE_MASK + 1);
const TABLE_FLAGS = new Uint8Array(TABLE_MASK + 1);
const wordHash = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;
for (const [w, f] of FLAGS) {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = wordHash(h, w.charCodeAt(k));
  let at = h & TABLE_MASK;
  while (TABLE_WORDS[at] !== undefined) at = (at + 1) & TABLE_MASK;
  TABLE_WORDS[at] = w;
  TABLE_FLAGS[at] = f;
}

/** The flags of the word text[a, a + len) with hash h, as `FLAGS.get(text.slice(a, a + len)) ?? 0`. */
function flagsAt(text: string, a: number, len: number, h: number): number {
  for (let at = h & TABLE_MASK; ; at = (at + 1) & TABLE_MASK) {
    const w = TABLE_WORDS[at];
    if (w === undefined) return 0;
    if (w.length !== len) continue;
    let k = 0;
    while (k < len && w.charCodeAt(k) === text.charCodeAt(a + k)) k++;
    if (k === len) return TABLE_FLAGS[at];
  }
}

/** Texts whose words are kept: recognizers read the body, the full text and the title in turn. */
const KEPT = 4;
const recent: Array<{ text: string; words: FlaggedWords; slot: number }> = [];

/**
 * The arrays words are written into, one set more than the texts kept: a text read anew never writes into the
 * words of one still kept, and no article allocates arrays of its own (a typed array of more than 64 bytes
 * takes a backing store outside the heap, a microsecond or more to make and to free). Words returned are views
 * into these: valid until KEPT more texts are read, which no caller outlasts (each reads its words at once).
 */
const POOL: FlaggedWords[] = [];
/** Texts with more words than this get arrays of their own: a megabyte of text leaves no megabytes held. */
const POOLED_MAX_WORDS = 1 << 16;

/** Arrays for `capacity` words, in a slot no kept text uses (-1: arrays of their own). */
function buffersFor(capacity: number): { buffers: FlaggedWords; slot: number } {
  if (capacity > POOLED_MAX_WORDS) return { buffers: makeBuffers(capacity), slot: -1 };
  let slot = 0;
  while (recent.some((r) => r.slot === slot)) slot++;
  const pooled = POOL[slot];
  if (pooled && pooled.starts.length >= capacity) return { buffers: pooled, slot };
  return { buffers: (POOL[slot] = makeBuffers(Math.max(capacity, 4096))), slot };
}

function makeBuffers(capacity: number): FlaggedWords {
  return { starts: new Int32Array(capacity), ends: new Int32Array(capacity), flags: new Uint8Array(capacity) };
}

/** The flagged words of `text`, kept for the last few texts (recognizers read the body in turn). */
export function wordsOf(text: string): FlaggedWords {
  for (const r of recent) if (r.text === text) return r.words;
  // One pass over char codes: word bounds and, where the shape bitmap allows, the word's flags.
  const n = text.length;
  // A word takes at least one character and one separator: at most n/2 + 1 words.
  const { buffers, slot } = buffersFor((n >> 1) + 1);
  const { starts, ends, flags: flagBuf } = buffers;
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c >= 0x2000 || WORD_CODE[c] === 0) {
      i++;
      continue;
    }
    const a = i;
    const c0 = c;
    const c1 = ++i < n ? text.charCodeAt(i) : 0;
    let h = c0;
    c = c1;
    while (i < n && c < 0x2000 && WORD_CODE[c] === 1) {
      h = wordHash(h, c);
      c = ++i < n ? text.charCodeAt(i) : 0;
    }
    const len = i - a;
    starts[count] = a;
    ends[count] = i;
    flagBuf[count] = SHAPES[shapeHash(c0, len > 1 ? c1 : 0, len)] ? flagsAt(text, a, len, h) : 0;
    count++;
  }
  return remember(text, { starts: starts.subarray(0, count), ends: ends.subarray(0, count), flags: flagBuf.subarray(0, count) }, slot);
}

/**
 * The flagged words of `body`, a copy of `full` with stretches blanked by
 * spaces: those of `full` that still stand, without reading again.
 */
export function wordsOfBlanked(body: string, full: string): FlaggedWords {
  const all = wordsOf(full);
  const total = all.starts.length;
  const { buffers, slot } = buffersFor(total);
  const { starts, ends, flags } = buffers;
  let count = 0;
  for (let i = 0; i < total; i++) {
    if (body.charCodeAt(all.starts[i]) === 32) continue;
    flags[count] = all.flags[i];
    starts[count] = all.starts[i];
    ends[count] = all.ends[i];
    count++;
  }
  return remember(body, { starts: starts.subarray(0, count), ends: ends.subarray(0, count), flags: flags.subarray(0, count) }, slot);
}

function remember(text: string, words: FlaggedWords, slot: number): FlaggedWords {
  recent.unshift({ text, words, slot });
  if (recent.length > KEPT) recent.pop();
  return words;
}
