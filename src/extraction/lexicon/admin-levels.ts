import type { AdminLevel } from '../../domain/kinds';

/** A word that names a level of administrative unit, as written before the unit's name. */
export interface AdminLevelWord {
  readonly word: string; // lowercase: "xã", "thị trấn"
  readonly level: AdminLevel;
  readonly abbr?: readonly string[]; // as written: "TP." for "thành phố"
}

/** Unit words, longest first so "thị xã" wins over "xã". "thành phố" is district level unless its name is a province's. */
export const ADMIN_LEVEL_WORDS: readonly AdminLevelWord[] = [
  { word: 'tổ dân phố', level: 'VILLAGE' },
  { word: 'thành phố', level: 'DISTRICT', abbr: ['TP.', 'Tp.', 'TP'] },
  { word: 'thị trấn', level: 'TOWN' },
  { word: 'khu dân cư', level: 'VILLAGE' },
  { word: 'khu phố', level: 'VILLAGE' },
  { word: 'thị xã', level: 'DISTRICT', abbr: ['TX.', 'TX'] },
  { word: 'tỉnh', level: 'PROVINCE' },
  { word: 'huyện', level: 'DISTRICT' },
  { word: 'quận', level: 'DISTRICT', abbr: ['Q.'] },
  { word: 'phường', level: 'WARD', abbr: ['P.'] },
  { word: 'xã', level: 'COMMUNE' },
  // The special zones the 2025 reform made of island districts ("đặc khu Kiên Hải"), at the communes' level.
  { word: 'đặc khu', level: 'COMMUNE' },
  { word: 'thôn', level: 'VILLAGE' },
  { word: 'bản', level: 'VILLAGE' },
  { word: 'ấp', level: 'VILLAGE' },
  { word: 'khóm', level: 'VILLAGE' },
  { word: 'buôn', level: 'VILLAGE' },
  { word: 'xóm', level: 'VILLAGE' },
  { word: 'làng', level: 'VILLAGE' },
];

/** How specific a level is: a larger number is a smaller unit. */
export const LEVEL_RANK: Readonly<Record<AdminLevel, number>> = {
  PROVINCE: 1, DISTRICT: 2, COMMUNE: 3, WARD: 3, TOWN: 3, VILLAGE: 4,
};

/** The Party committee word of a level: "huyện" -> "Huyện ủy"; communes have a "Đảng ủy xã ...". */
export const COMMITTEE_OF_LEVEL_WORD: Readonly<Record<string, string>> = {
  'tỉnh': 'Tỉnh ủy',
  'thành phố': 'Thành ủy',
  'huyện': 'Huyện ủy',
  'quận': 'Quận ủy',
  'thị xã': 'Thị ủy',
};
