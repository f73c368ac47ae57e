import { OFFICES } from '../lexicon/offices';
import type { RawOffice } from './office-chain';
import { parseOrg, type OrgPhrase } from './org-phrase';

const DEPUTY = OFFICES.find((o) => o.title === 'Đại biểu Hội đồng nhân dân')!;
/** Only a People's Council holds a "kỳ họp" with deputies who speak: the sitting told before. */
const SITTING = /(?:[Kk]ỳ|[Kk]ì)[ ]+họp(?![\p{L}])/gu;
const COUNCIL = /(?:Hội đồng nhân dân|HĐND)(?![\p{L}])/gu;
/** How far back the sitting may be told. */
const REACH = 3000;

/**
 * "Tại phiên chất vấn, đại biểu Ksor H'Bliêng đề nghị ...": at a sitting ("kỳ họp") of a People's Council,
 * a person called "đại biểu" is a deputy of that council (the council named with its unit in the last
 * sentence before that tells of the sitting). Null where no council's sitting is told before.
 */
export function deputyOfSitting(text: string, start: number, end: number): RawOffice | null {
  const from = Math.max(0, start - REACH);
  let council: OrgPhrase | null = null;
  for (const m of text.slice(from, start).matchAll(SITTING)) {
    const at = from + m.index;
    const found = councilInSentence(text, at, at + m[0].length);
    if (found) council = found;
  }
  return council ? { entry: DEPUTY, org: null, start, end, antecedent: council } : null;
}

/** "Kỳ họp thứ 26 HĐND tỉnh", "kỳ họp thứ mười (kỳ họp thường lệ) của HĐND xã": what may stand between the sitting and its council. */
const SITTING_TAIL = /[ ]+(?:thứ[ ]+[\p{L}\d]+[ ]*)?(?:\([^()\n]{0,60}\)[ ]*)?(?:của[ ]+)?/uy;

/**
 * The council that holds the sitting named from `pos` to `sittingEnd`: the subject before it in its sentence
 * ("HĐND xã X tổ chức Kỳ họp thứ mười"), else the council right after it ("Kỳ họp thứ 26 HĐND tỉnh"), named
 * with its unit; not a guest's council later in the sentence ("Dự kỳ họp có ... Phó Chủ tịch HĐND huyện").
 */
function councilInSentence(text: string, pos: number, sittingEnd: number): OrgPhrase | null {
  const start = Math.max(text.lastIndexOf('.', pos), text.lastIndexOf('\n', pos)) + 1;
  for (const m of text.slice(start, pos).matchAll(COUNCIL)) {
    const org = parseOrg(text, start + m.index);
    if (org && org.head.name === 'Hội đồng nhân dân' && org.unit?.name) return org;
  }
  SITTING_TAIL.lastIndex = sittingEnd;
  if (!SITTING_TAIL.test(text)) return null;
  const after = parseOrg(text, SITTING_TAIL.lastIndex);
  return after && after.head.name === 'Hội đồng nhân dân' && after.unit?.name ? after : null;
}
