import { ADMIN_LEVEL_WORDS } from '../../src/extraction/lexicon/admin-levels';
import { BOARD_FIELDS, DEPARTMENT_FIELDS, FIELD_VARIANTS } from '../../src/extraction/lexicon/department-abbreviations';
import { OFFICES } from '../../src/extraction/lexicon/offices';
import { ORG_HEADS } from '../../src/extraction/lexicon/organizations';
import { ASK_REGEX, buildTrie, FOLD, FOLD_LIMIT, matchedRank, NO_MATCH, ODD, walkTrie } from '../../src/extraction/recognize/phrase-trie';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The regex phrase-matcher compiles for phrases already in its order. */
const regexOf = (phrases: string[], flags: string) =>
  new RegExp(`(?:${phrases.map((p) => p.split(/\s+/).map(escape).join('[ ]+')).join('|')})(?![\\p{L}\\p{N}])`, flags);

/** What the regex matches at `pos`: [end, index of the alternative], or null. */
function regexMatch(phrases: string[], caseless: boolean, text: string, pos: number): [number, number] | null {
  const re = regexOf(phrases, caseless ? 'iuy' : 'uy');
  re.lastIndex = pos;
  if (!re.test(text)) return null;
  const end = re.lastIndex;
  // The alternative taken: the first that matches alone and ends there.
  const rank = phrases.findIndex((p) => {
    const one = regexOf([p], caseless ? 'iuy' : 'uy');
    one.lastIndex = pos;
    return one.test(text) && one.lastIndex === end;
  });
  return [end, rank];
}

const LEXICON = [
  ...ORG_HEADS.flatMap((h) => [...h.forms, ...(h.abbr ?? [])]),
  ...ADMIN_LEVEL_WORDS.flatMap((l) => [l.word, ...(l.abbr ?? [])]),
  ...OFFICES.flatMap((o) => [...o.forms, ...(o.abbr ?? [])]),
  ...DEPARTMENT_FIELDS,
  ...BOARD_FIELDS,
  ...FIELD_VARIANTS.keys(),
];

describe('phrase trie', () => {
  it('folds every code below its table as a case-insensitive regex does, for every letter of the lexicons and of Vietnamese', () => {
    const letters = new Set<number>();
    for (const p of LEXICON) for (const ch of p) if (!/\s/u.test(ch)) letters.add(ch.charCodeAt(0));
    for (const [from, to] of [[0x41, 0x7a], [0xc0, 0x24f], [0x1ea0, 0x1ef9]]) for (let c = from; c <= to; c++) letters.add(c);
    const wrong: string[] = [];
    for (const d of letters) {
      if (ODD[d]) continue;
      const re = new RegExp(`^${escape(String.fromCharCode(d))}$`, 'iu');
      for (let c = 0; c < FOLD_LIMIT; c++) {
        if (ODD[c]) continue;
        if (re.test(String.fromCharCode(c)) !== (FOLD[c] === FOLD[d])) wrong.push(`${d.toString(16)}/${c.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves no letter of the lexicons odd', () => {
    expect(LEXICON.join('').split('').filter((ch) => ODD[ch.charCodeAt(0)])).toEqual([]);
  });

  it('matches what the alternation matches, the first alternative that is not followed by a letter', () => {
    const phrases = ['Ủy ban Kiểm tra', 'Ủy ban nhân dân', 'Ủy ban', 'ủy'];
    const texts = ['ỦY BAN  KIỂM TRA huyện', 'Ủy ban nhân dânx', 'Ủy ban nhân', 'ủy ban', 'Ủy  bank', 'Ủy𝐀', 'ủy 1', 'Ủy ban nhân dân'];
    for (const caseless of [true, false]) {
      const trie = buildTrie(phrases, caseless)!;
      for (const t of texts) {
        const end = walkTrie(trie, caseless, t, 0);
        expect([t, caseless, end === NO_MATCH ? null : [end, matchedRank]]).toEqual([t, caseless, regexMatch(phrases, caseless, t, 0)]);
      }
    }
  });

  it('asks the regex where a code folds apart from its lowercase', () => {
    const trie = buildTrie(['ban sự', 'ban'], true)!;
    expect(walkTrie(trie, true, 'ban ſự', 0)).toBe(ASK_REGEX);
    expect(walkTrie(trie, true, 'Ban ”', 0)).toBe(3);
    expect(buildTrie(['ſ'], true)).toBeNull();
  });
});
