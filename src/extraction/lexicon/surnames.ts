/** Vietnamese family names, Kinh and of the ethnic minorities, as they start a full name. */
export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Lương', 'Trương', 'Đinh', 'Đoàn', 'Lâm', 'Mai', 'Trịnh', 'Đào', 'Cao', 'Hà', 'Lưu', 'Tạ',
  'Chu', 'Châu', 'Tô', 'Triệu', 'La', 'Lã', 'Vương', 'Hứa', 'Thái', 'Quách', 'Kiều', 'Khổng', 'Phùng',
  'Lăng', 'Vi', 'Nông', 'Lục', 'Hoàng', 'Lò', 'Cầm', 'Quàng', 'Lầu', 'Lâu', 'Sùng', 'Giàng', 'Thào', 'Vàng',
  'Mùa', 'Hầu', 'Chung', 'Tăng', 'Văn', 'Diệp', 'Tiêu', 'Từ', 'Âu', 'Doãn', 'Khúc', 'Kim', 'Tống',
  'Thân', 'Mạc', 'Ninh', 'Phí', 'Nghiêm', 'Giáp', 'Đàm', 'Đồng', 'Hàn', 'Lạc', 'Lại', 'Mẫn', 'Nhâm', 'Quản',
  'Tôn', 'Ứng', 'Vòng', 'Y', 'Ksor', 'Rơ', 'Siu', 'Nay', 'H', 'Bế', 'Hoàng', 'Ma', 'Mông', 'Sầm', 'Chẩu',
  'Ly', 'Lù', 'Vì', 'Kha', 'Bàn', 'Phàn', 'Chảo', 'Tráng', 'Hờ', 'Sơn', 'Danh', 'Chau', 'Liêng', 'Bon', 'Moong', 'Niê', 'Kpă', 'Êban',
  'Dư', 'Giang', 'Khương', 'Lô', 'Lữ', 'Lò', 'Mã', 'Nhữ', 'Sái', 'Thạch', 'Trình', 'Văn', 'Viên', 'Xa',
  'Lộc', 'Lường', 'Vừ', 'Cứ', 'Tòng', 'Lừu', 'Mang', 'Điểu', 'Ka', 'Kră', 'Rah', 'Pờ', 'Sầm', 'Hoàng', 'Nịnh', 'Lỳ', 'Ly', 'Bạch',
];
