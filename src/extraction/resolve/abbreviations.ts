import { LABEL_ABBREVIATIONS } from '../lexicon/label-abbreviations';
import { HEADS } from '../recognize/org-matchers';

/**
 * Initials the article defines in brackets right after the words they stand
 * for: "phổ biến, giáo dục pháp luật (PBGDPL)", "Hội Nạn nhân chất độc da cam
 * (NNCĐDC)". Initials that name a body's head ("(UBND)") are the lexicon's.
 */
const DEFINED = /((?:[\p{L}]+(?:[ ]*,[ ]*|[ ]+)){1,10})\((\p{Lu}{3,8})\)/gu;
const LETTER_WORD = /[\p{L}]+/gu;

export function definedAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!text.includes('(')) return out;
  for (const m of text.matchAll(DEFINED)) {
    const abbr = m[2];
    if (out.has(abbr) || LABEL_ABBREVIATIONS.has(abbr) || HEADS.matchAt(abbr, 0)) continue;
    const words = [...m[1].matchAll(LETTER_WORD)];
    const last = words.slice(-abbr.length);
    if (last.length !== abbr.length || last.some((w, i) => w[0][0].toUpperCase() !== abbr[i])) continue;
    out.set(abbr, m[1].slice(last[0].index, last[last.length - 1].index + last[last.length - 1][0].length));
  }
  return out;
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
