import type { DocumentMention } from './document-recognizer';
import type { OrgPhrase } from './org-phrase';
import { orgSpanning } from './org-stretch';

/** Foundings told with the number in brackets beside the body. */

/** What a body numbered in brackets goes on to say of itself: it was founded, by a merger or a split or not. */
const FOUNDED_TAIL = /^[ ]*\)[ ]*,?[ ]*(?:được[ ]+thành[ ]+lập|(?:được[ ]+)?(?:hợp[ ]+nhất|sáp[ ]+nhập|chia[ ]+tách|tách)(?![\p{L}]))/u;
const CLAUSE_OPEN = /[.;:,\n][ ]*(?:cụ[ ]+thể[ ]*,[ ]*)?/giu;

/**
 * "Chi bộ Khu phố Lâm Hòa (Quyết định số 31-QĐ/ĐU) được thành lập trên cơ sở hợp nhất ...; Chi bộ Khu phố Lâm Thịnh
 * (Quyết định số 32-QĐ/ĐU) hợp nhất ...": a body with its founding number in brackets, the subject of its clause.
 */
export function bracketedSubject(text: string, doc: DocumentMention): OrgPhrase | null {
  // Bounded looks: a text of a megabyte of numbers must not be read from end to end for each.
  const near = Math.max(0, doc.start - 4);
  const open = text.slice(near, doc.start).lastIndexOf('(');
  if (open < 0 || text.slice(near + open + 1, doc.start).trim() !== '') return null;
  const at = near + open;
  const closeIn = text.slice(doc.end, doc.end + 61).indexOf(')');
  if (closeIn < 0 || text.slice(doc.end, doc.end + closeIn).includes('(')) return null;
  const close = doc.end + closeIn;
  if (!FOUNDED_TAIL.test(text.slice(close, close + 40))) return null;
  const lead = text.slice(Math.max(0, at - 160), at);
  let from = 0;
  for (const m of lead.matchAll(CLAUSE_OPEN)) from = m.index + m[0].length;
  let end = at;
  while (end > 0 && text[end - 1] === ' ') end--;
  return orgSpanning(text, at - lead.length + from, end);
}
