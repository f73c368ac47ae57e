import type { AdminLevel, OrganizationKind } from '../../domain/kinds';
import { ADMIN_LEVEL_WORDS, COMMITTEE_OF_LEVEL_WORD } from '../lexicon/admin-levels';
import { ORG_HEADS } from '../lexicon/organizations';
import type { OrgPhrase } from '../recognize/org-phrase';
import type { UnitRef } from '../recognize/unit-ref';
import { contextUnitFor, type ArticleContext, type ContextUnit } from './article-context';
import { labelInFull } from './label-in-full';

/** An organization with its unit completed and its expanded name. */
export interface ResolvedOrg {
  name: string;
  kind: OrganizationKind;
  unit: ContextUnit | null; // the unit it serves, where known
  inner: ResolvedOrg | null; // the organization it belongs to
  head: string; // the lexicon head (or its family) it was written with: "Chi bộ", "Huyện ủy"
  national: boolean; // one body for the whole country (Bộ Chính trị)
  span: { start: number; end: number } | null;
}

/**
 * Completes an organization from the units named beside it in the same
 * chain of offices (`hints`: "Bí thư Đảng ủy, Chủ tịch HĐND xã Lộc Bình")
 * and then from the article's context ("Huyện ủy" -> "Huyện ủy Kiến Thụy").
 */
export function completeOrg(org: OrgPhrase, ctx: ArticleContext, hints: readonly UnitRef[] = []): ResolvedOrg {
  const inner = org.inner ? completeOrg(org.inner, ctx, hints) : null;
  let unit: ContextUnit | null = null;
  if (org.unit?.implied && org.head.name === 'Tổ' && ctx.village) {
    // "Tổ liên gia tự quản số 4" founded by the ward, in a story of one village of it: the village's.
    unit = { ...ctx.village };
  } else if (org.unit) {
    unit = org.unit.name
      ? { word: org.unit.word, level: org.unit.level, name: org.unit.name }
      : fromHints(org.unit.word, hints) ?? contextUnitFor(ctx, org.unit.word);
  } else if (!inner && !ownName(org) && (org.head.name === 'Đảng ủy' || org.head.name === 'Đảng bộ' || org.head.name === 'Ban Chấp hành Đảng bộ')) {
    // "Đảng bộ Công ty X" is named by its company, not by the commune the article is about.
    unit = communeHint(hints) ?? (ctx.commune ? { ...ctx.commune } : null);
  } else if (LOCAL_INSTITUTIONS.has(org.head.name) && org.label && isCommonNoun(org.label)) {
    // "Trạm trưởng Trạm Y tế", "Trường Tiểu học": named by its field alone, the institution of the article's commune.
    const local = ctx.commune ?? ctx.district;
    if (local) unit = { ...local };
  } else if (org.head.name === 'Sở' && org.label && ctx.province) {
    unit = { ...ctx.province }; // a department is the province's (a bare "Sở" is the one the article names: resolve/workplaces)
  } else if (org.head.name === 'Chi bộ' && !org.label && !org.inner) {
    // "Bí thư Chi bộ, Trưởng ấp Sâm Bua": a bare cell is the village's named beside it.
    // Else, in a story of one village ("Chi bộ Tổ dân phố Bắc Sơn 2 ... Bí thư Chi bộ"), that village's.
    const v = hints.find((u) => u.level === 'VILLAGE' && u.name);
    if (v) unit = { word: v.word, level: v.level, name: v.name! };
    else if (ctx.village) unit = { ...ctx.village };
  }
  const bareWord = org.unit && !unit && !org.unit.implied ? org.unit.word : null;
  return {
    name: render(org, inner, unit, bareWord, ctx),
    kind: kindOf(org, inner),
    unit: unit ?? inner?.unit ?? null,
    inner,
    head: org.head.family ?? org.head.name,
    national: Boolean(org.head.national) || Boolean(inner?.national && !unit),
    span: org.end > org.start ? { start: org.start, end: org.end } : null,
  };
}

/** "Đảng bộ Công ty X": a Party organization named by its workplace, not by the article's commune ("Đảng bộ cơ quan" is). */
function ownName(org: OrgPhrase): boolean {
  return org.label !== null && org.label !== 'cơ quan';
}

/** Institutions every commune has one of, named by their field: "Trạm Y tế", "Trường Mầm non". */
const LOCAL_INSTITUTIONS = new Set(['Trạm', 'Trường']);

/** A field without a proper name: every word after the first in lowercase ("Y tế", "Mầm non"). */
function isCommonNoun(label: string): boolean {
  return label.split(' ').slice(1).every((w) => w === w.toLowerCase());
}

/** The Party committee of a unit: "huyện" X -> "Huyện ủy X", "xã" X -> "Đảng ủy xã X". */
export function committeeOf(unit: ContextUnit | UnitRef): OrgPhrase {
  const word = COMMITTEE_OF_LEVEL_WORD[unit.word];
  const head = ORG_HEADS.find((h) => h.name === (word ?? 'Đảng ủy'))!;
  const ref: UnitRef = { word: unit.word, level: unit.level, name: unit.name, start: 0, end: 0 };
  return { head, label: null, inner: null, unit: ref, start: 0, end: 0 };
}

/** An organization named by a lexicon head alone ("Tỉnh ủy" for a TUV), its unit left to complete. */
export function orgFromHeadName(name: string): OrgPhrase | null {
  const head = ORG_HEADS.find((h) => h.name === name);
  if (!head) return null;
  const level = ADMIN_LEVEL_WORDS.find((l) => l.word === head.committee)?.level ?? 'PROVINCE';
  const unit: UnitRef | null = head.committee ? { word: head.committee, level, name: null, start: 0, end: 0 } : null;
  return { head, label: null, inner: null, unit, start: 0, end: 0 };
}

function fromHints(word: string, hints: readonly UnitRef[]): ContextUnit | null {
  const h = hints.find((u) => u.word === word && u.name);
  return h ? { word: h.word, level: h.level, name: h.name! } : null;
}

function communeHint(hints: readonly UnitRef[]): ContextUnit | null {
  const h = hints.find((u) => u.name && (u.level === 'COMMUNE' || u.level === 'WARD' || u.level === 'TOWN'));
  return h ? { word: h.word, level: h.level as AdminLevel, name: h.name! } : null;
}

function render(org: OrgPhrase, inner: ResolvedOrg | null, unit: ContextUnit | null, bareWord: string | null, ctx: ArticleContext): string {
  if (org.head.committee) return unit ? `${org.head.name} ${unit.name}` : org.head.name;
  if (!org.head.name) return renderUnitOrg(unit ?? null, bareWord, ctx);
  // "Đoàn Thanh niên Công ty X": the name written before an agency's.
  const parts = [inner && org.head.agency ? org.head.agency : org.head.name];
  if (org.label) parts.push(labelInFull(org.label, org.head.name === 'Trường', ctx));
  if (inner) parts.push(inner.name);
  if (unit) parts.push(renderUnitOrg(unit, null, ctx));
  else if (bareWord) parts.push(bareWord);
  return parts.join(' ');
}

/** A unit as a body or a body's unit; a village with its commune from context: "thôn Pá Chí xã Thanh Long". */
function renderUnitOrg(unit: ContextUnit | null, bareWord: string | null, ctx: ArticleContext): string {
  if (!unit) return bareWord ?? '';
  const own = `${unit.word} ${unit.name}`;
  return unit.level === 'VILLAGE' && ctx.commune ? `${own} ${ctx.commune.word} ${ctx.commune.name}` : own;
}

function kindOf(org: OrgPhrase, inner: ResolvedOrg | null): OrganizationKind {
  if (inner && org.head.officer) return inner.kind;
  if (inner && (org.head.name === 'Thường trực' || org.head.name === 'Văn phòng') && inner.kind !== 'PARTY_COMMITTEE') return inner.kind;
  return org.head.kind;
}
