import { parseOfficeChain, type RawOffice } from './office-chain';
import { parseOrg, type OrgPhrase } from './org-phrase';
import { skipSpaces } from './scan';

/** Offices a clause gives a person besides those written beside the name. */
export interface TakenOffices {
  offices: RawOffice[];
  end: number;
}

/**
 * "giữ chức", "tái đắc cử", "tái cử", "trúng cử chức danh", "được bầu làm", "được hiệp thương giữ chức",
 * "được điều động, chỉ định giữ chức", "được chỉ định là", "được công nhận làm", and with the body that decided it:
 * "được Ban Thường vụ Tỉnh ủy điều động, phân công làm".
 */
const APPOINT_VERB = '(?:bầu|bổ nhiệm|chỉ định|phân công|cử|giao|hiệp thương(?: cử)?|điều động|luân chuyển|chuẩn y|tái cử|công nhận)';
const HOLDING = 'giữ chức(?: vụ| danh)?';
const AS_WORD = `(?:làm|là(?![\\p{L}])|${HOLDING})`;
const APPOINTING =
  `(?:${HOLDING}|(?:tái[ ]+)?(?:đắc|trúng) cử(?: chức(?: vụ| danh))?|tái cử(?: chức(?: vụ| danh))?|được (?:${APPOINT_VERB},?[ ]+){1,3}${AS_WORD}?` +
  `|được(?:[ ]+\\p{L}+){1,6}?[ ]+${APPOINT_VERB}(?:,?[ ]+${APPOINT_VERB}){0,2}[ ]+${AS_WORD})[ ]*`;
const APPOINTED = new RegExp(APPOINTING, 'giu');
/**
 * Right after the offices written beside a name: "X, Chủ tịch UBND xã, được bầu làm ...", "X, Phó Giám đốc(,) làm Bí thư
 * Chi bộ" (a delegation's head is no office), "X, Kế toán trưởng, là Phó Bí thư".
 */
const APPOINTED_RIGHT = new RegExp(`[ ,]*(?:(?:đã|vừa|tiếp tục|cũng|chính thức)[ ]+)*${APPOINTING}|[ ]*(?:,[ ]*)?làm[ ]+(?!(?:Phó[ ]+)?Trưởng[ ]+đoàn)|[ ]*,[ ]*là[ ]+`, 'iuy');
const AS_RIGHT = /[ ]*(?:,[ ]*)?làm[ ]+(?!(?:[Pp]hó[ ]+)?[Tt]rưởng[ ]+đoàn)/uy;
/** ", <words in apposition>, là|làm ": what the person is described as, then the office. */
const AFTER_APPOSITION = /[ ]*,[^,.;:()\n]{1,60},[ ]*(?:là|làm)[ ]+(?!(?:[Pp]hó[ ]+)?[Tt]rưởng[ ]+đoàn)/uy;
/**
 * Another person named in the clause, not listed with the first: what follows is said of them
 * ("ông A ghi nhận đóng góp của ông B trong thời gian giữ chức ..."; not "ông A và ông B được bầu giữ chức").
 */
const ANOTHER_PERSON = /(?:^|[ (])(?:[Đđ]ồng chí|[Đđ]\/[Cc]|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)[ ]+\p{Lu}/gu;
const LISTED_BEFORE = /(?:,|và)[ ]*$/u;

/** Where the clause turns to another person, or -1. */
function anotherPersonAt(window: string): number {
  ANOTHER_PERSON.lastIndex = 0;
  for (let m = ANOTHER_PERSON.exec(window); m; m = ANOTHER_PERSON.exec(window)) {
    if (!LISTED_BEFORE.test(window.slice(Math.max(0, m.index - 6), m.index + 1))) return m.index;
  }
  return -1;
}

/** "ông X đã được bầu giữ chức vụ trưởng thôn Pá Chí": an office taken later in the clause, right after the chain with `right`. */
export function appointedOffices(text: string, from: number, right = false): TakenOffices | null {
  if (right) {
    APPOINTED_RIGHT.lastIndex = from;
    const m = APPOINTED_RIGHT.exec(text);
    if (!m) return takenAfterTransfer(text, from);
    const chain = parseOfficeChain(text, from + m[0].length, false);
    return chain.offices.length ? chain : null;
  }
  AS_RIGHT.lastIndex = from;
  if (AS_RIGHT.test(text)) {
    // "do đ/c Lộc Văn A làm Chủ tịch": the office the person takes, right after the name.
    const chain = parseOfficeChain(text, AS_RIGHT.lastIndex, false);
    if (chain.offices.length) return chain;
  }
  AFTER_APPOSITION.lastIndex = from;
  if (AFTER_APPOSITION.test(text)) {
    // "bà X, Kế toán trưởng Hợp tác xã, là Phó Bí thư": a job the lexicon does not hold, then the office.
    const chain = parseOfficeChain(text, AFTER_APPOSITION.lastIndex, false);
    if (chain.offices.length) return chain;
  }
  const clauseEnd = text.slice(from, from + 120).search(/[.;\n]/u);
  let window = text.slice(from, clauseEnd < 0 ? from + 120 : from + clauseEnd);
  const other = anotherPersonAt(window);
  if (other >= 0) window = window.slice(0, other);
  for (const m of window.matchAll(APPOINTED)) {
    const chain = parseOfficeChain(text, from + m.index + m[0].length, false);
    if (chain.offices.length) return chain;
  }
  return null;
}

/** "đến nhận công tác tại Phòng Nội vụ huyện", "về công tác tại UBND xã": the workplace a transfer sends the person to. */
const TRANSFER_TO = /[ ,]*(?:(?:đến|về)[ ]+)?(?:nhận[ ]+)?công[ ]+tác[ ]+tại[ ]+/iuy;
/** "đến nhận công tác và chỉ định giữ chức ...": a transfer without its workplace, then the office. */
const TRANSFER_THEN = /[ ,]*(?:đến|về)[ ]+(?:nhận[ ]+)?công[ ]+tác(?=[ ]*(?:,[ ]*)?và[ ]+)/iuy;
/** ", (chỉ định) tham gia Ban Chấp hành, Ban Thường vụ và giữ chức ...": the committee joined, then the office. */
const JOINING = /[ ]*,[ ]*(?:(?:được[ ]+)?(?:chỉ[ ]+định|bầu|cử)[ ]+)?tham[ ]+gia[ ]+[^.;:\n]{1,80}?[ ]+và[ ]+/iuy;
/** "(và) (được) (chỉ định) giữ chức": the office after a transfer or a joining clause. */
const THEN_HOLDING = new RegExp(`[ ]*(?:,[ ]*)?(?:và[ ]+)?(?:(?:được[ ]+)?(?:chỉ[ ]+định|bổ[ ]+nhiệm|phân[ ]+công)[ ]+)?${AS_WORD}[ ]+`, 'iuy');

/**
 * Offices taken after a transfer or a joining clause, or both: "điều động đồng chí X - TUV, Bí thư Huyện ủy
 * đến nhận công tác tại Ủy ban Kiểm tra Tỉnh ủy, giữ chức Phó Chủ nhiệm", "..., tham gia Ban Chấp hành và
 * giữ chức Phó Bí thư Đảng ủy xã", "... đến nhận công tác và chỉ định giữ chức Phó Bí thư Đảng ủy xã". An
 * office named by its body word alone ("giữ chức Phó Trưởng phòng") is of the workplace the transfer named.
 */
function takenAfterTransfer(text: string, from: number): TakenOffices | null {
  const ahead = text.slice(from, from + 24);
  if (!ahead.includes('công tác') && !ahead.includes('tham gia')) return null;
  let p = from;
  let workplace: OrgPhrase | null = null;
  TRANSFER_TO.lastIndex = p;
  JOINING.lastIndex = p;
  TRANSFER_THEN.lastIndex = p;
  if (TRANSFER_TO.test(text)) {
    workplace = parseOrg(text, TRANSFER_TO.lastIndex, false, true);
    if (!workplace) return null;
    p = workplace.end;
    // "đến nhận công tác tại Đảng bộ xã X, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư ...".
    JOINING.lastIndex = p;
    if (JOINING.test(text)) p = JOINING.lastIndex;
  } else if (JOINING.test(text)) p = JOINING.lastIndex;
  else if (TRANSFER_THEN.test(text)) p = TRANSFER_THEN.lastIndex;
  else return null;
  THEN_HOLDING.lastIndex = p;
  if (!THEN_HOLDING.test(text)) return null;
  const chain = parseOfficeChain(text, THEN_HOLDING.lastIndex, false);
  if (!chain.offices.length) return null;
  const offices = chain.offices.map((o) => (!o.org && workplace && bodyWordNames(o, workplace) ? { ...o, org: workplace } : o));
  return { offices, end: chain.end };
}

/** Whether an office written by its body word alone ("Phó Trưởng phòng", "Trưởng đoàn") names a body of this head. */
export function bodyWordNames(office: RawOffice, org: OrgPhrase): boolean {
  if (!office.entry.body) return false;
  const word = office.entry.title.split(' ').pop()!.toLowerCase();
  return org.head.name.split(' ')[0].toLowerCase() === word;
}

const APPOINTER_BEFORE = /(?:chỉ[ ]+định|bầu|cử|phân[ ]+công|giao|điều[ ]+động|bổ[ ]+nhiệm)[ ]+(?:bổ[ ]+sung[ ]+)?$/iu;
const AS = /[ ]+làm[ ]+/y;

/** "chỉ định (bổ sung) đ/c Kpă Yơn làm Bí thư Chi bộ": the office the sentence gives the person named after its verb. */
export function appointedAs(text: string, start: number, from: number): TakenOffices | null {
  AS.lastIndex = from;
  if (!AS.exec(text) || !APPOINTER_BEFORE.test(text.slice(Math.max(0, start - 28), start))) return null;
  const chain = parseOfficeChain(text, AS.lastIndex, false);
  return chain.offices.length ? chain : null;
}

/** "ông Lê Văn A (Trưởng Ban Pháp chế HĐND TP)": offices in brackets after the name. */
export function bracketedOffices(text: string, from: number): TakenOffices | null {
  const open = skipSpaces(text, from);
  if (text[open] !== '(') return null;
  const chain = parseOfficeChain(text, skipSpaces(text, open + 1), false);
  const close = skipSpaces(text, chain.end);
  return chain.offices.length && text[close] === ')' ? { offices: chain.offices, end: close + 1 } : null;
}

const DISMISSAL = /(?:miễn[ ]+nhiệm|thôi[ ]+giữ|cho[ ]+thôi(?:[ ]+giữ)?)[ ]+(?:chức[ ]+danh|chức[ ]+vụ)[ ]+/giu;
const TOWARD = /^[ ]*(?:,[ ]*)?đối[ ]+với[ ]+$/u;

/**
 * "miễn nhiệm chức danh Phó Chủ tịch UBND xã đối với ông X": the office the person held, written before
 * the name (the sentence is about leaving it, but the text gives it as theirs).
 */
export function dismissedFrom(text: string, start: number): RawOffice[] {
  const from = Math.max(0, start - 120);
  const lead = text.slice(from, start);
  if (!lead.includes('đối với')) return [];
  let found: RawOffice[] = [];
  for (const m of lead.matchAll(DISMISSAL)) {
    const chain = parseOfficeChain(text, from + m.index + m[0].length, false);
    if (chain.offices.length && chain.end <= start && TOWARD.test(text.slice(chain.end, start))) found = chain.offices;
  }
  return found;
}
