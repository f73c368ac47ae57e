/**
 * Provincial departments (Sở) and district offices (Phòng) written by the
 * initials of their fields ("Sở NN&PTNT"), with the name they stand for.
 */
export const DEPARTMENT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['NNPTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['NN&MT', 'Nông nghiệp và Môi trường'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['TNMT', 'Tài nguyên và Môi trường'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['GDĐT', 'Giáo dục và Đào tạo'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['KHĐT', 'Kế hoạch và Đầu tư'],
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['LĐTBXH', 'Lao động - Thương binh và Xã hội'],
  ['VH-TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VHTT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VHTTDL', 'Văn hóa, Thể thao và Du lịch'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['TTTT', 'Thông tin và Truyền thông'],
  ['KH&CN', 'Khoa học và Công nghệ'],
  ['KHCN', 'Khoa học và Công nghệ'],
  ['GTVT', 'Giao thông vận tải'],
  ['TC-KH', 'Tài chính - Kế hoạch'],
]);

/** Boards of People's Councils written by initials ("Trưởng Ban KT-XH HĐND huyện"). */
export const BOARD_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['KT-XH', 'Kinh tế - Xã hội'],
  ['KTXH', 'Kinh tế - Xã hội'],
  ['VH-XH', 'Văn hóa - Xã hội'],
  ['VHXH', 'Văn hóa - Xã hội'],
  ['KT-NS', 'Kinh tế - Ngân sách'],
  ['KTNS', 'Kinh tế - Ngân sách'],
  ['PC', 'Pháp chế'],
  ['DT', 'Dân tộc'],
  ['ĐT', 'Đô thị'],
]);
