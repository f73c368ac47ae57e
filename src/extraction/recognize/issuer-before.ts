import { ISSUER_CODE_HEADS } from '../lexicon/issuer-codes';
import { codeAllows, ISSUING_VERB } from './document-words';
import { parseOrg, type OrgPhrase } from './org-phrase';
import { parseOrgEndingAt } from './org-stretch';

/** Issuers the sentence names before a number: the subject of its issuing or deciding verb, the agent acting on it. */

/** "được Ban Thường vụ Đảng ủy xã chọn tổ chức đại hội điểm theo |Quyết định số": the agent, then a few lowercase words. */
const ACTED_ON = /được[ ]+(?=\p{Lu})([^.;:\n]{4,120}?)[ ]+(?:\p{Ll}+[ ]+){1,8}theo[ ]+$/u;

/**
 * "Chi bộ được Ban Thường vụ Đảng ủy xã X chọn tổ chức đại hội điểm theo Quyết định số 85-QĐ/ĐU": the body that
 * acted on a decision issued it, when the number's code names bodies of its kind (a code that says nothing
 * gives nothing).
 */
export function agentActingOn(text: string, start: number, issuerCode: string | null): OrgPhrase | null {
  if (!issuerCode || !ISSUER_CODE_HEADS.has(issuerCode.split('-')[0])) return null;
  const lead = text.slice(Math.max(0, start - 160), start);
  const m = ACTED_ON.exec(lead);
  if (!m) return null;
  const at = start - lead.length + m.index + m[0].indexOf(m[1]);
  const org = parseOrg(text, at);
  // The agent may end inside the stretch read lazily ("Ban Thường vụ Huyện| ủy lựa chọn theo"): lowercase words only after it.
  return org && org.end >= at + m[1].length && LOWERCASE_TO_THEO.test(text.slice(org.end, start)) && codeAllows(issuerCode, org) ? org : null;
}
const LOWERCASE_TO_THEO = /^(?:[ ]+\p{Ll}+)+[ ]*$/u;

/** "Theo |Quyết định số", ", tại |Quyết định số" opening a clause. */
const BY_DOC_OPENING = /(?:^|[.;,:\n])[ ]*(?:[Cc]ũng[ ]+)?(?:[Tt]heo|[Tt]ại|[Bb]ằng)[ ]+(?:các[ ]+)?$/u;
const COMMA_AFTER = /^[ ]*,[ ]*/u;
/** What the subject after the clause does with the decision: decides, signs, founds. */
const ACTS = /^[ ]+(?:(?:đã|vừa|cũng)[ ]+)?(?:chính[ ]+thức[ ]+)?(?:quyết[ ]+định|ký|ban[ ]+hành|thành[ ]+lập|khai[ ]+sinh|công[ ]+nhận|chỉ[ ]+định|đổi[ ]+tên|giải[ ]+thể|kiện[ ]+toàn|sáp[ ]+nhập|hợp[ ]+nhất|chia[ ]+tách)(?![\p{L}])/u;

/**
 * "Tại Quyết định số 318-QĐ/ĐU ngày 12/5/2025, Ban Thường vụ Đảng ủy xã quyết định thành lập ...": the subject of
 * the clause after the one the number opens, when it decides, signs or founds, and the number's code allows it.
 */
export function actorAfter(text: string, start: number, end: number, issuerCode: string | null): OrgPhrase | null {
  if (!BY_DOC_OPENING.test(text.slice(Math.max(0, start - 16), start))) return null;
  const comma = COMMA_AFTER.exec(text.slice(end, end + 6));
  if (!comma) return null;
  const org = parseOrg(text, end + comma[0].length);
  return org && ACTS.test(text.slice(org.end, org.end + 40)) && codeAllows(issuerCode, org) ? org : null;
}


/**
 * "Ủy ban Kiểm tra quyết định thi hành kỷ luật ... (Quyết định số 03-QĐ/UBKTĐU ...)": "quyết định" as the verb
 * of the body that decided, before the decision's number (lowercase, a verb after it: not the kind word).
 */
const DECIDING_VERB = /[ ]+(?:(?:đã|cũng)[ ]+)?quyết[ ]+định(?=[ ]+\p{Ll})(?![ ]+số(?![\p{L}]))/gu;

const HAS = /^[ ]+(?:(?:đã|vừa|mới|cũng|còn)[ ]+)*có(?![\p{L}])/u;
const CHAINED = /^[ ]+(?:(?:đã|vừa|mới|cũng)[ ]+)*(?:ra|ký|ban[ ]+hành)[ ]+quyết[ ]+định$/u;

/**
 * "Ủy ban nhân dân xã A vừa ban hành Kế hoạch số ...", "Ban Thường vụ Thành
 * ủy đã ban hành 12 nghị quyết, trong đó có Kế hoạch số ...", "Thành ủy cũng
 * thành lập Ban X theo Quyết định số ...": the subject of the last issuing
 * verb of the sentence before the number, if the number's issuer code allows it; else of a deciding verb.
 */
export function issuerBefore(text: string, start: number, issuerCode: string | null): OrgPhrase | null {
  const lead = text.slice(Math.max(0, start - 200), start);
  const sentenceStart = Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(';'), lead.lastIndexOf('\n')) + 1;
  let verbAt = -1;
  let before = -1; // the issuing verb before the last one
  for (const m of lead.slice(sentenceStart).matchAll(ISSUING_VERB)) [before, verbAt] = [verbAt, sentenceStart + m.index];
  if (verbAt < 0) for (const m of lead.slice(sentenceStart).matchAll(DECIDING_VERB)) verbAt = sentenceStart + m.index;
  if (verbAt < 0) return handedBy(text, start, issuerCode);
  let org = parseOrgEndingAt(text, start - lead.length + verbAt);
  // "X đã ban hành 8 chỉ thị, trong đó có Chỉ thị số N": "có" names its subject only when a body stands right before it.
  // "X ra quyết định thành lập Y (Quyết định số N)": the subject of the verb the founding verb goes on from.
  if (!org && before >= 0 && (HAS.test(lead.slice(verbAt)) || CHAINED.test(lead.slice(before, verbAt)))) {
    org = parseOrgEndingAt(text, start - lead.length + before);
  }
  return org && codeAllows(issuerCode, org) ? officeBefore(text, org) ?? org : null;
}

/** "ông X, Chủ tịch UBND xã Lát Hạ đã ký": an office that heads the body signed it (its office as the issuer, as "của Chủ tịch UBND xã" reads). */
export function officeBefore(text: string, org: OrgPhrase): OrgPhrase | null {
  const lead = text.slice(Math.max(0, org.start - 24), org.start);
  for (let i = 0; i < lead.length; i++) {
    if (i > 0 && lead[i - 1] !== ' ' && lead[i - 1] !== ',') continue;
    const office = parseOrg(text, org.start - lead.length + i, false, true);
    if (office?.head.officer && office.end === org.end) return office;
  }
  return null;
}

/** "Cũng tại buổi lễ, Ban Chấp hành Đoàn xã trao |Quyết định số N": the verb right before what is handed over, after a body. */
const HANDED = /[ ]+(?:(?:đã|vừa|cũng)[ ]+)?(?:trao|công[ ]+bố)[ ]+$/u;
const CLAUSE_OPENS = /(?:^|[.;,:\n])[ ]*$/u;

/** Whether `at` opens a clause: only blanks after the sentence's start or a comma, colon or semicolon. */
function opensClause(text: string, at: number): boolean {
  return CLAUSE_OPENS.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * A body that opens its clause and hands over or announces ("trao", "công bố") what follows `at`: the decisions it
 * issued ("Ban Thường vụ Đảng ủy xã công bố Quyết định số 46-QĐ/ĐU", "... công bố 3 quyết định"). A person handing
 * them over ("đồng chí X, Bí thư Huyện ủy, trao ...") names none.
 */
export function announcingBody(text: string, at: number): OrgPhrase | null {
  const lead = text.slice(Math.max(0, at - 160), at);
  const verb = HANDED.exec(lead);
  const org = verb ? parseOrgEndingAt(text, at - lead.length + verb.index) : null;
  return org && !org.head.officer && opensClause(text, org.start) ? org : null;
}

function handedBy(text: string, start: number, issuerCode: string | null): OrgPhrase | null {
  const org = announcingBody(text, start);
  return org && codeAllows(issuerCode, org) ? org : null;
}
