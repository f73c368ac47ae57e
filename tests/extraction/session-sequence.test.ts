import { read } from './helpers';

describe('sessions told one after another', () => {
  it('reads a bare "Cùng ngày," as the day\'s event going on, not a second session', () => {
    const r = read(
      'Sáng 3/10/2024, Đoàn khảo sát của Ban Dân tộc HĐND tỉnh do ông Hà Văn Tám, Trưởng Ban làm Trưởng đoàn đã khảo sát tại xã Mường Lý.\n' +
        'Cùng ngày, đoàn đã kiểm tra mô hình trồng quế tại bản Pù Nhi.',
    );
    expect(r.sessions.map((s) => s.date)).toEqual(['2024-10-03']);
  });

  it('gives a session the delegation goes on with the chair and the year of the one before', () => {
    const r = read(
      'Ngày 12/5/2023, Đoàn giám sát của Thường trực HĐND huyện Quế Phong do đồng chí Vi Văn Sơn, Phó Chủ tịch HĐND huyện làm Trưởng đoàn đã giám sát tại xã Tri Lễ.\n' +
        'Tiếp đó, ngày 13/5, đoàn giám sát tiếp tục làm việc tại xã Nậm Nhoóng. Ông Lô Văn Thái, Chủ tịch UBND xã Nậm Nhoóng báo cáo.',
    );
    expect(r.sessions[1]).toMatchObject({ date: '2023-05-13', chair: 'Vi Văn Sơn' });
    expect(r.sessions[1].participants).toContain('Vi Văn Sơn');
  });

  it('reads no chair for a delegation\'s earlier work told after "Trước đó"', () => {
    const r = read(
      'Ngày 12/5/2023, Đoàn giám sát của Thường trực HĐND huyện Quế Phong do đồng chí Vi Văn Sơn, Phó Chủ tịch HĐND huyện làm Trưởng đoàn đã giám sát tại xã Tri Lễ.\n' +
        'Trước đó, ngày 11/5, Đoàn đã làm việc với UBND xã Hạnh Dịch.',
    );
    expect(r.sessions[1]).toMatchObject({ date: '2023-05-11', chair: null });
  });

  it('lets the subject of a visit to a home lead it, and reads a date closing "tại kỳ họp ... ngày D,"', () => {
    const r = read(
      'Ngày 2/9/2025, Đảng ủy phường Kim Liên tổ chức Lễ trao Huy hiệu Đảng. Đồng chí Lê Văn Toàn, Phó Bí thư Thường trực Đảng ủy phường dự.\n' +
        'Trước đó, ngày 30/8, đồng chí Lê Văn Toàn cùng đại diện Chi bộ tổ dân phố 7 đã đến tận nhà riêng trao Huy hiệu 75 năm tuổi Đảng cho đồng chí Đỗ Văn Bảy.\n' +
        'Trước đó, tại kỳ họp thứ 12 ngày 20/8/2025, Ủy ban Kiểm tra Đảng ủy phường đã xem xét các nội dung.',
    );
    expect(r.sessions.map((s) => [s.date, s.chair])).toEqual([
      ['2025-09-02', null],
      ['2025-08-30', 'Lê Văn Toàn'],
      ['2025-08-20', null],
    ]);
  });

  it('dates "Sáng nay," by the publication date, else by the date above the first paragraph, else not at all', () => {
    const body = 'Sáng nay, Chi bộ thôn Khe Ván tổ chức Đại hội nhiệm kỳ 2025 - 2027 với sự tham dự của 31 đảng viên trong chi bộ và đại diện Đảng ủy xã.';
    expect(read(body, { publishedAt: '2025-04-02' }).sessions.map((s) => s.date)).toEqual(['2025-04-02']);
    expect(read(`CHI BỘ THÔN KHE VÁN ĐẠI HỘI - 01/4/2025\n\n${body}`).sessions.map((s) => s.date)).toEqual(['2025-04-01']);
    expect(read(body).sessions).toEqual([]);
  });

  it('reads no chair from the last of a listed presidium', () => {
    const r = read('Ngày 20/3/2025, Chi bộ bản Cang tổ chức Đại hội. Đoàn Chủ tịch gồm các đồng chí Lò Văn Mai, Cà Thị Pọm và Quàng Văn Piêng điều hành Đại hội.');
    expect(r.sessions[0].chair).toBeNull();
  });

  it('gives the days a delegation goes on with, written "đoàn làm việc" or "đoàn kiểm tra <body>", the chair of its head', () => {
    const r = read(
      'Trong hai ngày 12 và 13/10/2022, Đoàn kiểm tra số 2 của Ủy ban Kiểm tra Huyện ủy Ý Yên do đồng chí Trần Văn Kiên, Chủ nhiệm UBKT Huyện ủy làm Trưởng đoàn đã kiểm tra tại hai đảng ủy.\n' +
        'Ngày 12/10, đoàn làm việc với Đảng ủy xã Yên Lợi. Đồng chí Phạm Văn Hà, Bí thư Đảng ủy xã báo cáo.\n' +
        'Ngày 13/10, đoàn kiểm tra Đảng ủy xã Yên Tân. Đồng chí Vũ Thị Lan, Bí thư Đảng ủy xã báo cáo.\n' +
        'Ngày 20/10, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Ý Yên.',
    );
    expect(r.sessions.map((s) => [s.date, s.chair])).toEqual([
      ['2022-10-12', 'Trần Văn Kiên'],
      ['2022-10-13', 'Trần Văn Kiên'],
      ['2022-10-20', null],
    ]);
  });

  it('reads days opened "Vào lúc 8 giờ ngày", "Sáng hôm sau (12/11)" and "..., trong hai ngày 6 và 7/12/2021, ..."', () => {
    const r = read(
      'Vào lúc 8 giờ ngày 20-6-2017, tại hội trường UBND xã Long Sơn, Hội Cựu chiến binh xã tổ chức lễ ra mắt Câu lạc bộ. Chủ trì buổi lễ là ông Lê Văn Ba, Chủ tịch Hội CCB xã.\n' +
        'Ngày 11/11/2017, đồng chí Trần Quốc Việt, Phó Bí thư Tỉnh ủy chủ trì buổi làm việc với Đảng ủy xã Long Sơn.\n' +
        'Sáng hôm sau (12/11), đồng chí Phó Bí thư Tỉnh ủy tiếp tục chủ trì buổi làm việc với Đảng ủy xã Long Hải.\n' +
        'Thực hiện kế hoạch của Ủy ban MTTQ huyện, trong hai ngày 6 và 7/12/2017, Đoàn ĐBQH tỉnh do bà Hồ Thị Lan, Phó Trưởng Đoàn ĐBQH tỉnh dẫn đầu đã tiếp xúc cử tri tại hai xã.\n' +
        'Sáng ngày 7/12, tại hội trường UBND xã Long Hải, cử tri kiến nghị nâng cấp đường giao thông.',
    );
    expect(r.sessions.map((s) => [s.date, s.chair])).toEqual([
      ['2017-06-20', 'Lê Văn Ba'],
      ['2017-11-11', 'Trần Quốc Việt'],
      ['2017-11-12', 'Trần Quốc Việt'],
      ['2017-12-06', 'Hồ Thị Lan'],
      ['2017-12-07', 'Hồ Thị Lan'],
    ]);
  });

  it('keeps a meeting that discussed a draft ("dự kiến phân bổ ..."), and drops one planned ("dự kiến tổ chức")', () => {
    const r = read(
      'Trước đó, ngày 9/1/2026, Ban Thường vụ Đảng ủy phường họp cho ý kiến về dự kiến phân bổ số lượng đại biểu HĐND phường.\n' +
        'Ngày 20/1/2026, Đảng ủy phường dự kiến tổ chức hội nghị tổng kết.',
    );
    expect(r.sessions.map((s) => s.date)).toEqual(['2026-01-09']);
  });

  it('reads "Trước đó, sáng cùng ngày" and "Ngay sau bế mạc kỳ họp, X họp ... dưới sự chủ trì của Y" as sessions of their own', () => {
    const a = read('Chiều 8/1/2026, Ban Chỉ đạo bầu cử xã Hòa An tổ chức hội nghị. Ông Lê Văn Bảy, Bí thư Đảng ủy xã chủ trì hội nghị.\nTrước đó, sáng cùng ngày, Ủy ban bầu cử xã họp phiên thứ nhất do bà Trịnh Thị Út chủ trì.');
    expect(a.sessions.map((s) => [s.date, s.chair])).toEqual([['2026-01-08', 'Lê Văn Bảy'], ['2026-01-08', 'Trịnh Thị Út']]);
    const b = read('Ngày 23/3/2026, HĐND xã Hòa An khóa I tổ chức kỳ họp thứ nhất do bà Trịnh Thị Út chủ tọa. Ngay sau bế mạc kỳ họp, UBND xã họp phiên thứ nhất dưới sự chủ trì của ông Lê Văn Bảy.');
    expect(b.sessions.map((s) => [s.date, s.chair])).toEqual([['2026-03-23', 'Trịnh Thị Út'], ['2026-03-23', 'Lê Văn Bảy']]);
  });

  it('reads "Tại hội nghị buổi chiều do X chủ trì" and "Chiều cùng ngày, X ra mắt Y ... Z điều hành buổi ra mắt" as events of their own', () => {
    const a = read('Ngày 4/3/2025, HĐND huyện Krông Chro họp kỳ họp chuyên đề. Ông Lê Văn An, Chủ tịch HĐND huyện, chủ tọa kỳ họp buổi sáng. Tại hội nghị buổi chiều do đồng chí Trần Minh Đức, Bí thư Huyện ủy chủ trì, Ban Thường vụ Huyện ủy công bố các quyết định.');
    expect(a.sessions.map((s) => [s.date, s.chair])).toEqual([['2025-03-04', 'Lê Văn An'], ['2025-03-04', 'Trần Minh Đức']]);
    const b = read('Ngày 9/5/2024, Chi bộ thôn Nà Lầu tổ chức lễ kết nạp đảng viên cho quần chúng Nông Thị Hoa; đồng chí Lý Văn Sử, Bí thư Chi bộ chủ trì. Chiều cùng ngày, UBND xã ra mắt Tổ hòa giải thôn Nà Lầu. Ông Chi Văn Páo, Phó Chủ tịch UBND xã, điều hành buổi ra mắt.');
    expect(b.sessions.map((s) => [s.date, s.chair])).toEqual([['2024-05-09', 'Lý Văn Sử'], ['2024-05-09', 'Chi Văn Páo']]);
    expect(b.persons).toEqual(expect.arrayContaining(['Nông Thị Hoa', 'Chi Văn Páo']));
  });

  it('reads "Ngay sau hội nghị, X họp phiên đầu tiên do Y chủ trì" as an event of its own', () => {
    const r = read('Chiều 14/5/2015, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị do đồng chí Lê Văn Một chủ trì. Ngay sau hội nghị, Đảng ủy lâm thời Công ty họp phiên đầu tiên do đồng chí Trần Văn Hai chủ trì.');
    expect(r.sessions.map((s) => [s.date, s.chair])).toEqual([['2015-05-14', 'Lê Văn Một'], ['2015-05-14', 'Trần Văn Hai']]);
  });
});
