import { readNgayDateAt, type WrittenDate } from './date-recognizer';
import { parseOrg, type OrgPhrase } from './org-phrase';

/** Who passed or signed a document, told after its number: "được Quốc hội thông qua ngày D", "do X ký ngày D". */

const PASSED_BY = /[ ,]*(?:(?:đã[ ]+)?được|do)[ ]+/iuy;
const PASSED = /[ ]+(?:thông[ ]+qua|ban[ ]+hành|ký(?:[ ]+ban[ ]+hành)?(?![\p{L}]))(?:[ ]+vào)?/iuy;

/**
 * "được Quốc hội thông qua ngày 28/11/2023", "do Ban Thường vụ Đảng ủy phường ký ban hành", "do ông X, Chủ tịch UBND phường ký",
 * "do KT. Chủ tịch UBND huyện, Phó Chủ tịch X ký": the body (or the office) that passed it, and the day.
 */
export function passedBy(text: string, pos: number): { issuer: OrgPhrase; date: WrittenDate | null; end: number } | null {
  PASSED_BY.lastIndex = pos;
  const by = PASSED_BY.exec(text);
  const body = by ? parseOrg(text, pos + by[0].length, false, true) : null;
  const officer = by && !body && /(?:^|[ ,])do[ ]+$/u.test(by[0]) ? signingOfficer(text, pos + by[0].length) : null;
  const issuer = body ?? officer;
  if (!issuer) return null;
  const verbs = officer ? SIGNED_BY_OFFICER : PASSED;
  verbs.lastIndex = issuer.end;
  const verb = verbs.exec(text);
  if (!verb) return null;
  const date = readNgayDateAt(text, issuer.end + verb[0].length);
  return { issuer, date, end: date ? date.end : issuer.end + verb[0].length };
}

/** "do |ông Huỳnh Văn Đông, Chủ tịch UBND phường| ký": a person, then the office in whose name the person signed. */
const SIGNER = /(?:(?:ông|bà|đồng[ ]+chí|đ\/c)[ ]+)?\p{Lu}\p{Ll}*(?:[ ]+\p{Lu}\p{Ll}*){1,4}[ ]*(?:,|[-–])[ ]*/uy;
/** "KT. Chủ tịch", "TM. Ban Thường vụ": signed for the office or body named after it. */
const FOR_OFFICE = /(?:KT|TM|TL|Q)\.[ ]*/uy;
/** The signing verb, past the deputy who signed for the office ("KT. Chủ tịch UBND xã, Phó Chủ tịch X ký"). */
const SIGNED_BY_OFFICER = /(?:[ ]*,[ ]*[^,.;:\n]{1,60}?)?[ ]*,?[ ]+ký(?:[ ]+ban[ ]+hành)?(?![\p{L}])(?:[ ]+vào)?/uy;

/** The office (a head of a body: "Chủ tịch UBND phường") of the person named at `at`, or signed for ("KT. Chủ tịch ..."). */
export function signingOfficer(text: string, at: number): OrgPhrase | null {
  FOR_OFFICE.lastIndex = at;
  const forOffice = FOR_OFFICE.exec(text);
  SIGNER.lastIndex = at;
  const who = forOffice ?? SIGNER.exec(text);
  const office = who ? parseOrg(text, at + who[0].length, false, true) : null;
  return office?.head.officer ? office : null;
}
