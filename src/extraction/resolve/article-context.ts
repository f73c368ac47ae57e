import type { AdminLevel } from '../../domain/kinds';
import { PROVINCE_NAMES } from '../lexicon/provinces';
import { foldTight } from '../keys';
import type { UnitMention } from '../recognize/admin-unit-recognizer';
import { definedAbbreviations } from './abbreviations';

/** A unit the article is about: its level word and name ("xã", "Lộc Bình"). */
export interface ContextUnit {
  word: string;
  level: AdminLevel;
  name: string;
}

/**
 * The province, district and commune an article is about: at each level the
 * unit named most often (banners, menus and the title count too), if no
 * other is named as often; a commune must be named twice. Province names
 * folded into the article's address or a site address in the text
 * ("gialai.gov.vn") count too. A bare
 * "huyện" or "Huyện ủy" in the article means these; a bare "thôn" the
 * village named most (twice or more).
 */
export interface ArticleContext {
  province: ContextUnit | null;
  district: ContextUnit | null;
  commune: ContextUnit | null;
  /** The village a story of a village is about ("Chi bộ bản Pá Bon ... Trưởng bản"), named twice or more. */
  village?: ContextUnit | null;
  /** Initials the article defines in brackets ("phòng, chống thiên tai (PCTT)"), for names written with them: read once, when a name first holds initials. */
  abbreviations?: () => ReadonlyMap<string, string>;
}

const TIGHT_PROVINCES = PROVINCE_NAMES.map((p) => [p, foldTight(p)] as const);

export function buildContext(units: readonly UnitMention[], urls: ReadonlyArray<string | null | undefined>, text = ''): ArticleContext {
  const extra: UnitMention[] = [];
  for (const url of urls) {
    const tightUrl = url ? foldTight(decodeSafe(url)) : '';
    for (const [p, tight] of TIGHT_PROVINCES) {
      if (tightUrl && tight.length >= 5 && tightUrl.includes(tight)) {
        extra.push({ word: 'tỉnh', level: 'PROVINCE', name: p, start: 0, end: 0, weight: 1 });
      }
    }
  }
  const all = [...units, ...extra];
  const district = dominant(all.filter((u) => u.level === 'DISTRICT'), 0.5);
  return {
    province: dominant(all.filter((u) => u.level === 'PROVINCE'), 1),
    district: district ?? districtOfSite(urls[0], text),
    commune: dominant(all.filter((u) => u.level === 'COMMUNE' || u.level === 'WARD' || u.level === 'TOWN'), 2),
    village: dominant(all.filter((u) => u.level === 'VILLAGE'), 2),
    abbreviations: once(() => definedAbbreviations(text)),
  };
}

/** A district committee written bare: "Huyện ủy", "Thị ủy", "Quận ủy", with the level word of its unit. */
const BARE_DISTRICT_COMMITTEE = /(Huyện|Thị|Quận) ủy(?![ ]+\p{Lu})/u;
const LEVEL_OF_COMMITTEE: Readonly<Record<string, string>> = { Huyện: 'huyện', Thị: 'thị xã', Quận: 'quận' };
const NAME_OF_TWO_OR_THREE = /(?<![\p{L}])\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){1,2}(?![\p{L}])/gu;

/**
 * "haihau.namdinh.dcs.vn": a district's own site, in an article that writes its committee bare ("Ủy ban Kiểm tra
 * Huyện ủy") and never names the district but in passing ("- Hải Hậu: Hội nghị ..."): the name the site is called by.
 */
function districtOfSite(url: string | null | undefined, text: string): ContextUnit | null {
  const host = url ? /^[a-z]+:\/\/([a-z]{4,24})\.[a-z]+\.(?:dcs|gov)\.vn/u.exec(url)?.[1] : undefined;
  const bare = host ? BARE_DISTRICT_COMMITTEE.exec(text) : null;
  if (!host || !bare) return null;
  for (const m of text.matchAll(NAME_OF_TWO_OR_THREE)) {
    if (foldTight(m[0]) === host) return { word: LEVEL_OF_COMMITTEE[bare[1]], level: 'DISTRICT', name: m[0] };
  }
  return null;
}

/** The unit a bare level word stands for: "huyện" -> the article's district, if it is a huyện. */
export function contextUnitFor(ctx: ArticleContext, word: string): ContextUnit | null {
  for (const u of [ctx.village ?? null, ctx.commune, ctx.district, ctx.province]) {
    if (u && u.word === word) return u;
  }
  // A bare "thành phố" ("Thành ủy") in an article about a province-level city ("Hải Phòng", "tỉnh Huế"),
  // unless the article is about a district whose city it could be.
  const city = ctx.province && (!ctx.district || CENTRAL_CITIES.has(ctx.province.name));
  if (word === 'thành phố' && city) return { ...ctx.province!, word };
  if (word === 'tỉnh') return ctx.province;
  return null;
}

/** The cities run by the centre: their "Thành ủy" is the province-level committee. */
const CENTRAL_CITIES = new Set(['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Hồ Chí Minh', 'Huế']);

function dominant(units: readonly UnitMention[], min: number): ContextUnit | null {
  const score = new Map<string, { unit: UnitMention; weight: number }>();
  for (const u of units) {
    const key = u.name.toLowerCase();
    const s = score.get(key);
    if (s) s.weight += u.weight;
    else score.set(key, { unit: u, weight: u.weight });
  }
  const ranked = [...score.values()].sort((a, b) => b.weight - a.weight);
  if (!ranked.length || ranked[0].weight < min) return null;
  if (ranked[1] && ranked[1].weight >= ranked[0].weight) return null;
  const u = ranked[0].unit;
  return { word: u.word, level: u.level, name: u.name };
}

function decodeSafe(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
