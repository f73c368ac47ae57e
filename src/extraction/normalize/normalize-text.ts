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

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/;
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
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
/** Combining marks (NFD input) or Hangul jamo: without them the text is NFC already, as far as Vietnamese goes. */
const NEEDS_COMPOSING = /[\u0300-\u036F\u1100-\u11FF]/;
/** o/u + a toned a, e or y ending a word: the only place old tone placement shows. */
const OLD_TONE_CLUSTER = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![\p{L}])/gu;

/** Normalizes `original` and keeps the offset map back to it. */
export function normalizeText(original: string): NormalizedText {
  const composed = composeWithOffsets(original);
  const plain = hasOddChar(composed.text) ? composed.text.replace(ODD_CHARS, oneChar) : composed.text;
  const text = plain.replace(OLD_TONE_CLUSTER, (pair: string, at: number, all: string) => (at > 0 && /[qQ]/.test(all[at - 1]) ? pair : modernizeTones(pair)));
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
