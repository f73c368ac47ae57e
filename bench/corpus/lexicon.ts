/**
 * Word lists the generated world is built from. Names are composed from
 * syllables, so no place or person of the corpus is meant to be a real one.
 */

/** First and second syllables of place names ("Tân" + "Phước"). */
export const PLACE_FIRST = [
  'An', 'Bình', 'Cẩm', 'Đông', 'Gia', 'Hòa', 'Hưng', 'Kim', 'Long', 'Minh', 'Nam', 'Ngọc', 'Phú', 'Phúc',
  'Quang', 'Tân', 'Thanh', 'Thạch', 'Thuận', 'Tiên', 'Trung', 'Vĩnh', 'Xuân', 'Yên', 'Đại', 'Hải', 'Hồng',
  'Lạc', 'Lâm', 'Mỹ', 'Nghĩa', 'Quế', 'Sơn', 'Tam', 'Thái', 'Thượng', 'Tường', 'Văn', 'Việt', 'Vân', 'Cao',
  'Bảo', 'Hiệp', 'Khánh', 'Lương', 'Phong', 'Tây', 'Thủy',
] as const;
export const PLACE_SECOND = [
  'An', 'Bình', 'Châu', 'Điền', 'Đức', 'Giang', 'Hà', 'Hải', 'Hiệp', 'Hòa', 'Hưng', 'Khánh', 'Lâm', 'Lộc',
  'Lợi', 'Long', 'Lương', 'Minh', 'Mỹ', 'Nghĩa', 'Ninh', 'Phong', 'Phú', 'Phước', 'Quang', 'Sơn', 'Tân',
  'Thạnh', 'Thành', 'Thịnh', 'Thọ', 'Thủy', 'Tiến', 'Trạch', 'Trung', 'Tú', 'Vinh', 'Xá', 'Yên', 'Định',
  'Cường', 'Đạt', 'Kiều', 'Mai', 'Nguyên', 'Quý', 'Toàn', 'Xuyên',
] as const;
/** Village names in the northern mountains ("bản Nà Phai"). */
export const HIGHLAND_FIRST = ['Nà', 'Khuổi', 'Pác', 'Bản', 'Cốc', 'Phiêng', 'Nặm', 'Lũng', 'Co', 'Huổi'] as const;
export const HIGHLAND_SECOND = ['Phai', 'Mò', 'Cáy', 'Slam', 'Lạn', 'Luông', 'Pục', 'Thẳm', 'Vài', 'Pền', 'Sản', 'Khiêng'] as const;

/** Family names, the common ones repeated so they come up more often. */
export const FAMILY = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan',
  'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lăng', 'Hà', 'Nông', 'Triệu', 'Lương', 'Trịnh',
  'Đinh', 'Mai', 'Tạ', 'Cao', 'Lò', 'Quách', 'Chu', 'Đào', 'Lâm', 'Vương', 'Tô', 'Kiều', 'Thân', 'Đoàn',
] as const;
export const MIDDLE_MALE = ['Văn', 'Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Công', 'Thanh', 'Xuân', 'Tuấn', 'Ngọc', 'Đình', 'Mạnh', 'Trọng', 'Anh', 'Bá', 'Quang', 'Tiến'] as const;
export const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Ngọc', 'Thúy', 'Hồng', 'Kim', 'Phương', 'Minh', 'Bích'] as const;
export const GIVEN_MALE = [
  'Hùng', 'Dũng', 'Cường', 'Tuấn', 'Đông', 'Hải', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Trung', 'Vinh',
  'Bình', 'Chí', 'Định', 'Giang', 'Hiếu', 'Hoàng', 'Huy', 'Khang', 'Khánh', 'Kiên', 'Lâm', 'Lợi', 'Lực', 'Mạnh',
  'Nghĩa', 'Phúc', 'Quang', 'Tài', 'Tâm', 'Thành', 'Thiện', 'Toàn', 'Trí', 'Tú', 'Việt', 'Vũ', 'Đạt', 'Hưng',
  'Luận', 'Thịnh', 'Tùng', 'Hậu', 'Phương', 'Sang', 'Tiến', 'Chiến',
] as const;
export const GIVEN_FEMALE = [
  'Hảo', 'Hoa', 'Hạnh', 'Hương', 'Lan', 'Liên', 'Linh', 'Mai', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Thảo',
  'Trang', 'Tuyết', 'Vân', 'Yến', 'Hằng', 'Dung', 'Huyền', 'Loan', 'Thủy', 'Hà', 'Ly', 'Nhàn', 'Quyên', 'Tâm',
] as const;

/** Names of schools and agencies that have their own Party cell ("Chi bộ Trường Tiểu học ..."). */
export const SCHOOL_KINDS = ['Trường Mầm non', 'Trường Tiểu học', 'Trường Trung học cơ sở'] as const;

/** Topics of plans, conferences and campaigns: the "về ..." of a document or meeting. */
export const PLAN_TOPICS = [
  'triển khai thực hiện chương trình xây dựng nông thôn mới nâng cao',
  'tổ chức Ngày hội Đại đoàn kết toàn dân tộc',
  'phòng, chống thiên tai và tìm kiếm cứu nạn',
  'chuyển đổi số trong hoạt động của cơ quan, đơn vị',
  'tuyên truyền, phổ biến, giáo dục pháp luật',
  'thực hiện cải cách hành chính',
  'bảo đảm an ninh trật tự trên địa bàn',
  'phát triển kinh tế tập thể, hợp tác xã',
  'vận động nhân dân tham gia hiến đất mở rộng đường giao thông nông thôn',
  'xóa nhà tạm, nhà dột nát cho hộ nghèo',
  'tổ chức Đại hội Đảng bộ nhiệm kỳ mới',
  'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'công tác tuyển chọn và gọi công dân nhập ngũ',
  'phát triển đảng viên trong thôn, tổ dân phố',
] as const;

/** What a conference reviews ("Hội nghị sơ kết ..."). */
export const CONFERENCE_KINDS = [
  'Hội nghị sơ kết công tác 6 tháng đầu năm',
  'Hội nghị tổng kết công tác xây dựng Đảng năm',
  'Hội nghị Ban Chấp hành Đảng bộ mở rộng',
  'Hội nghị triển khai nhiệm vụ trọng tâm quý',
  'Hội nghị giao ban công tác dân vận',
] as const;
