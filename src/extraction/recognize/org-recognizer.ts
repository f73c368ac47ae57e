import { parseOrg, type OrgPhrase } from './org-phrase';

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}]/gu;

/** Every organization named in the text, longest first at each place, none inside another. */
export function recognizeOrgs(text: string): OrgPhrase[] {
  const out: OrgPhrase[] = [];
  let skipTo = 0;
  for (const m of text.matchAll(WORD_START)) {
    if (m.index < skipTo) continue;
    const org = parseOrg(text, m.index);
    if (org) {
      out.push(org);
      skipTo = org.end;
    }
  }
  return out;
}
