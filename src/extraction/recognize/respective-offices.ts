import { OFFICES } from '../lexicon/offices';
import type { FoundingMention } from './founding-recognizer';
import type { PersonMention } from './person-recognizer';
import { COUNT, countOf } from './scan';

/** "<office> <count> <kind> (lần lượt) là ...": the office, then how many bodies it heads. */
const RESPECTIVE = new RegExp(
  `(?<![\\p{L}])(\\p{Lu}\\p{Ll}*(?:[ ]\\p{Ll}+){1,2}?)[ ]+(?:của[ ]+)?(?<count>${COUNT})[ ]+\\p{Ll}+(?:[ ]+\\p{Ll}+)?[ ]+(?:lần[ ]+lượt[ ]+|theo[ ]+thứ[ ]+tự[ ]+)?là[ ]+`,
  'gu',
);
const REACH = 1500;
const HEADED = new Map(OFFICES.filter((o) => o.heads).flatMap((o) => o.forms.map((f) => [f, o] as const)));

/**
 * "Tổ trưởng 3 tổ lần lượt là ông A, ông B và bà C", "Tổ trưởng các tổ là các ông A, B và C": each person
 * listed heads, in order, one of the bodies of that kind the article founded just before.
 */
export function respectiveOffices(text: string, persons: readonly PersonMention[], foundings: readonly FoundingMention[]): void {
  if (foundings.length < 2 || !text.includes(' là ')) return;
  for (const m of text.matchAll(RESPECTIVE)) {
    const office = HEADED.get(m[1]);
    if (!office) continue;
    const listStart = m.index + m[0].length;
    const stop = text.slice(listStart, listStart + 400).search(/[.\n]/u);
    const listEnd = listStart + (stop < 0 ? 400 : stop);
    // One mention per name ("các ông A, B": the list's title and the first name can both open a mention of A).
    const seen = new Set<number>();
    const listed = persons.filter((p) => p.start >= listStart && p.start < listEnd && p.name && !seen.has(p.nameStart) && seen.add(p.nameStart));
    // The bodies of that kind founded in the text just before (the same reach as a paragraph or two): as many as the people.
    const bodies = foundings.filter((f) => f.end <= m.index && m.index - f.end < REACH && f.org.head.name === office.heads).map((f) => f.org);
    const count = countOf(m.groups!.count);
    if (listed.length < 2 || bodies.length !== listed.length || (count !== undefined && count !== listed.length)) continue;
    listed.forEach((p, i) => {
      if (p.offices.some((o) => o.entry === office)) return;
      p.offices.push({ entry: office, org: bodies[i], start: m.index, end: m.index + m[1].length });
    });
  }
}
