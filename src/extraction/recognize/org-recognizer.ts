import { parseOrg, type OrgPhrase } from './org-phrase';
import { FLAG, wordsOf } from './word-flags';

/** Every organization named in the text, longest first at each place, none inside another. */
export function recognizeOrgs(text: string): OrgPhrase[] {
  const out: OrgPhrase[] = [];
  const { starts, flags } = wordsOf(text);
  let skipTo = 0;
  for (let i = 0; i < starts.length; i++) {
    const pos = starts[i];
    if (pos < skipTo || !(flags[i] & FLAG.ORG)) continue;
    const org = parseOrg(text, pos);
    if (org) {
      out.push(org);
      skipTo = org.end;
    }
  }
  return out;
}
