import type { DocumentMention } from './document-recognizer';
import { parseOrg, parseOrgEndingAt, type OrgPhrase } from './org-phrase';

/** An organization and the document the text says established it. */
export interface FoundingMention {
  org: OrgPhrase;
  doc: DocumentMention;
  start: number;
  end: number;
}

const FOUNDED_BY = /(?:đã[ ]+)?được[ ]+thành[ ]+lập[ ]+(?:theo|tại)[ ]+\S*(?:[ ]+\S+){0,3}[ ]*$/iu;
const FOUNDED = /(?:đã[ ]+)?được[ ]+thành[ ]+lập(?![\p{L}])/iu;

/**
 * Foundings in five shapes: "X được thành lập theo Quyết định số N",
 * "(A) thành lập X theo Quyết định số N", "Theo Quyết định số N ..., X được
 * thành lập", "Quyết định số N ... về việc thành lập X" and "ban hành
 * Quyết định số N ngày ... thành lập X".
 */
export function recognizeFoundings(text: string, docs: readonly DocumentMention[]): FoundingMention[] {
  const out: FoundingMention[] = [];
  for (const doc of docs) {
    const org = orgBefore(text, doc) ?? foundedActively(text, doc) ?? orgAfter(text, doc) ?? orgInSubject(text, doc) ?? orgRightAfter(text, doc);
    if (org) out.push({ org, doc, start: Math.min(org.start, doc.start), end: Math.max(org.end, doc.end) });
  }
  return out;
}

/** "Chi bộ ... được thành lập theo Quyết định số": the organization closing the clause before. */
function orgBefore(text: string, doc: DocumentMention): OrgPhrase | null {
  const lead = text.slice(Math.max(0, doc.start - 80), doc.start);
  const m = FOUNDED_BY.exec(lead);
  if (!m) return null;
  const verbAt = doc.start - lead.length + m.index;
  return parseOrgEndingAt(text, verbAt);
}

/** "Theo Quyết định số N ..., Chi bộ X được thành lập". */
function orgAfter(text: string, doc: DocumentMention): OrgPhrase | null {
  const rest = text.slice(doc.end, doc.end + 160);
  const stop = rest.search(/[.;\n]/u);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  const m = FOUNDED.exec(clause);
  if (!m) return null;
  return parseOrgEndingAt(text, doc.end + m.index);
}

/** "... về việc thành lập Chi bộ X". */
function orgInSubject(text: string, doc: DocumentMention): OrgPhrase | null {
  if (!doc.subject) return null;
  const m = /thành lập[ ]+/iu.exec(doc.subject);
  if (!m) return null;
  const at = text.indexOf(doc.subject, doc.start) + m.index + m[0].length;
  return parseOrg(text, at);
}

const FOUNDS_BY = /thành[ ]+lập[ ]+(?!theo)([^.;\n]{2,120}?)[ ]+theo[ ]*$/iu;

/** "Thành ủy thành lập Ban Chỉ đạo phòng, chống tham nhũng theo Quyết định số N". */
function foundedActively(text: string, doc: DocumentMention): OrgPhrase | null {
  const lead = text.slice(Math.max(0, doc.start - 160), doc.start);
  const m = FOUNDS_BY.exec(lead);
  if (!m) return null;
  const at = doc.start - lead.length + m.index + m[0].indexOf(m[1]);
  return wholePhrase(text, parseOrg(text, at), at + m[1].length);
}

/**
 * An organization read up to `end`, the place its name must reach: a board
 * named by a field written with a comma ("Ban Chỉ đạo phòng, chống tham
 * nhũng") takes the lowercase rest as part of its name.
 */
function wholePhrase(text: string, org: OrgPhrase | null, end: number): OrgPhrase | null {
  if (!org) return null;
  const rest = text.slice(org.end, end);
  if (rest.trim() === '') return org;
  if (!org.head.named || org.inner || org.unit || !/^[ ]*,?[ ]*[\p{Ll} ,]+$/u.test(rest)) return null;
  return { ...org, label: `${org.label ?? ''}${rest.trimEnd()}`, end: org.end + rest.trimEnd().length };
}

const FOUNDS_AFTER = /[ ,]*(?:(?:để|nhằm)[ ]+)?thành[ ]+lập[ ]+/iuy;

/** "ban hành Quyết định số N ngày 3/10/2025 thành lập Chi bộ X": the founding follows the number directly. */
function orgRightAfter(text: string, doc: DocumentMention): OrgPhrase | null {
  FOUNDS_AFTER.lastIndex = doc.end;
  const m = FOUNDS_AFTER.exec(text);
  return m ? parseOrg(text, doc.end + m[0].length) : null;
}

