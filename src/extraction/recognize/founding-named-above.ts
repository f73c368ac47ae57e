import type { DocumentMention } from './document-recognizer';
import { listFrom } from './founding-lists';
import { HEADS } from './org-matchers';
import type { OrgPhrase } from './org-phrase';
import { orgNamedAt } from './org-stretch';
import { countOf } from './scan';

/**
 * "Quyết định số 31/QĐ-HND về việc thành lập 02 tổ hội nghề nghiệp nói trên", "thành lập hai mô hình nói trên": a
 * decision founding the bodies the article launched before, by a back-reference. The bodies are those the last
 * "ra mắt" or "thành lập" above lists ("tổ chức ra mắt Tổ hội A và Tổ hội B"), as many as the count says.
 */
const BACK_REFERENCE = /^[^.;\n]{0,80}?thành[ ]+lập[ ]+(?:(\d{1,2}|hai|ba|bốn|năm|các)[ ]+)?[\p{Ll} ]{1,40}?[ ]+(?:nói[ ]+trên|kể[ ]+trên|trên)(?![\p{L}])/u;
const LAUNCHED = /(?:ra[ ]+mắt|thành[ ]+lập)[ ]+(?=\p{Lu})/gu;
/** How far above the decision the launch is told. */
const REACH = 2500;

export function namedAbove(text: string, doc: DocumentMention): OrgPhrase[] {
  const m = BACK_REFERENCE.exec(text.slice(doc.end, doc.end + 200));
  if (!m) return [];
  const bodies = lastLaunchedBefore(text, doc.start);
  const count = (m[1] ? countOf(m[1]) : undefined) ?? bodies.length;
  return bodies.length >= 2 && bodies.length === count ? bodies : [];
}

/** The bodies the last "ra mắt" or "thành lập" before `pos` lists. */
function lastLaunchedBefore(text: string, pos: number): OrgPhrase[] {
  const from = Math.max(0, pos - REACH);
  let bodies: OrgPhrase[] = [];
  for (const launch of text.slice(from, pos).matchAll(LAUNCHED)) {
    const first = orgNamedAt(text, from + launch.index + launch[0].length);
    if (first && first.end <= pos) bodies = [first, ...listFrom(text, first.end, first)];
  }
  return bodies;
}

/** "Câu lạc bộ và Đội xung kích": two bodies written short, each by its head word and maybe a few lowercase words. */
const SHORT_PAIR = /^(\p{Lu}[\p{Ll} ]{1,30}?)[ ]+và[ ]+(\p{Lu}[\p{Ll} ]{1,30})$/u;

/**
 * "Câu lạc bộ và Đội xung kích ra mắt theo Quyết định số 25-QĐ/ĐTN": two bodies written short, the ones the article
 * launched in full above with the same head words in the same order ("ra mắt Câu lạc bộ Thanh niên ... và Đội Thanh
 * niên xung kích ..."); none when the stretch is not two heads.
 */
export function shortPairLaunched(text: string, org: OrgPhrase): OrgPhrase[] {
  if (org.unit || org.inner) return [];
  const pair = SHORT_PAIR.exec(text.slice(org.start, org.end));
  if (!pair) return [];
  const heads = [pair[1], pair[2]].map((w) => HEADS.matchAt(w, 0)?.entry.name);
  if (heads.some((h) => !h)) return [];
  const bodies = lastLaunchedBefore(text, org.start);
  return bodies.length === 2 && bodies.every((b, i) => b.head.name === heads[i]) ? bodies : [];
}
