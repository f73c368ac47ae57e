import { ADMIN_LEVEL_WORDS } from '../lexicon/admin-levels';
import { ORG_HEADS, type OrgHeadEntry } from '../lexicon/organizations';
import { PhraseMatcher } from './phrase-matcher';

/** The heads organizations are named with ("Đảng ủy", "UBND", "Ban"), longest first. */
export const HEADS = new PhraseMatcher(ORG_HEADS.map((h) => ({ forms: h.forms, abbr: h.abbr, entry: h })));

/** The level words of administrative units ("xã", "thị trấn", "TP."). */
export const LEVELS = new PhraseMatcher(ADMIN_LEVEL_WORDS.map((l) => ({ forms: [l.word], abbr: l.abbr, entry: l })));

/** Heads read only where a sentence places a body are skipped elsewhere. */
export const skipPlaceOnly = (e: OrgHeadEntry) => !e.placeOnly;
