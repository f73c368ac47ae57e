import { modernizeTones } from './tone-marks';

/**
 * The article text as recognizers read it: NFC, modern tone marks, one kind
 * of dash and space, zero-width characters gone. `toOriginal[i]` is the
 * offset in the original text of normalized offset i (one entry more than
 * the text, for span ends), so every span can quote the original exactly;
 * null when offsets are unchanged (NFC input with nothing dropped).
 */
export interface NormalizedText {
  text: string;
  toOriginal: Int32Array | null;
}

export const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
export const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/;
/** Dashes, odd spaces and carriage returns in one scan (none of the replacements is matched by another class). */
const ODD_CHARS = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v\r]/g;
const oneChar = (c: string): string => (c === '\r' ? '\n' : DASHES.test(c) ? '-' : SPACES.test(c) ? ' ' : c);
/** Whether `ODD_CHARS` has anything to replace: a loop over char codes, cheaper than the regex's scan of a clean text. */
function hasOddChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2000 ? c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d || c === 0xa0 : c <= 0x200a || (c >= 0x2010 && c <= 0x2015) || c === 0x202f || c === 0x205f || c === 0x2212 || c === 0x3000 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return true;
  }
  return false;
}
export const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
/** Combining marks (NFD input) or Hangul jamo: without them the text is NFC already, as far as Vietnamese goes. */
export const NEEDS_COMPOSING = /[\u0300-\u036F\u1100-\u11FF]/;
/** o/u + a toned a, e or y ending a word: the only place old tone placement shows. */
const OLD_TONE_CLUSTER = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![\p{L}])/gu;

/**
 * The codes the patterns above match (combining marks, jamo, invisibles, dashes, odd spaces, \t \v \f \r), as
 * ranges: a table from them costs nothing at startup (tests/extraction/normalize checks it against the patterns).
 */
export const ATTENTION_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x09, 0x09], [0x0b, 0x0d], [0xa0, 0xa0], [0xad, 0xad], [0x300, 0x36f], [0x1100, 0x11ff], [0x2000, 0x200d], [0x2010, 0x2015],
  [0x202f, 0x202f], [0x205f, 0x2060], [0x2212, 0x2212], [0x3000, 0x3000], [0xfe58, 0xfe58], [0xfe63, 0xfe63], [0xfeff, 0xfeff], [0xff0d, 0xff0d],
];
/** By UTF-16 code: 1 a code the normalizer changes or drops, 2 an o or u, 4 a toned a, e or y (old tone placement). */
const ATTENTION = new Uint8Array(0x10000);
for (const [from, to] of ATTENTION_RANGES) ATTENTION.fill(1, from, to + 1);
for (const ch of 'oOuU') ATTENTION[ch.charCodeAt(0)] = 2;
for (const ch of 'àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ') ATTENTION[ch.charCodeAt(0)] = 4;

/** A cluster `OLD_TONE_CLUSTER` found at `at`, in the modern placement ("hoà" -> "hòa"; "quả" and "uả" stay). */
function modernizeAt(pair: string, at: number, all: string): string {
  return at > 0 && /[qQ]/.test(all[at - 1]) ? pair : modernizeTones(pair);
}

const OLD_TONE_AT = new RegExp(OLD_TONE_CLUSTER.source, 'uy');

/** Whether the text changes at `i`, an o/u before a toned vowel: "hoà" does; "hoàng", "quả", "uả" do not. */
function toneChangesAt(text: string, i: number): boolean {
  OLD_TONE_AT.lastIndex = i;
  if (!OLD_TONE_AT.test(text)) return false;
  const pair = text.slice(i, i + 2);
  return modernizeAt(pair, i, text) !== pair;
}

/**
 * Whether the text is already as recognizers read it: one scan over char codes (the usual article) instead of
 * the scans of the patterns above, each of which would find nothing.
 */
export function isPlain(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const a = ATTENTION[text.charCodeAt(i)];
    if (a === 1 || (a === 2 && i < last && ATTENTION[text.charCodeAt(i + 1)] === 4 && toneChangesAt(text, i))) return false;
  }
  return true;
}

/** Normalizes `original` and keeps the offset map back to it. */
export function normalizeText(original: string): NormalizedText {
  if (isPlain(original)) return { text: original, toOriginal: null };
  const composed = composeWithOffsets(original);
  const plain = hasOddChar(composed.text) ? composed.text.replace(ODD_CHARS, oneChar) : composed.text;
  const text = plain.replace(OLD_TONE_CLUSTER, modernizeAt);
  return { text, toOriginal: composed.toOriginal };
}

/** NFC with an offset map; a fast path when the text is NFC already and has nothing to drop. */
function composeWithOffsets(original: string): NormalizedText {
  if (!NEEDS_COMPOSING.test(original) && !INVISIBLE.test(original)) return { text: original, toOriginal: null };
  const out: string[] = [];
  const map: number[] = [];
  const cluster = /\P{M}\p{M}*|\p{M}+/gsuy;
  let m: RegExpExecArray | null;
  while ((m = cluster.exec(original)) !== null) {
    if (INVISIBLE.test(m[0])) continue;
    const nfc = m[0].normalize('NFC');
    for (let k = 0; k < nfc.length; k++) map.push(m.index);
    out.push(nfc);
  }
  map.push(original.length);
  return { text: out.join(''), toOriginal: Int32Array.from(map) };
}
