import { LABEL_ABBREVIATIONS } from '../lexicon/label-abbreviations';
import { HEADS } from '../recognize/org-matchers';

/** "(PBGDPL)": sought first, so the words before are read only where initials follow them. */
const BRACKETED = /\((\p{Lu}{3,8})\)/gu;
/** Up to ten words ending where the bracket opens (a run of words cannot cross a bracket, so each bracket has its own). */
const WORDS_BEFORE = /(?:[\p{L}]+(?:[ ]*,[ ]*|[ ]+)){1,10}$/u;
/** How far back the words are sought first; ten words are far shorter. */
const WORDS_REACH = 240;
const LETTER_WORD = /[\p{L}]+/gu;

/**
 * Initials the article defines in brackets right after the words they stand
 * for: "phổ biến, giáo dục pháp luật (PBGDPL)", "Hội Nạn nhân chất độc da cam
 * (NNCĐDC)". Initials that name a body's head ("(UBND)") are the lexicon's.
 */
export function definedAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!text.includes('(')) return out;
  let read = 0; // where the last definition ended: the words of the next one start after it
  for (const b of text.matchAll(BRACKETED)) {
    const words = wordsBefore(text, read, b.index);
    if (words === null) continue;
    read = b.index + b[0].length;
    const abbr = b[1];
    if (out.has(abbr) || LABEL_ABBREVIATIONS.has(abbr) || HEADS.matchAt(abbr, 0)) continue;
    const each = [...words.matchAll(LETTER_WORD)];
    const last = each.slice(-abbr.length);
    if (last.length !== abbr.length || last.some((w, i) => w[0][0].toUpperCase() !== abbr[i])) continue;
    out.set(abbr, words.slice(last[0].index, last[last.length - 1].index + last[last.length - 1][0].length));
  }
  return out;
}

/** The words right before a bracket, as many as ten, read no further back than `from`. */
function wordsBefore(text: string, from: number, bracket: number): string | null {
  const near = Math.max(from, bracket - WORDS_REACH);
  const m = WORDS_BEFORE.exec(text.slice(near, bracket));
  // A run reaching the window's edge may go on before it: read it again from `from`.
  if (m && m.index === 0 && near > from) return WORDS_BEFORE.exec(text.slice(from, bracket))?.[0] ?? null;
  return m ? m[0] : null;
}

const INITIALS = /(?<![\p{L}])\p{Lu}{3,8}(?![\p{L}])/gu;
const HOLDS_INITIALS = new RegExp(INITIALS.source, 'u'); // not global: .test keeps no position

/** Whether a name holds initials to write out (most do not: the article's definitions are then never read). */
export function holdsInitials(name: string): boolean {
  return HOLDS_INITIALS.test(name);
}

/** A name with the initials it holds written out: the article's own definitions first, then the lexicon's. */
export function withAbbreviationsExpanded(name: string, defined: ReadonlyMap<string, string>): string {
  return name.replace(INITIALS, (abbr) => defined.get(abbr) ?? LABEL_ABBREVIATIONS.get(abbr) ?? abbr);
}
