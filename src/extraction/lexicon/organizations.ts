import type { OrganizationKind } from '../../domain/kinds';

/**
 * How an organization's name starts, expanded ("UBND" -> "Ủy ban nhân dân"),
 * and what may follow it:
 * - `committee`: a Party committee named by its level; the unit's proper
 *   name follows directly ("Huyện ủy Lấp Vò"); `level` is the unit level word.
 * - `unit`: a level word and name follow ("Hội đồng nhân dân xã Trung Lý").
 * - `inner`: a body of another organization, which follows
 *   ("Ban Thường vụ Tỉnh ủy", "Ủy ban Kiểm tra Huyện ủy").
 * - `named`: a proper name follows before the inner body ("Ban Dân vận Huyện ủy").
 * - `open`: the rest of the phrase names it ("Chi bộ Trường Mầm non ...").
 * - `national`: one body for the whole country; no unit follows.
 * - `innerOnly`: only as the body something belongs to ("Ban Dân vận Trung ương").
 * - `placeOnly`: only where the sentence says an organization stands: a
 *   document's issuer ("... của Thủ tướng Chính phủ"), a founded body ("Tổ
 *   bảo vệ an ninh ... được thành lập"); the rest of that stretch is its name.
 */
export interface OrgHeadEntry {
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly forms: readonly string[];
  readonly abbr?: readonly string[];
  readonly committee?: string; // the level word: "huyện"
  readonly unit?: boolean;
  readonly inner?: boolean;
  readonly named?: boolean;
  readonly open?: boolean;
  readonly national?: boolean;
  readonly innerOnly?: boolean;
  readonly placeOnly?: boolean;
  /** A delegation: a number and the body that sent it may follow ("Đoàn kiểm tra số 2 của Ban Thường vụ Thành ủy"). */
  readonly delegation?: boolean;
  /** Stands as this body only with a unit right after ("Đoàn xã X", not "Đoàn kiểm tra"). */
  readonly unitAfter?: boolean;
  /** An office that issues in its body's name: the body follows and gives the kind ("Chủ tịch UBND tỉnh"). */
  readonly officer?: boolean;
  /**
   * A body that may be an agency's, named as written here before the workplace that follows
   * ("Đảng ủy Sở", "Ban Chấp hành Đảng bộ Bệnh viện X", "Đoàn Thanh niên Công ty Y").
   */
  readonly agency?: string;
  /** Heads of one family name the same body short and long in one article ("Đảng ủy Khối" for "Đảng ủy Khối các cơ quan tỉnh"). */
  readonly family?: string;
}

/**
 * Workplaces a text names in full once and then bare ("Công ty Cổ phần X" ...
 * "Phó Giám đốc công ty", "Chi bộ Công ty", "Giám đốc Bệnh viện", "Giám đốc Sở"): the bare word is that one.
 */
export const WORKPLACES: readonly string[] = ['Công ty', 'Hợp tác xã', 'Trường', 'Bệnh viện', 'Sở'];

/** Workplaces written otherwise: "HTX"; "Hiệu trưởng nhà trường" (the school the article names). */
export const OTHER_FORMS: ReadonlyMap<string, readonly string[]> = new Map([['Hợp tác xã', ['HTX']], ['Trường', ['nhà trường']]]);

const FRONT = ['Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'MTTQ Việt Nam', 'MTTQ VN', 'MTTQVN', 'MTTQ'];

export const ORG_HEADS: readonly OrgHeadEntry[] = [
  { name: 'Tỉnh ủy', kind: 'PARTY_COMMITTEE', forms: ['Tỉnh ủy'], abbr: ['TU'], committee: 'tỉnh' },
  { name: 'Thành ủy', kind: 'PARTY_COMMITTEE', forms: ['Thành ủy'], committee: 'thành phố' },
  { name: 'Huyện ủy', kind: 'PARTY_COMMITTEE', forms: ['Huyện ủy'], abbr: ['HU'], committee: 'huyện' },
  { name: 'Quận ủy', kind: 'PARTY_COMMITTEE', forms: ['Quận ủy'], abbr: ['QU'], committee: 'quận' },
  { name: 'Thị ủy', kind: 'PARTY_COMMITTEE', forms: ['Thị ủy'], committee: 'thị xã' },
  { name: 'Đảng ủy', kind: 'PARTY_COMMITTEE', forms: ['Đảng ủy'], abbr: ['ĐU'], unit: true, agency: 'Đảng ủy' },
  // Party committees of a province's agencies, named by what they group: "Đảng ủy Khối các cơ quan tỉnh",
  // "Đảng ủy các cơ quan Đảng tỉnh" and "Đảng ủy UBND tỉnh" (since 2025).
  ...[
    ['Khối các cơ quan', []], ['Khối Doanh nghiệp', []], ['Khối Dân chính Đảng', []], ['Khối Cơ quan và Doanh nghiệp', []],
    ['các cơ quan Đảng', []], ['Ủy ban nhân dân', ['UBND']], ['Quân sự', []], ['Công an', []],
    ['Khối', []],
  ].flatMap(([group, abbr]) => (['Đảng ủy', 'Đảng bộ'] as const).map((head): OrgHeadEntry => ({
    name: `${head} ${group as string}`,
    kind: 'PARTY_COMMITTEE',
    forms: [`${head} ${group as string}`, ...(abbr as string[]).map((a) => `${head} ${a}`)],
    unit: true,
    family: (group as string).startsWith('Khối') ? `${head} Khối` : undefined,
  }))),
  { name: 'Ban Chấp hành Trung ương Đảng', kind: 'PARTY_COMMITTEE', forms: ['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương', 'BCH Trung ương Đảng', 'BCH Trung ương', 'Trung ương Đảng'], abbr: ['BCH TW', 'BCHTW', 'BCH TƯ', 'BCHTƯ'], national: true },
  { name: 'Ban Chấp hành Đảng bộ', kind: 'PARTY_COMMITTEE', forms: ['Ban Chấp hành Đảng bộ', 'BCH Đảng bộ'], unit: true, agency: 'Ban Chấp hành Đảng bộ' },
  { name: 'Đảng bộ', kind: 'PARTY_COMMITTEE', forms: ['Đảng bộ'], unit: true, open: true },
  { name: 'Bộ Chính trị', kind: 'PARTY_COMMITTEE', forms: ['Bộ Chính trị'], national: true },
  { name: 'Quân ủy Trung ương', kind: 'PARTY_COMMITTEE', forms: ['Quân ủy Trung ương', 'Quân ủy TW', 'Quân ủy TƯ'], abbr: ['QUTW', 'QUTƯ'], national: true },
  { name: 'Ban Bí thư Trung ương Đảng', kind: 'PARTY_STANDING_BODY', forms: ['Ban Bí thư Trung ương Đảng', 'Ban Bí thư Trung ương', 'Ban Bí thư'], national: true },
  { name: 'Trung ương', kind: 'PARTY_COMMITTEE', forms: ['Trung ương'], abbr: ['TW', 'TƯ'], national: true, innerOnly: true },
  { name: 'Ban Thường vụ', kind: 'PARTY_STANDING_BODY', forms: ['Ban Thường vụ'], abbr: ['BTV'], inner: true },
  // "BCH Đoàn xã", "BCH Hội Nông dân xã": the executive committee of the body after it, written by its initials.
  { name: 'Ban Chấp hành', kind: 'PARTY_STANDING_BODY', forms: [], abbr: ['BCH'], inner: true },
  { name: 'Ban Thường trực', kind: 'FATHERLAND_FRONT', forms: ['Ban Thường trực'], abbr: ['BTT'], inner: true },
  { name: 'Thường trực', kind: 'PARTY_STANDING_BODY', forms: ['Thường trực'], inner: true },
  { name: 'Ủy ban Kiểm tra', kind: 'PARTY_STANDING_BODY', forms: ['Ủy ban Kiểm tra'], abbr: ['UBKT'], inner: true },
  {
    name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
    kind: 'PEOPLES_COMMITTEE',
    forms: ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Văn phòng HĐND và UBND', 'Văn phòng HĐND - UBND', 'Văn phòng HĐND-UBND'],
    unit: true,
  },
  { name: 'Văn phòng', kind: 'PARTY_STANDING_BODY', forms: ['Văn phòng'], abbr: ['VP'], inner: true },
  { name: 'Đoàn Chủ tịch', kind: 'FATHERLAND_FRONT', forms: ['Đoàn Chủ tịch'], inner: true },
  { name: 'Ban', kind: 'PARTY_STANDING_BODY', forms: ['Ban'], named: true, inner: true, unit: true },
  { name: 'Ban Dân vận', kind: 'PARTY_STANDING_BODY', forms: [], abbr: ['BDV'], inner: true, unit: true },
  { name: 'Ban Tuyên giáo', kind: 'PARTY_STANDING_BODY', forms: [], abbr: ['BTG'], inner: true, unit: true },
  { name: 'Ban Tổ chức', kind: 'PARTY_STANDING_BODY', forms: [], abbr: ['BTC'], inner: true, unit: true },
  { name: 'Ban Tuyên giáo và Dân vận', kind: 'PARTY_STANDING_BODY', forms: [], abbr: ['BTGDV', 'BTG&DV'], inner: true, unit: true },
  // "Phó Trưởng BCĐ": a steering board by its initials, one of the boards ("Ban Chỉ đạo chuyển đổi số huyện") the article names in full.
  { name: 'Ban Chỉ đạo', kind: 'PARTY_STANDING_BODY', forms: [], abbr: ['BCĐ'], inner: true, unit: true, family: 'Ban' },
  { name: 'Hội đồng nhân dân', kind: 'PEOPLES_COUNCIL', forms: ['Hội đồng nhân dân'], abbr: ['HĐND'], unit: true },
  { name: 'Ủy ban nhân dân', kind: 'PEOPLES_COMMITTEE', forms: ['Ủy ban nhân dân'], abbr: ['UBND'], unit: true },
  {
    name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    kind: 'FATHERLAND_FRONT',
    forms: FRONT.map((f) => `Ủy ban Trung ương ${f}`),
    abbr: ['UBTƯ MTTQ Việt Nam', 'UBTW MTTQ Việt Nam', 'UBTƯ MTTQ VN', 'UBTW MTTQ VN', 'UBTƯMTTQVN', 'UBTƯ MTTQ', 'UBTW MTTQ'],
    national: true,
  },
  {
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
    kind: 'FATHERLAND_FRONT',
    forms: FRONT.map((f) => `Ủy ban ${f}`),
    abbr: ['UBMTTQ Việt Nam', 'UBMTTQ VN', 'UBMTTQVN', 'UBMTTQ', ...FRONT.filter((f) => f.startsWith('MTTQ')).map((f) => `UB ${f}`)],
    unit: true,
  },
  { name: 'Mặt trận Tổ quốc Việt Nam', kind: 'FATHERLAND_FRONT', forms: FRONT.slice(0, 2), abbr: FRONT.slice(2), unit: true },
  { name: 'Đoàn đại biểu Quốc hội', kind: 'OTHER', forms: ['Đoàn đại biểu Quốc hội'], abbr: ['Đoàn ĐBQH'], unit: true },
  { name: 'Ủy ban Thường vụ Quốc hội', kind: 'OTHER', forms: ['Ủy ban Thường vụ Quốc hội'], abbr: ['UBTVQH'], national: true },
  { name: 'Quốc hội', kind: 'OTHER', forms: ['Quốc hội'], national: true },
  // Committees of the National Assembly ("Ủy viên Thường trực Ủy ban Kinh tế của Quốc hội").
  ...[
    'Hội đồng Dân tộc', 'Ủy ban Pháp luật', 'Ủy ban Tư pháp', 'Ủy ban Kinh tế', 'Ủy ban Tài chính, Ngân sách', 'Ủy ban Quốc phòng và An ninh',
    'Ủy ban Văn hóa, Giáo dục', 'Ủy ban Xã hội', 'Ủy ban Khoa học, Công nghệ và Môi trường', 'Ủy ban Đối ngoại',
    'Ủy ban Pháp luật và Tư pháp', 'Ủy ban Kinh tế và Tài chính', 'Ủy ban Văn hóa và Xã hội', 'Ủy ban Quốc phòng, An ninh và Đối ngoại',
  ].map((name): OrgHeadEntry => ({ name: `${name} của Quốc hội`, kind: 'OTHER', forms: [`${name} của Quốc hội`], national: true })),
  { name: 'Ủy ban bầu cử', kind: 'OTHER', forms: ['Ủy ban bầu cử', 'Ủy ban Bầu cử'], unit: true },
  { name: 'Ban bầu cử', kind: 'OTHER', forms: ['Ban bầu cử', 'Ban Bầu cử'], unit: true, open: true },
  { name: 'Công đoàn cơ sở', kind: 'MASS_ORGANIZATION', forms: ['Công đoàn cơ sở'], abbr: ['CĐCS'], unit: true, open: true },
  { name: 'Chính phủ', kind: 'OTHER', forms: ['Chính phủ'], national: true },
  { name: 'Thủ tướng Chính phủ', kind: 'OTHER', forms: ['Thủ tướng Chính phủ'], national: true, placeOnly: true },
  // "Quyết định số 3120/QĐ-UBND của Chủ tịch UBND tỉnh", "... của Giám đốc Công an tỉnh": the head issues in the body's name.
  ...['Chủ tịch', 'Giám đốc', 'Bộ trưởng', 'Trưởng ban', 'Chỉ huy trưởng'].map(
    (name): OrgHeadEntry => ({ name, kind: 'OTHER', forms: [name], inner: true, placeOnly: true, officer: true }),
  ),
  { name: 'Hội Nông dân', kind: 'MASS_ORGANIZATION', forms: ['Hội Nông dân'], unit: true },
  { name: 'Hội Liên hiệp Phụ nữ', kind: 'MASS_ORGANIZATION', forms: ['Hội Liên hiệp Phụ nữ'], abbr: ['Hội LHPN'], unit: true },
  { name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', kind: 'MASS_ORGANIZATION', forms: ['Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn TNCS Hồ Chí Minh', 'Đoàn Thanh niên'], abbr: ['Đoàn TNCS', 'Đoàn TN', 'ĐTN'], unit: true, agency: 'Đoàn Thanh niên' },
  { name: 'Hội Cựu chiến binh', kind: 'MASS_ORGANIZATION', forms: ['Hội Cựu chiến binh'], abbr: ['Hội CCB'], unit: true },
  { name: 'Hội Chữ thập đỏ', kind: 'MASS_ORGANIZATION', forms: ['Hội Chữ thập đỏ'], abbr: ['Hội CTĐ'], unit: true },
  // Associations local news writes by their initials: "Hội NCT xã", "Chi hội NCT ấp 3", "Hội CGC huyện".
  { name: 'Hội Người cao tuổi', kind: 'MASS_ORGANIZATION', forms: ['Hội Người cao tuổi'], abbr: ['Hội NCT'], unit: true },
  { name: 'Chi hội Người cao tuổi', kind: 'MASS_ORGANIZATION', forms: ['Chi hội Người cao tuổi'], abbr: ['Chi hội NCT'], unit: true, open: true },
  { name: 'Hội Cựu giáo chức', kind: 'MASS_ORGANIZATION', forms: ['Hội Cựu giáo chức'], abbr: ['Hội CGC'], unit: true },
  { name: 'Chi hội Cựu chiến binh', kind: 'MASS_ORGANIZATION', forms: ['Chi hội Cựu chiến binh'], abbr: ['Chi hội CCB'], unit: true, open: true },
  { name: 'Chi hội Phụ nữ', kind: 'MASS_ORGANIZATION', forms: ['Chi hội Phụ nữ'], unit: true, open: true },
  { name: 'Chi hội Nông dân', kind: 'MASS_ORGANIZATION', forms: ['Chi hội Nông dân'], unit: true, open: true },
  { name: 'Chi đoàn', kind: 'MASS_ORGANIZATION', forms: ['Chi đoàn'], unit: true, open: true },
  // "Bí thư Đoàn xã Đạ Sar": the Youth Union of a unit, only with the unit right after.
  { name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', kind: 'MASS_ORGANIZATION', forms: ['Đoàn'], unit: true, unitAfter: true },
  { name: 'Liên đoàn Lao động', kind: 'MASS_ORGANIZATION', forms: ['Liên đoàn Lao động'], abbr: ['LĐLĐ'], unit: true },
  { name: 'Công đoàn', kind: 'MASS_ORGANIZATION', forms: ['Công đoàn'], unit: true, open: true },
  // A union of self-employed workers of one trade ("Nghiệp đoàn Nghề cá Kim Đông"), founded under the district's Labour Federation.
  { name: 'Nghiệp đoàn', kind: 'MASS_ORGANIZATION', forms: ['Nghiệp đoàn'], unit: true, open: true },
  { name: 'Chi bộ', kind: 'PARTY_CELL', forms: ['Chi bộ'], open: true, unit: true },
  { name: 'Huyện đoàn', kind: 'MASS_ORGANIZATION', forms: ['Huyện đoàn'], committee: 'huyện' },
  { name: 'Tỉnh đoàn', kind: 'MASS_ORGANIZATION', forms: ['Tỉnh đoàn'], committee: 'tỉnh' },
  { name: 'Thành đoàn', kind: 'MASS_ORGANIZATION', forms: ['Thành đoàn'], committee: 'thành phố' },
  { name: 'Thị đoàn', kind: 'MASS_ORGANIZATION', forms: ['Thị đoàn'], committee: 'thị xã' },
  { name: 'Quận đoàn', kind: 'MASS_ORGANIZATION', forms: ['Quận đoàn'], committee: 'quận' },
  { name: 'Ban Chỉ huy Quân sự', kind: 'OTHER', forms: ['Ban Chỉ huy Quân sự'], abbr: ['Ban CHQS', 'BCHQS'], unit: true },
  { name: 'Bộ Chỉ huy Quân sự', kind: 'OTHER', forms: ['Bộ Chỉ huy Quân sự'], abbr: ['Bộ CHQS'], unit: true },
  { name: 'Công an', kind: 'OTHER', forms: [], abbr: ['Công an'], unit: true },
  { name: 'Tòa án nhân dân', kind: 'OTHER', forms: ['Tòa án nhân dân'], abbr: ['TAND'], unit: true },
  { name: 'Viện Kiểm sát nhân dân', kind: 'OTHER', forms: ['Viện Kiểm sát nhân dân'], abbr: ['VKSND'], unit: true },
  { name: 'Sở', kind: 'OTHER', forms: [], abbr: ['Sở'], named: true, unit: true },
  // "Trưởng phòng Nội vụ huyện": the office's body in lowercase; a lowercase head needs a capitalized field (not "phòng họp").
  { name: 'Phòng', kind: 'OTHER', forms: [], abbr: ['Phòng', 'phòng'], named: true, inner: true, unit: true },
  { name: 'Trung tâm', kind: 'OTHER', forms: [], abbr: ['Trung tâm'], named: true, inner: true, unit: true },
  { name: 'Bộ', kind: 'OTHER', forms: [], abbr: ['Bộ'], named: true, national: true },
  // Departments of ministries and central boards: "Vụ Dân tộc, Ban Dân vận Trung ương", "Cục Trồng trọt".
  { name: 'Vụ', kind: 'OTHER', forms: [], abbr: ['Vụ'], named: true, inner: true },
  { name: 'Cục', kind: 'OTHER', forms: [], abbr: ['Cục'], named: true, inner: true },
  { name: 'Ủy ban Dân tộc', kind: 'OTHER', forms: ['Ủy ban Dân tộc'], national: true },
  { name: 'Bộ Chỉ huy Bộ đội Biên phòng', kind: 'OTHER', forms: ['Bộ Chỉ huy Bộ đội Biên phòng', 'Bộ Chỉ huy BĐBP'], abbr: ['BCH BĐBP'], unit: true },
  { name: 'Đồn Biên phòng', kind: 'OTHER', forms: ['Đồn Biên phòng'], abbr: ['Đồn BP'], open: true },
  { name: 'Liên minh Hợp tác xã', kind: 'OTHER', forms: ['Liên minh Hợp tác xã'], abbr: ['Liên minh HTX'], unit: true },
  // A company's boards ("Chủ tịch HĐQT công ty"): the company follows, or is the one the article names.
  { name: 'Hội đồng quản trị', kind: 'OTHER', forms: ['Hội đồng quản trị'], abbr: ['HĐQT'], inner: true },
  { name: 'Hội đồng thành viên', kind: 'OTHER', forms: ['Hội đồng thành viên'], abbr: ['HĐTV'], inner: true },
  // Delegations, numbered and of the body that sent them: "Đoàn giám sát số 3 của Ban Thường vụ Tỉnh ủy".
  ...['Đoàn công tác', 'Đoàn kiểm tra', 'Đoàn giám sát', 'Đoàn khảo sát'].map(
    (name): OrgHeadEntry => ({ name, kind: 'OTHER', forms: [name], delegation: true }),
  ),
  // "Trụ trì chùa Wath Kh'Mer": a pagoda, written in lowercase after its abbot's office.
  { name: 'Chùa', kind: 'OTHER', forms: [], abbr: ['Chùa', 'chùa'], placeOnly: true },
  // Militia units ("Trung đội Dân quân cơ động xã") are named like teams.
  ...['Tổ', 'Đội', 'Trung đội', 'Tiểu đội', 'Đại đội', 'Trường', 'Trạm', 'Công ty', 'Hợp tác xã', 'Bệnh viện', 'Khoa', 'Phân xưởng', 'Chi hội', 'Hội đồng', 'Câu lạc bộ', 'Tiểu ban'].map(
    (name): OrgHeadEntry => ({
      name, kind: 'OTHER', forms: [], abbr: WORKPLACES.includes(name) ? [name, name.toLowerCase(), ...(OTHER_FORMS.get(name) ?? [])] : [name], placeOnly: true,
    }),
  ),
];
