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

/**
 * Fields of departments and offices written in full, some with a comma or
 * a lowercase word that would end a name read word by word ("Sở Văn hóa,
 * Thể thao và Du lịch", "Phòng Kinh tế, Hạ tầng và Đô thị").
 */
export const DEPARTMENT_FIELDS: readonly string[] = [
  'Văn hóa, Thể thao và Du lịch', 'Văn hóa, Khoa học và Thông tin', 'Văn hóa - Xã hội', 'Văn hóa và Thông tin',
  'Lao động - Thương binh và Xã hội', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường',
  'Tài nguyên và Môi trường', 'Kế hoạch và Đầu tư', 'Giáo dục và Đào tạo', 'Khoa học và Công nghệ',
  'Thông tin và Truyền thông', 'Giao thông vận tải', 'Kinh tế, Hạ tầng và Đô thị', 'Kinh tế và Hạ tầng',
  'Tài chính - Kế hoạch', 'Dân tộc và Tôn giáo', 'Nội vụ', 'Tư pháp', 'Tài chính', 'Y tế', 'Công Thương', 'Xây dựng',
];

/** Boards named by a field with lowercase words ("Ban Quản lý các khu công nghiệp tỉnh"). */
export const BOARD_FIELDS: readonly string[] = [
  'Quản lý các khu công nghiệp', 'Quản lý các Khu công nghiệp', 'Quản lý Khu kinh tế', 'Quản lý dự án đầu tư xây dựng',
  // A province's project boards, by the works they build.
  'Quản lý dự án đầu tư xây dựng các công trình giao thông', 'Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp',
  'Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn',
];

/** Fields written half by initials, with the name they stand for ("Sở Nông nghiệp và PTNT"). */
export const FIELD_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['Nông nghiệp và PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['Lao động - TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['LĐ-TB và XH', 'Lao động - Thương binh và Xã hội'],
  ['Tài nguyên - Môi trường', 'Tài nguyên và Môi trường'],
  ['Văn hóa - Thể thao và Du lịch', 'Văn hóa, Thể thao và Du lịch'],
  ['Văn hóa - Thông tin', 'Văn hóa và Thông tin'],
]);

