import type { DocumentMention } from './document-recognizer';
import { listFrom } from './founding-lists';
import type { OrgPhrase } from './org-phrase';
import { orgNamedAt } from './org-stretch';

/**
 * "Quyết định số 31/QĐ-HND về việc thành lập 02 tổ hội nghề nghiệp nói trên", "thành lập hai mô hình nói trên": a
 * decision founding the bodies the article launched before, by a back-reference. The bodies are those the last
 * "ra mắt" or "thành lập" above lists ("tổ chức ra mắt Tổ hội A và Tổ hội B"), as many as the count says.
 */
const BACK_REFERENCE = /^[^.;\n]{0,80}?thành[ ]+lập[ ]+(?:(\d{1,2}|hai|ba|bốn|năm|các)[ ]+)?[\p{Ll} ]{1,40}?[ ]+(?:nói[ ]+trên|kể[ ]+trên|trên)(?![\p{L}])/u;
const LAUNCHED = /(?:ra[ ]+mắt|thành[ ]+lập)[ ]+(?=\p{Lu})/gu;
const COUNTS: Record<string, number> = { hai: 2, ba: 3, 'bốn': 4, 'năm': 5 };
/** How far above the decision the launch is told. */
const REACH = 2500;

export function namedAbove(text: string, doc: DocumentMention): OrgPhrase[] {
  const m = BACK_REFERENCE.exec(text.slice(doc.end, doc.end + 200));
  if (!m) return [];
  const from = Math.max(0, doc.start - REACH);
  let bodies: OrgPhrase[] = [];
  for (const launch of text.slice(from, doc.start).matchAll(LAUNCHED)) {
    const first = orgNamedAt(text, from + launch.index + launch[0].length);
    if (first && first.end <= doc.start) bodies = [first, ...listFrom(text, first.end, first)];
  }
  const count = m[1] ? (COUNTS[m[1]] ?? (Number(m[1]) || bodies.length)) : bodies.length;
  return bodies.length >= 2 && bodies.length === count ? bodies : [];
}
