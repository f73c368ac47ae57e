import { read } from './helpers';

const dates = (text: string, publishedAt = '2024-06-30') => read(text, { publishedAt }).sessions.map((s) => s.date);

describe('the date a session opens with, written other ways', () => {
  it('reads a clock time before the day: "Vào hồi 9 giờ 15 phút ngày", "Vào lúc 7g30 ngày"', () => {
    expect(dates('Vào hồi 9 giờ 15 phút ngày 3/4/2024, Huyện ủy Bảo Yên tổ chức hội nghị sơ kết.')).toEqual(['2024-04-03']);
    expect(dates('Vào lúc 7g30 ngày 11/5/2024, Ban Thường vụ Đảng ủy xã Nghĩa Đô họp phiên thường kỳ.')).toEqual(['2024-05-11']);
  });

  it('reads a weekday before the date: "Chiều thứ Năm (16/5/2024)", "Sáng thứ Hai, 20/5"', () => {
    expect(dates('Chiều thứ Năm (16/5/2024), Hội Nông dân xã Tân Tiến tổ chức hội nghị.')).toEqual(['2024-05-16']);
    expect(dates('Sáng thứ Hai, 20/5, Đảng ủy xã Tân Tiến tổ chức hội nghị chuyên đề.')).toEqual(['2024-05-20']);
  });

  it('dates a stretch of days by its first: "Từ ngày 8 đến ngày 9/6/2024", "Trong 2 ngày, từ 21 - 22/6/2024"', () => {
    expect(dates('Từ ngày 8 đến ngày 9/6/2024, Đảng bộ xã Vĩnh Kim tổ chức Đại hội đại biểu lần thứ V.')).toEqual(['2024-06-08']);
    expect(dates('Trong 2 ngày, từ 21 - 22/6/2024, Hội Cựu chiến binh huyện tổ chức Đại hội đại biểu lần thứ VIII.')).toEqual(['2024-06-21']);
  });

  it('reads past a bracket or an apposition after the date', () => {
    expect(dates('Ngày 2/3/2024 (nhằm ngày 22 tháng Giêng năm Giáp Thìn), tại đình làng, Hội Khuyến học xã tổ chức lễ ra mắt Chi hội Khuyến học thôn Đông.')).toEqual(['2024-03-02']);
    expect(dates('Ngày 1/6/2024 – ngày Quốc tế Thiếu nhi, Đoàn Thanh niên xã Yên Lạc tổ chức ngày hội cho các em.')).toEqual(['2024-06-01']);
  });

  it('takes a day someone chaired as a session, and not a date-led sentence that tells nothing took place', () => {
    expect(dates('Sáng 12/6, ông Trần Văn Lộc, Phó Chủ tịch UBND xã chủ trì ngày hội tại ấp Phú Thạnh.')).toEqual(['2024-06-12']);
    expect(dates('Ngày 12/6, mực nước sông Hậu lên cao.')).toEqual([]);
  });

  it('reads "Chiều mùng 3/6", "Hai ngày sau (16/4)" and "Tối qua," (the day before publication)', () => {
    expect(dates('Chiều mùng 3/6, Chi đoàn thôn Pà Cò tổ chức lễ ra mắt đội tình nguyện.')).toEqual(['2024-06-03']);
    expect(dates('Sáng 14/6, Ủy ban bầu cử xã họp phiên thứ nhất. Hai ngày sau (16/6), Ban Chỉ đạo xã tổ chức hội nghị giao ban.')).toEqual(['2024-06-14', '2024-06-16']);
    expect(dates('Tối qua, tại nhà văn hóa thôn Đông, Đoàn Thanh niên xã tổ chức lễ ra mắt câu lạc bộ.', '2024-07-01')).toEqual(['2024-06-30']);
    expect(dates('Tối qua, tại nhà văn hóa thôn Đông, Đoàn Thanh niên xã tổ chức lễ ra mắt câu lạc bộ.', '')).toEqual([]);
  });

  it('takes "thông qua dự kiến số đơn vị bầu cử" as a draft discussed, not a planned session', () => {
    expect(dates('Sáng 12/6, Ủy ban bầu cử xã họp phiên thứ nhất, thông qua dự kiến số đơn vị bầu cử.')).toEqual(['2024-06-12']);
    expect(dates('Sáng 12/6, Ủy ban bầu cử xã dự kiến họp phiên thứ nhất.')).toEqual([]);
  });

  it('reads "7h30\' ngày D", "Buổi sáng ngày D", "Hôm 14/6" and "(ABC) - Sáng hôm qua,"', () => {
    expect(dates("7h30' ngày 14/3/2024, Chi bộ Quân sự xã An Lạc tổ chức Đại hội lần thứ III.")).toEqual(['2024-03-14']);
    expect(dates('Buổi sáng ngày 16/5, đoàn công tác của Huyện ủy làm việc với Đảng ủy xã Quý Hòa.')).toEqual(['2024-05-16']);
    expect(dates('Hôm 14/6, tại nhà văn hóa bản Na Ten, Hội LHPN xã Na Côm tổ chức lễ ra mắt tổ phụ nữ.')).toEqual(['2024-06-14']);
    expect(dates('(QNO) - Sáng hôm qua, Hội Cựu Công an nhân dân thị xã Điện Bàn tổ chức lễ công bố quyết định.', '2024-05-22')).toEqual(['2024-05-21']);
  });

  it('reads "Đầu giờ chiều," and "Ngay chiều cùng ngày," as later events of the day', () => {
    expect(dates('Sáng 16/6, đoàn công tác của Huyện ủy làm việc với xã Quý Hòa do ông Bùi Văn Tâm chủ trì. Đầu giờ chiều, Đảng ủy xã Quý Hòa tổ chức lễ công bố quyết định do ông Đinh Công Thành chủ trì.')).toEqual(['2024-06-16', '2024-06-16']);
    expect(dates('Sáng 27/3/2026, HĐND xã Khang Ninh tổ chức kỳ họp thứ nhất do ông Ma Văn Hùng chủ tọa. Ngay chiều cùng ngày, UBND xã họp phiên thứ nhất do bà Triệu Thị Dịu chủ trì.')).toEqual(['2026-03-27', '2026-03-27']);
  });
});

