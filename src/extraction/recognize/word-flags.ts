import { ADMIN_LEVEL_WORDS } from '../lexicon/admin-levels';
import { OFFICES } from '../lexicon/offices';
import { ORG_HEADS } from '../lexicon/organizations';
import { PROVINCE_NAMES } from '../lexicon/provinces';
import { SURNAMES } from '../lexicon/surnames';

/**
 * What a word may start, looked up once per word: recognizers scan the word
 * list and try their (slower) phrase matching only where a flag says so.
 */
export const FLAG = { ORG: 1, LEVEL: 2, SURNAME: 4, COMMITTEE: 8, PROVINCE: 16, OFFICE: 32 } as const;

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
  for (const f of h.forms) add(firstWord(f), FLAG.ORG | (h.committee ? FLAG.COMMITTEE : 0), true);
  for (const a of h.abbr ?? []) add(firstWord(a), FLAG.ORG, false);
}
for (const l of ADMIN_LEVEL_WORDS) add(firstWord(l.word), FLAG.LEVEL, true);
for (const s of SURNAMES) add(s, FLAG.SURNAME, false);
for (const o of OFFICES) {
  for (const f of o.forms) add(firstWord(f), FLAG.OFFICE, false);
  for (const a of o.abbr ?? []) add(firstWord(a), FLAG.OFFICE, false);
}
for (const p of PROVINCE_NAMES) add(firstWord(p), FLAG.PROVINCE, true);

/** The flags of a word as written (0: nothing starts with it). */
export function flagsOf(word: string): number {
  return FLAGS.get(word) ?? 0;
}
