import { COMMITTEE_OF_LEVEL_WORD } from '../lexicon/admin-levels';
import { holdsInitials, withAbbreviationsExpanded } from './abbreviations';
import { contextUnitFor, type ArticleContext } from './article-context';

/**
 * A body's free-text name as the graph names it: the Party organization or committee it speaks of with the
 * article's unit of its level, a school's level and other initials in full.
 */
export function labelInFull(label: string, isSchool: boolean, ctx: ArticleContext): string {
  const full = holdsInitials(label) ? withAbbreviationsExpanded(label, ctx.abbreviations?.() ?? NONE) : label;
  if (full.includes('Đảng bộ ')) return withPartyUnit(full, ctx);
  return withCommitteeUnit(schoolLevelsExpanded(full, isSchool), ctx);
}
const NONE: ReadonlyMap<string, string> = new Map();

/** A school's level written by its initials ("Trường THCS Yên Thạch"), named in full as bodies are. */
const SCHOOL_LEVELS: Readonly<Record<string, string>> = {
  THCS: 'Trung học cơ sở', THPT: 'Trung học phổ thông', TH: 'Tiểu học', MN: 'Mầm non', PTCS: 'Phổ thông cơ sở',
  PTDTBT: 'Phổ thông Dân tộc bán trú', PTDTNT: 'Phổ thông Dân tộc nội trú',
};
/** After "Trường", or after another level and "và" ("Trường Tiểu học và THCS La Dạ": a school of two levels). */
const SCHOOL_LEVEL_AFTER =
  /(?<=Trường |(?:Mầm non|Tiểu học|Trung học cơ sở|MN|TH|THCS) (?:và|&) |(?:bán trú|nội trú|PTDTBT|PTDTNT) )(THCS|THPT|TH|MN|PTCS|PTDTBT|PTDTNT)(?= )/gu;
/** "TH&THCS": two levels joined by "&", written apart first. */
const AMPERSAND_LEVELS = /(?<=^|Trường )(MN|TH|THCS)[ ]*&[ ]*(TH|THCS|THPT)(?= )/gu;
const SCHOOL_LEVEL_FIRST = /^(THCS|THPT|TH|MN|PTCS|PTDTBT|PTDTNT)(?= )/u;

/** The label with a school's level in full: after "Trường" inside it, or first when the body is the school. */
function schoolLevelsExpanded(label: string, isSchool: boolean): string {
  const apart = label.includes('&') ? label.replace(AMPERSAND_LEVELS, (_all, a: string, b: string) => `${a} và ${b}`) : label;
  const first = isSchool ? apart.replace(SCHOOL_LEVEL_FIRST, (code: string) => SCHOOL_LEVELS[code]) : apart;
  return first.replace(SCHOOL_LEVEL_AFTER, (code: string) => SCHOOL_LEVELS[code]);
}

/** "Đảng bộ huyện" with no name after it, inside a free-text name: "(Tiểu ban Văn kiện Đại hội đại biểu) Đảng bộ huyện| lần thứ XXVI". */
const BARE_PARTY_UNIT = /Đảng bộ (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?![ ]+(?:\p{Lu}|\d)|[\p{L}])/gu;

/** The Party organization a free-text name speaks of, given the article's unit of its level ("Đảng bộ huyện Giao Thủy lần thứ XXVI"). */
function withPartyUnit(label: string, ctx: ArticleContext): string {
  return label.replace(BARE_PARTY_UNIT, (all, word: string) => {
    const unit = contextUnitFor(ctx, word);
    return unit ? `${all} ${unit.name}` : all;
  });
}

/** "Huyện ủy" with no name after it, inside a free-text name: "(Tổ giúp việc) Ban Thường vụ Huyện ủy| về công tác nhân sự". */
const BARE_COMMITTEE = new RegExp(`(${Object.values(COMMITTEE_OF_LEVEL_WORD).join('|')})(?![ ]+(?:\\p{Lu}|\\d)|[\\p{L}])`, 'gu');
const LEVEL_WORD_OF_COMMITTEE = new Map(Object.entries(COMMITTEE_OF_LEVEL_WORD).map(([word, committee]) => [committee, word]));

/** The committee a free-text name speaks of, given the article's unit of its level ("Ban Thường vụ Huyện ủy Kon Brai về ..."). */
function withCommitteeUnit(label: string, ctx: ArticleContext): string {
  return label.replace(BARE_COMMITTEE, (all: string) => {
    const unit = contextUnitFor(ctx, LEVEL_WORD_OF_COMMITTEE.get(all)!);
    return unit ? `${all} ${unit.name}` : all;
  });
}
