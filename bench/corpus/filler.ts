import type { Rng } from './prng';

/**
 * Sentences that carry no fact: the commentary that fills most of a local
 * news article. `{u}` is the unit ("xã Tân Phú"), `{p}` the province name.
 * No person, title, date or document number may appear here.
 */
const SENTENCES = [
  'Thời gian qua, công tác xây dựng Đảng và hệ thống chính trị ở {u} tiếp tục được quan tâm, có nhiều chuyển biến tích cực.',
  'Vai trò lãnh đạo của cấp ủy, sự điều hành của chính quyền và sự vào cuộc của các đoàn thể được phát huy rõ nét.',
  'Nhiều mô hình hay, cách làm sáng tạo trong phát triển kinh tế hộ gia đình đã được nhân rộng.',
  'Đời sống vật chất và tinh thần của nhân dân từng bước được nâng lên, tỷ lệ hộ nghèo giảm qua từng năm.',
  'Công tác tuyên truyền được đổi mới về nội dung và hình thức, bám sát tình hình thực tiễn ở cơ sở.',
  'Hạ tầng giao thông nông thôn được đầu tư đồng bộ, nhiều tuyến đường được bê tông hóa nhờ sự đóng góp của nhân dân.',
  'Các hoạt động văn hóa, văn nghệ, thể dục thể thao diễn ra sôi nổi, thu hút đông đảo người dân tham gia.',
  'Công tác cải cách hành chính được đẩy mạnh, việc giải quyết thủ tục cho người dân ngày càng nhanh gọn.',
  'Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản được giữ vững.',
  'Bên cạnh kết quả đạt được, vẫn còn một số hạn chế như nguồn lực đầu tư còn hạn hẹp, sản xuất nông nghiệp còn nhỏ lẻ.',
  'Một bộ phận cán bộ còn lúng túng khi tiếp cận phương thức làm việc mới, cần được bồi dưỡng thêm.',
  'Các đại biểu đã thảo luận thẳng thắn, đóng góp nhiều ý kiến tâm huyết, sát với thực tế địa phương.',
  'Nhiều ý kiến đề nghị quan tâm hơn nữa đến việc đào tạo nghề và giải quyết việc làm cho thanh niên.',
  'Công tác phát triển đảng viên mới được chú trọng, chất lượng sinh hoạt chi bộ từng bước được nâng lên.',
  'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được gắn với nhiệm vụ chính trị của từng đơn vị.',
  'Phong trào thi đua yêu nước lan tỏa rộng khắp, tạo khí thế phấn khởi trong cán bộ, đảng viên và nhân dân.',
  'Tổng thu ngân sách trên địa bàn đạt và vượt dự toán được giao, thu nhập bình quân đầu người tăng khá.',
  'Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên chín mươi phần trăm, công tác chăm sóc sức khỏe ban đầu được bảo đảm.',
  'Môi trường nông thôn được cải thiện, nhiều tuyến đường hoa, đường cây xanh do người dân tự làm đã hình thành.',
  'Việc chuyển đổi số được triển khai bước đầu, nhiều thủ tục đã được thực hiện trên môi trường điện tử.',
  'Trong thời gian tới, địa phương tập trung khai thác tiềm năng, lợi thế để phát triển kinh tế nhanh và bền vững.',
  'Cấp ủy sẽ tiếp tục đổi mới phương thức lãnh đạo, nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng.',
  'Các chi bộ cần bám sát nghị quyết, cụ thể hóa thành chương trình, kế hoạch phù hợp với điều kiện của mình.',
  'Mặt trận và các đoàn thể cần phát huy vai trò tập hợp, đoàn kết các tầng lớp nhân dân.',
  'Cần làm tốt công tác nắm bắt tâm tư, nguyện vọng của nhân dân, giải quyết kịp thời những vấn đề phát sinh từ cơ sở.',
  'Vùng trồng cây ăn quả tập trung tiếp tục được mở rộng, gắn với xây dựng thương hiệu cho nông sản của {u}.',
  'Hợp tác xã dịch vụ nông nghiệp hoạt động ổn định, hỗ trợ xã viên tiêu thụ sản phẩm với giá ổn định.',
  'Lực lượng dân quân tự vệ được xây dựng vững mạnh, sẵn sàng thực hiện nhiệm vụ khi có tình huống xảy ra.',
  'Chất lượng giáo dục ở các cấp học có nhiều tiến bộ, cơ sở vật chất trường lớp được đầu tư khang trang.',
  'Công tác kiểm tra, giám sát được tiến hành thường xuyên, góp phần phòng ngừa vi phạm từ sớm, từ xa.',
  'Các khu dân cư duy trì tốt phong trào toàn dân đoàn kết xây dựng đời sống văn hóa.',
  'Người dân {u} phấn khởi trước những đổi thay của quê hương, tin tưởng vào sự lãnh đạo của cấp ủy.',
  'Nhân dịp này, nhiều tập thể và cá nhân có thành tích xuất sắc đã được khen thưởng.',
  'Không khí làm việc khẩn trương, nghiêm túc và tinh thần trách nhiệm cao được thể hiện xuyên suốt.',
  'Những kết quả trên là tiền đề quan trọng để {u} hoàn thành các mục tiêu đã đề ra trong giai đoạn tới.',
  'Tỉnh {p} đang tập trung nguồn lực cho các công trình hạ tầng trọng điểm, tạo động lực phát triển cho vùng nông thôn.',
  'Hệ thống thủy lợi được nạo vét, tu sửa kịp thời, bảo đảm nước tưới cho vụ sản xuất.',
  'Lãnh đạo địa phương thường xuyên đối thoại trực tiếp với nhân dân, kịp thời tháo gỡ những vướng mắc.',
  'Công tác quản lý đất đai, trật tự xây dựng được tăng cường, hạn chế các trường hợp vi phạm mới phát sinh.',
  'Các chỉ tiêu về môi trường, nước sạch và vệ sinh được duy trì, nhiều hộ gia đình đã phân loại rác tại nguồn.',
];

/** A filler paragraph of three to five sentences not in `used` (the article's sentences so far). */
export function fillerParagraph(r: Rng, unit: string, province: string, used: Set<string>): string {
  let pool = SENTENCES.filter((s) => !used.has(s));
  if (pool.length < 5) pool = SENTENCES.slice(); // a very long article may repeat itself
  const picked = r.sample(pool, r.int(3, 5));
  for (const s of picked) used.add(s);
  return picked.map((s) => s.replace(/\{u\}/g, unit).replace(/\{p\}/g, province)).join(' ');
}
