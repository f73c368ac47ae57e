/**
 * Offices as they stand after a name ("Nguyễn Văn A, TUV, Bí thư Huyện ủy").
 * `forms` match in any case, `abbr` only as written. `implied` names the body
 * an office belongs to when the text gives none ("TUV" is of the "Tỉnh ủy").
 * `body` marks offices whose body is named by their last words
 * ("Trưởng Ban Dân vận": the body is "Ban Dân vận"); the count is how many.
 * `heads` names the body an office written after it heads, named in full
 * before the person ("Đội trưởng" of the "Đội" launched earlier: recognize/antecedent).
 * `party` offices without a body belong to the Party committee of the unit
 * named next in the chain ("Phó Bí thư, Chủ tịch UBND xã" -> Đảng ủy xã).
 */
export interface OfficeEntry {
  readonly title: string;
  readonly forms: readonly string[];
  readonly abbr?: readonly string[];
  readonly implied?: string;
  readonly body?: number;
  readonly party?: boolean;
  readonly heads?: string;
}

export const OFFICES: readonly OfficeEntry[] = [
  { title: 'Tổng Bí thư', forms: ['Tổng Bí thư'], implied: 'Ban Chấp hành Trung ương Đảng' },
  { title: 'Ủy viên Bộ Chính trị', forms: ['Ủy viên Bộ Chính trị'], abbr: ['UVBCT'], implied: 'Bộ Chính trị' },
  { title: 'Bí thư Trung ương Đảng', forms: ['Bí thư Trung ương Đảng', 'Bí thư TW Đảng', 'Bí thư TƯ Đảng'], implied: 'Ban Bí thư Trung ương Đảng' },
  {
    title: 'Ủy viên Trung ương Đảng',
    forms: ['Ủy viên Trung ương Đảng', 'Ủy viên Ban Chấp hành Trung ương Đảng', 'Ủy viên BCH Trung ương Đảng', 'Ủy viên TW Đảng'],
    abbr: ['UVTW Đảng', 'UVTƯ Đảng', 'UVTW', 'UVTƯ'],
    implied: 'Ban Chấp hành Trung ương Đảng',
  },
  { title: 'Tỉnh ủy viên', forms: ['Tỉnh ủy viên'], abbr: ['TUV'], implied: 'Tỉnh ủy' },
  { title: 'Thành ủy viên', forms: ['Thành ủy viên'], abbr: ['ThUV'], implied: 'Thành ủy' },
  { title: 'Huyện ủy viên', forms: ['Huyện ủy viên'], abbr: ['HUV'], implied: 'Huyện ủy' },
  { title: 'Quận ủy viên', forms: ['Quận ủy viên'], abbr: ['QUV'], implied: 'Quận ủy' },
  { title: 'Thị ủy viên', forms: ['Thị ủy viên'], implied: 'Thị ủy' },
  { title: 'Đảng ủy viên', forms: ['Đảng ủy viên'], abbr: ['ĐUV'], party: true },
  { title: 'Ủy viên Ban Thường vụ', forms: ['Ủy viên Ban Thường vụ', 'Ủy viên BTV', 'Ủy viên Thường vụ'], abbr: ['UVBTV', 'UV BTV', 'UV.BTV'], party: true },
  { title: 'Ủy viên Ban Thường vụ', forms: [], abbr: ['TVHU', 'UVBTVHU'], implied: 'Huyện ủy' },
  { title: 'Ủy viên Ban Thường vụ', forms: [], abbr: ['TVTU', 'UVBTVTU'], implied: 'Tỉnh ủy' },
  { title: 'Ủy viên Ban Thường vụ', forms: [], abbr: ['TVQU'], implied: 'Quận ủy' },
  { title: 'Ủy viên Ban Thường vụ', forms: [], abbr: ['TVTHU', 'TVThU'], implied: 'Thành ủy' },
  { title: 'Ủy viên Ban Chấp hành', forms: ['Ủy viên Ban Chấp hành', 'Ủy viên BCH'], abbr: ['UVBCH', 'UV BCH', 'UV.BCH'], party: true },
  { title: 'Phó Bí thư Thường trực', forms: ['Phó Bí thư Thường trực', 'Phó Bí thư TT', 'Phó Bí thư thường trực'], abbr: ['PBT TT', 'PBTTT', 'PBT Thường trực'], party: true },
  { title: 'Phó Bí thư Thường trực', forms: [], abbr: ['Phó BT TT', 'Phó BT Thường trực'], party: true },
  { title: 'Phó Bí thư', forms: ['Phó Bí thư'], abbr: ['PBT', 'Phó BT'], party: true },
  { title: 'Phó Bí thư', forms: [], abbr: ['PBTCB'], implied: 'Chi bộ' },
  { title: 'Bí thư', forms: [], abbr: ['BTCB'], implied: 'Chi bộ' },
  { title: 'Bí thư', forms: ['Bí thư'], party: true },
  { title: 'Phó Chủ tịch Thường trực', forms: ['Phó Chủ tịch Thường trực', 'Phó Chủ tịch TT'], abbr: ['PCT TT', 'PCTTT'] },
  { title: 'Phó Chủ tịch', forms: ['Phó Chủ tịch'], abbr: ['PCT', 'Phó CT'] },
  { title: 'Chủ tịch', forms: ['Chủ tịch'], abbr: ['CT'] },
  { title: 'Phó Chủ nhiệm Thường trực', forms: ['Phó Chủ nhiệm Thường trực', 'Phó Chủ nhiệm TT'], abbr: ['PCN TT', 'PCNTT'] },
  { title: 'Phó Chủ nhiệm', forms: ['Phó Chủ nhiệm'], abbr: ['PCN'] },
  { title: 'Chủ nhiệm', forms: ['Chủ nhiệm'] },
  { title: 'Ủy viên Thường trực', forms: ['Ủy viên Thường trực'] },
  { title: 'Ủy viên', forms: ['Ủy viên'] },
  // "Phó Trưởng ban Thường trực Ban Chỉ đạo": the first deputy of a board, not the head of a "Ban Thường trực".
  { title: 'Phó Trưởng Ban Thường trực', forms: ['Phó Trưởng Ban Thường trực', 'Phó Trưởng ban Thường trực', 'Phó Trưởng ban thường trực'] },
  { title: 'Phó Trưởng Ban', forms: ['Phó Trưởng Ban', 'Phó Trưởng ban', 'Phó ban'], body: 1 },
  { title: 'Trưởng Ban', forms: ['Trưởng Ban', 'Trưởng ban'], body: 1 },
  { title: 'Phó Trưởng Ban', forms: [], abbr: ['Phó Trưởng BDV', 'Phó Trưởng BTG', 'Phó Trưởng BTC', 'Phó Trưởng BTGDV', 'Phó Trưởng BCĐ', 'Phó Trưởng ban BCĐ'], body: 1 },
  { title: 'Trưởng Ban', forms: [], abbr: ['Trưởng BDV', 'Trưởng BTG', 'Trưởng BTC', 'Trưởng BTGDV', 'Trưởng BCĐ', 'Trưởng ban BCĐ'], body: 1 },
  { title: 'Phó Trưởng Tiểu ban Thường trực', forms: ['Phó Trưởng Tiểu ban Thường trực', 'Phó Trưởng tiểu ban Thường trực', 'Phó Trưởng tiểu ban thường trực'] },
  { title: 'Phó Trưởng Tiểu ban', forms: ['Phó Trưởng Tiểu ban', 'Phó Trưởng tiểu ban'], body: 2 },
  { title: 'Trưởng Tiểu ban', forms: ['Trưởng Tiểu ban', 'Trưởng tiểu ban'], body: 2 },
  { title: 'Phó Trưởng đoàn chuyên trách', forms: ['Phó Trưởng đoàn chuyên trách'] },
  { title: 'Phó Trưởng đoàn', forms: ['Phó Trưởng đoàn'], body: 1 },
  { title: 'Trưởng đoàn', forms: ['Trưởng đoàn'], body: 1 },
  { title: 'Phó Trưởng phòng', forms: ['Phó Trưởng phòng'], body: 1 },
  { title: 'Trưởng phòng', forms: ['Trưởng phòng'], body: 1 },
  { title: 'Phó Chánh Văn phòng', forms: ['Phó Chánh Văn phòng'], body: 2 },
  { title: 'Chánh Văn phòng', forms: ['Chánh Văn phòng'], body: 2 },
  // "Chánh VP Huyện ủy": the office's body by its initials.
  { title: 'Chánh Văn phòng', forms: [], abbr: ['Chánh VP'], body: 1 },
  { title: 'Phó Trưởng thôn', forms: ['Phó Trưởng thôn'], body: 1 },
  { title: 'Trưởng thôn', forms: ['Trưởng thôn'], body: 1 },
  { title: 'Trưởng ấp', forms: ['Trưởng ấp'], body: 1 },
  { title: 'Trưởng bản', forms: ['Trưởng bản'], body: 1 },
  { title: 'Trưởng làng', forms: ['Trưởng làng'], body: 1 },
  { title: 'Trưởng buôn', forms: ['Trưởng buôn'], body: 1 },
  { title: 'Trưởng xóm', forms: ['Trưởng xóm'], body: 1 },
  { title: 'Trưởng khu phố', forms: ['Trưởng khu phố'], body: 2 },
  { title: 'Trưởng khu dân cư', forms: ['Trưởng khu dân cư'], body: 3 },
  { title: 'Phó Trưởng Trạm', forms: ['Phó Trưởng Trạm', 'Phó Trưởng trạm'], body: 1 },
  { title: 'Trưởng Trạm', forms: ['Trưởng Trạm', 'Trưởng trạm'], body: 1 },
  { title: 'Phó Trạm trưởng', forms: ['Phó Trạm trưởng'], heads: 'Trạm' },
  { title: 'Trạm trưởng', forms: ['Trạm trưởng'], heads: 'Trạm' },
  // "X, Phó Hiệu trưởng trình bày": the head of the school the article named before.
  { title: 'Phó Hiệu trưởng', forms: ['Phó Hiệu trưởng'], heads: 'Trường' },
  { title: 'Hiệu trưởng', forms: ['Hiệu trưởng'], heads: 'Trường' },
  { title: 'Phó Chi hội trưởng', forms: ['Phó Chi hội trưởng'], heads: 'Chi hội' },
  { title: 'Chi hội trưởng', forms: ['Chi hội trưởng'], heads: 'Chi hội' },
  { title: 'Chi hội phó', forms: ['Chi hội phó'], heads: 'Chi hội' },
  { title: 'Đội trưởng', forms: ['Đội trưởng'], heads: 'Đội' },
  // "được bầu làm Chủ nhiệm câu lạc bộ": the club launched before, written in lowercase after the office.
  { title: 'Phó Chủ nhiệm', forms: ['Phó Chủ nhiệm câu lạc bộ', 'Phó Chủ nhiệm CLB'], heads: 'Câu lạc bộ' },
  { title: 'Chủ nhiệm', forms: ['Chủ nhiệm câu lạc bộ', 'Chủ nhiệm CLB'], heads: 'Câu lạc bộ' },
  { title: 'Phó Trưởng khoa', forms: ['Phó Trưởng khoa'], heads: 'Khoa' },
  { title: 'Trưởng khoa', forms: ['Trưởng khoa'], heads: 'Khoa' },
  { title: 'Đội phó', forms: ['Đội phó'], heads: 'Đội' },
  // Militia units: "làm Trung đội trưởng" of the "Trung đội Dân quân cơ động" launched before.
  { title: 'Trung đội trưởng', forms: ['Trung đội trưởng'], heads: 'Trung đội' },
  { title: 'Tiểu đội trưởng', forms: ['Tiểu đội trưởng'], heads: 'Tiểu đội' },
  { title: 'Tổ trưởng', forms: ['Tổ trưởng'], heads: 'Tổ' },
  { title: 'Trưởng khóm', forms: ['Trưởng khóm'], body: 1 },
  { title: 'Tổ trưởng tổ dân phố', forms: ['Tổ trưởng tổ dân phố', 'Tổ trưởng Tổ dân phố'], body: 3 },
  { title: 'Phó Tổng Giám đốc', forms: ['Phó Tổng Giám đốc'] },
  { title: 'Tổng Giám đốc', forms: ['Tổng Giám đốc'] },
  { title: 'Phó Giám đốc', forms: ['Phó Giám đốc'] },
  { title: 'Giám đốc', forms: ['Giám đốc'] },
  { title: 'Tổng Thư ký', forms: ['Tổng Thư ký'] },
  { title: 'Thư ký', forms: ['Thư ký'] },
  { title: 'Chỉ huy trưởng', forms: ['Chỉ huy trưởng'] },
  // "Thiếu tá X - Đồn trưởng": the head of the border post named before.
  { title: 'Phó Đồn trưởng', forms: ['Phó Đồn trưởng'], heads: 'Đồn Biên phòng' },
  { title: 'Đồn trưởng', forms: ['Đồn trưởng'], heads: 'Đồn Biên phòng' },
  { title: 'Trưởng Công an', forms: ['Trưởng Công an'], body: 2 },
  { title: 'Phó Trưởng Công an', forms: ['Phó Trưởng Công an'], body: 2 },
  { title: 'Phó Thủ tướng', forms: ['Phó Thủ tướng'], implied: 'Chính phủ' },
  { title: 'Thủ tướng', forms: ['Thủ tướng Chính phủ', 'Thủ tướng'], implied: 'Chính phủ' },
  { title: 'Bộ trưởng', forms: ['Bộ trưởng'] },
  { title: 'Phó Vụ trưởng', forms: ['Phó Vụ trưởng'] },
  { title: 'Vụ trưởng', forms: ['Vụ trưởng'] },
  { title: 'Phó Cục trưởng', forms: ['Phó Cục trưởng'] },
  { title: 'Cục trưởng', forms: ['Cục trưởng'] },
  { title: 'Trụ trì', forms: ['Trụ trì', 'trụ trì'] },
  { title: 'Thứ trưởng', forms: ['Thứ trưởng'] },
  { title: 'Đại biểu Quốc hội', forms: ['Đại biểu Quốc hội'], abbr: ['ĐBQH'], implied: 'Quốc hội' },
  // "đại biểu HĐND tỉnh": a deputy of the council that follows.
  { title: 'Đại biểu Hội đồng nhân dân', forms: ['Đại biểu Hội đồng nhân dân'], body: 4 },
  { title: 'Đại biểu Hội đồng nhân dân', forms: ['Đại biểu HĐND'], body: 1 },
  { title: 'Phó Chỉ huy trưởng', forms: ['Phó Chỉ huy trưởng'] },
  { title: 'Phó Chính ủy', forms: ['Phó Chính ủy'] },
  { title: 'Chính ủy', forms: ['Chính ủy'] },
  { title: 'Chính trị viên phó', forms: ['Chính trị viên phó'] },
  { title: 'Chính trị viên', forms: ['Chính trị viên'] },
  { title: 'Tham mưu trưởng', forms: ['Tham mưu trưởng'] },
  { title: 'Kế toán trưởng', forms: ['Kế toán trưởng'] },
  { title: 'Phó Chủ nhiệm', forms: [], abbr: ['Phó CN'] },
];
