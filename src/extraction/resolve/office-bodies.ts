import type { OfficeEntry } from '../lexicon/offices';
import type { RawOffice } from '../recognize/office-chain';
import type { OrgPhrase } from '../recognize/org-phrase';
import type { UnitRef } from '../recognize/unit-ref';
import type { ArticleContext } from './article-context';
import { WORKPLACES as AGENCIES } from '../lexicon/organizations';
import { committeeOf, completeOrg, orgFromHeadName, type ResolvedOrg } from './complete-org';

/** An office with the body it belongs to, completed. */
export interface ResolvedOffice {
  title: string;
  org: ResolvedOrg | null;
  /** The body was taken from the article's unit, not from the text beside the office. */
  guessed?: boolean;
  span: { start: number; end: number };
}

/** What the article says around a chain: whether it names one company in full (resolve/workplaces). */
export interface ChainSetting {
  company: boolean;
  /** The units named before `pos` in its sentence, the nearest first. */
  unitsBefore?: (pos: number) => UnitRef[];
}

/**
 * The offices of one chain, bodies completed from the chain, then from the units named before it in its
 * sentence ("Chủ tịch UBND xã Na Ư và đồng chí X - Phó Chủ tịch HĐND xã": xã Na Ư), then the context.
 */
export function resolveChain(
  chain: readonly RawOffice[], ctx: ArticleContext, setting: ChainSetting = { company: false }, before: readonly UnitRef[] = [],
): ResolvedOffice[] {
  const units = chain.flatMap((o, i) => unitsOf(o.org).map((u) => ({ u, i })));
  return chain.map((o, i) => {
    const own = [...units.filter((x) => x.i > i), ...units.filter((x) => x.i <= i).reverse()].map((x) => x.u);
    const hints = own.concat(before);
    const party = !o.org && !o.antecedent && !o.entry.implied && o.entry.party ? partyBody(o.entry, i, chain, hints, ctx) : null;
    if (party) return { title: o.entry.title, ...party, span: { start: o.start, end: o.end } };
    // "Ủy ban bầu cử xã gồm ..., do đ/c A làm Chủ tịch": the listed body, unless an office of its kind beside names one (bare-offices).
    if (!o.org && o.listedIn) return { title: o.entry.title, org: completeOrg(o.listedIn, ctx), guessed: true, span: { start: o.start, end: o.end } };
    return { title: o.entry.title, org: bodyOf(o, i, chain, hints, own, ctx, setting), span: { start: o.start, end: o.end } };
  });
}

function bodyOf(
  o: RawOffice, i: number, chain: readonly RawOffice[], hints: UnitRef[], own: UnitRef[], ctx: ArticleContext, setting: ChainSetting,
): ResolvedOrg | null {
  const bareCell = o.org !== null && isBareCell(o.org);
  // "Phó Bí thư Đảng ủy, Giám đốc Công ty" in a story of no commune: the company's committee.
  const bareCommittee = o.org !== null && !ctx.commune && isBareCommittee(o.org);
  const place = bareCell ? workplaceBeside(i, chain, setting.company) : bareCommittee ? agencyBeside(i, chain) : null;
  if (place) return completeOrg({ ...o.org!, inner: place }, ctx, hints);
  // "Bí thư Chi bộ, Trưởng ấp Sâm Bua": a village beside a bare cell names it before a cell named earlier does.
  const village = bareCell && own.some((u) => u.level === 'VILLAGE' && u.name);
  if (o.antecedent && !village) return completeOrg(o.antecedent, ctx);
  // "Trưởng Ban Xây dựng Đảng" beside "UVBTV Đảng ủy": a Party board of the chain's committee.
  const committee = o.org && isBareBoard(o.org) ? committeeBeside(i, chain, ctx) : null;
  if (committee) return completeOrg({ ...o.org!, inner: committee.org }, ctx, hints);
  // A head word alone ("Chủ tịch Hội đồng chủ trì") with no body named before it names none.
  if (o.org && isBareInPlace(o.org)) return null;
  if (o.org) return completeOrg(o.org, ctx, hints);
  const implied = o.entry.implied ? orgFromHeadName(o.entry.implied) : null;
  if (implied) return completeOrg(implied, ctx, hints);
  // "Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh": two offices of the body written after the second.
  const next = chain[i + 1];
  return next?.org && !next.entry.party && !next.entry.implied ? completeOrg(next.org, ctx, hints) : null;
}

/** "UVBTV, Phó Chủ tịch HĐND huyện": a Party office's body is the committee of the unit beside it. */
function partyBody(e: OfficeEntry, i: number, chain: readonly RawOffice[], hints: UnitRef[], ctx: ArticleContext): { org: ResolvedOrg; guessed: boolean } | null {
  const order = [...chain.slice(i + 1), ...chain.slice(0, i).reverse()];
  // "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh đoàn": a mass organization's own standing committee.
  const mass = e.title.startsWith('Ủy viên Ban') ? order.map((o) => massOrgAbove(o.org)).find((o) => o) : null;
  if (mass) return { org: completeOrg(mass, ctx, hints), guessed: false };
  const committee = committeeBeside(i, chain, ctx);
  if (committee) return { org: completeOrg(committee.org, ctx, hints), guessed: committee.guessed };
  // "ĐUV, Chánh Văn phòng Sở" in an agency's story: the article's Đảng ủy, not the office named next.
  return e.title === 'Đảng ủy viên' ? { org: completeOrg(orgFromHeadName('Đảng ủy')!, ctx, hints), guessed: true } : null;
}

/**
 * The Party committee a chain's Party offices belong to: the one named in it, implied by it ("TUV"), or of
 * the unit beside ("Phó Bí thư, Chủ tịch UBND xã"); else, `guessed`, the committee of the article's unit.
 */
function committeeBeside(i: number, chain: readonly RawOffice[], ctx: ArticleContext): { org: OrgPhrase; guessed: boolean } | null {
  for (const other of [...chain.slice(i + 1), ...chain.slice(0, i).reverse()]) {
    const committee = partyCommitteeIn(other.org) ?? (other.entry.implied ? orgFromHeadName(other.entry.implied) : null);
    if (committee) return { org: committee, guessed: false };
    const unit = other.org && unitsOf(other.org).find((u) => u.level !== 'VILLAGE');
    const bare = other.org?.unit && other.org.unit.level !== 'VILLAGE' ? other.org.unit : null;
    if (unit || bare) return { org: committeeOf(unit || bare!), guessed: false };
  }
  const fallback = ctx.commune ?? ctx.district;
  return fallback ? { org: committeeOf(fallback), guessed: true } : null;
}

/** The boards of a Party committee, written bare in a chain ("UVBTV Huyện ủy, Trưởng BDV, Chủ tịch UBMTTQ huyện"). */
const PARTY_BOARDS = new Set(['Ban Dân vận', 'Ban Tuyên giáo', 'Ban Tổ chức', 'Ban Tuyên giáo và Dân vận', 'Ủy ban Kiểm tra']);
const PARTY_BOARD_LABELS = new Set(['Dân vận', 'Tuyên giáo', 'Tổ chức', 'Tuyên giáo và Dân vận', 'Xây dựng Đảng', 'Nội chính', 'Kiểm tra']);

function isBareBoard(org: OrgPhrase): boolean {
  if (org.inner || org.unit) return false;
  return PARTY_BOARDS.has(org.head.name) || (org.head.name === 'Ban' && PARTY_BOARD_LABELS.has(org.label ?? ''));
}

const WORKPLACES = new Set(['Trường', 'Trạm', 'Công ty', 'Hợp tác xã', 'Trung tâm', 'Phòng', 'Sở', 'Công an', 'Đội']);

function isBareInPlace(org: OrgPhrase): boolean {
  return org.head.placeOnly === true && !AGENCIES.includes(org.head.name) && !org.label && !org.inner && !org.unit;
}

function isBareCell(org: OrgPhrase): boolean {
  return org.head.name === 'Chi bộ' && !org.label && !org.inner && !org.unit;
}

/** A Party committee that may be an agency's (lexicon `agency`: "Đảng ủy", "Ban Chấp hành Đảng bộ"), written bare. */
function isBareCommittee(org: OrgPhrase): boolean {
  return org.head.agency !== undefined && org.head.kind === 'PARTY_COMMITTEE' && !org.inner && !org.unit;
}

/** Armed forces' agencies with Party committees of their own: "Trưởng Công an huyện ..., Bí thư Đảng ủy". */
const ARMED_AGENCIES = new Set(['Công an', 'Bộ Chỉ huy Quân sự']);

/** The agency named beside a bare Party committee in a chain: one with a committee of its own (a company, a hospital, a department). */
function agencyBeside(i: number, chain: readonly RawOffice[]): OrgPhrase | null {
  for (const other of [...chain.slice(i + 1), ...chain.slice(0, i).reverse()]) {
    if (other.org && (AGENCIES.includes(other.org.head.name) || ARMED_AGENCIES.has(other.org.head.name))) return other.org;
  }
  return null;
}

/**
 * "Giám đốc Trung tâm X, ... Bí thư Chi bộ": a bare cell is that of the workplace named beside it in the chain.
 * "Trưởng phòng Nhân sự, Phó Bí thư Chi bộ": a department named without its unit is a part of the company
 * the article names, whose cell it is.
 */
function workplaceBeside(i: number, chain: readonly RawOffice[], company: boolean): OrgPhrase | null {
  for (const other of [...chain.slice(0, i).reverse(), ...chain.slice(i + 1)]) {
    const department = other.org?.head.name === 'Phòng' && !other.org.unit && !other.org.inner;
    if (department && company) return orgFromHeadName('Công ty');
    if (other.org && WORKPLACES.has(other.org.head.name) && !department) return other.org;
  }
  return null;
}

/** The mass organization a board belongs to ("Ban Tổ chức LĐLĐ tỉnh" -> "LĐLĐ tỉnh"), not the organization itself. */
function massOrgAbove(org: OrgPhrase | null): OrgPhrase | null {
  for (let o = org?.inner ?? null; o; o = o.inner) if (o.head.kind === 'MASS_ORGANIZATION') return o;
  return null;
}

function partyCommitteeIn(org: OrgPhrase | null): OrgPhrase | null {
  for (let o = org; o; o = o.inner) if (o.head.kind === 'PARTY_COMMITTEE' && !o.head.national) return o;
  return null;
}

function unitsOf(org: OrgPhrase | null): UnitRef[] {
  const out: UnitRef[] = [];
  for (let o = org; o; o = o.inner) if (o.unit?.name) out.push(o.unit);
  return out;
}

