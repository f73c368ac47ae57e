/**
 * What the issuer part of a document number says about who issued it:
 * "12-NQ/TU" is a Tỉnh ủy's (or a Thành ủy's, or their standing board's),
 * "45/KH-UBND" a People's Committee's. Each code lists the organization
 * heads (lexicon names) one of which the issuer must hold; codes not listed
 * say nothing.
 */
export const ISSUER_CODE_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['TU', ['Tỉnh ủy', 'Thành ủy']],
  ['ThU', ['Thành ủy']],
  ['HU', ['Huyện ủy']],
  ['QU', ['Quận ủy']],
  ['TX', ['Thị ủy']],
  ['TXU', ['Thị ủy']],
  ['ĐU', ['Đảng ủy', 'Ban Chấp hành Đảng bộ']],
  ['ĐUK', ['Đảng ủy', 'Đảng bộ']],
  ['TW', ['Ban Chấp hành Trung ương Đảng', 'Bộ Chính trị', 'Ban Bí thư Trung ương Đảng', 'Trung ương']],
  ['QUTW', ['Quân ủy Trung ương']],
  ['UBND', ['Ủy ban nhân dân']],
  ['HĐND', ['Hội đồng nhân dân']],
  ['MTTQ', ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc Việt Nam', 'Ban Thường trực']],
  ['TTg', ['Thủ tướng Chính phủ']],
  ['CP', ['Chính phủ']],
]);
