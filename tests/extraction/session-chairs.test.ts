import { read } from './helpers';

describe('chairs written other ways', () => {
  it('takes the chair of a session "do X, <office> điều hành." closing its clause', () => {
    const a = read('Ngày 9 tháng 4 năm 2023, Hội Nông dân xã Tân Phú tổ chức Đại hội đại biểu lần thứ IX. Đại hội do ông Lò Văn Thiện, Chủ tịch Hội Nông dân xã điều hành.');
    expect(a.sessions[0].chair).toBe('Lò Văn Thiện');
    const b = read('Sáng 14/7/2025, Đảng bộ xã Nà Hỳ tiến hành phiên trù bị. Phiên trù bị do đồng chí Vàng Thị Dua, Phó Bí thư Đảng ủy xã điều hành, với sự tham dự của 95 đại biểu.');
    expect(b.sessions[0].chair).toBe('Vàng Thị Dua');
  });

  it('does not take a bare "điều hành" without "do" before the person as chairing', () => {
    const r = read('Ngày 3/5/2024, Công ty Điện lực tỉnh tổ chức hội nghị khách hàng. Ông Hà Quang Vinh, Phó Giám đốc điều hành, cho biết sản lượng điện tăng 8%.');
    expect(r.sessions[0].chair).toBeNull();
  });

  it('takes the chair from "Chủ tọa ... là X" and "Điều hành hội nghị có X"', () => {
    const r = read('Ngày 21/11/2022, Hội Cựu chiến binh huyện tổ chức hội nghị tổng kết. Chủ tọa hội nghị là ông Đào Văn Sang, Chủ tịch Hội Cựu chiến binh huyện.');
    expect(r.sessions[0].chair).toBe('Đào Văn Sang');
    const b = read('Sáng 8/1/2025, Ủy ban MTTQ Việt Nam xã Yên Lạc tổ chức hội nghị. Điều hành hội nghị có bà Lục Thị Hằng, Chủ tịch Ủy ban MTTQ Việt Nam xã.');
    expect(b.sessions[0].chair).toBe('Lục Thị Hằng');
  });

  it('gives a later day of the same delegation ("Đoàn kiểm tra làm việc với ...") the head named before', () => {
    const r = read(
      'Ngày 4/6/2023, Đoàn kiểm tra của Ban Thường vụ Huyện ủy do đồng chí Mai Đức Toàn, Trưởng Ban Tổ chức Huyện ủy làm Trưởng đoàn đã công bố quyết định kiểm tra tại Đảng ủy xã Phú Lương. ' +
        'Sau ba tuần thẩm tra, ngày 26/6/2023, Đoàn kiểm tra làm việc với Ban Thường vụ Đảng ủy xã để thông qua dự thảo báo cáo. Dự có đồng chí Khúc Văn Hòa, Bí thư Đảng ủy xã.',
    );
    expect(r.sessions.map((s) => [s.date, s.chair])).toEqual([
      ['2023-06-04', 'Mai Đức Toàn'],
      ['2023-06-26', 'Mai Đức Toàn'],
    ]);
  });

  it('gives no chair to a day told back ("Trước đó, ngày ..., Đoàn kiểm tra làm việc ...")', () => {
    const r = read(
      'Ngày 19/9/2021, Đoàn kiểm tra của Ủy ban Kiểm tra Thị ủy do đồng chí Hầu Văn Chính, Chủ nhiệm Ủy ban Kiểm tra Thị ủy làm Trưởng đoàn làm việc với Đảng ủy phường Nam Sơn. ' +
        'Trước đó, ngày 12/9/2021, Đoàn kiểm tra làm việc với Chi bộ khu phố 4.',
    );
    expect(r.sessions.map((s) => [s.date, s.chair])).toEqual([
      ['2021-09-19', 'Hầu Văn Chính'],
      ['2021-09-12', null],
    ]);
  });

  it('reads no chair from a future "sẽ chủ trì"', () => {
    const r = read('Ngày 2/3/2024, Ban Thường vụ Huyện ủy họp. Đồng chí Tòng Văn Khiêm, Bí thư Huyện ủy sẽ chủ trì hội nghị sơ kết vào tháng sau.');
    expect(r.sessions.map((s) => s.chair)).not.toContain('Tòng Văn Khiêm');
  });

  it('takes the chair whose last office is written with its term or its ward short ("khoá trước", "P. Tân Định")', () => {
    const term = read('Sáng 8/4/2026, HĐND tỉnh Sơn La khai mạc kỳ họp thứ nhất. Đồng chí Cầm Văn Sơn - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh khoá trước chủ trì kỳ họp.');
    expect(term.sessions.map((s) => s.chair)).toEqual(['Cầm Văn Sơn']);
    const ward = read('Sáng 12/5/2021, Đảng ủy phường Tân Định tổ chức lễ công bố quyết định. Đ/c Lê Thị Hồng, Bí thư Đảng ủy P. Tân Định chủ trì buổi lễ.');
    expect(ward.sessions.map((s) => s.chair)).toEqual(['Lê Thị Hồng']);
    expect(ward.positions('Lê Thị Hồng')).toEqual([{ title: 'Bí thư', org: 'Đảng ủy phường Tân Định' }]);
  });

  it('takes the chair named after "do" though guests listed with "và" come before', () => {
    const r = read('Sáng 14/3/2023, Hội Nông dân xã Ba Tơ tổ chức Đại hội. Với sự tham dự của ông Phạm Văn Cường, Phó Chủ tịch Hội Nông dân huyện và 90 đại biểu, Đại hội do ông Đinh Văn Lơ, Chủ tịch Hội Nông dân xã chủ trì.');
    expect(r.sessions.map((s) => s.chair)).toEqual(['Đinh Văn Lơ']);
  });

  it('ends a two-syllable unit name where a full name starting with a family name follows ("xã Yên Thạch Trần Văn Hòa")', () => {
    const r = read('Ngày 11/3/2022, Chi bộ Trường Tiểu học Yên Thạch tổ chức Đại hội. Về dự có Phó Bí thư Thường trực Đảng ủy xã Yên Thạch Trần Văn Hòa.');
    expect(r.persons).toContain('Trần Văn Hòa');
    expect(r.positions('Trần Văn Hòa')).toEqual([{ title: 'Phó Bí thư Thường trực', org: 'Đảng ủy xã Yên Thạch' }]);
  });

  it('reads the first of those listed after "Chủ tọa kỳ họp gồm các đồng chí", but no chair of a presidium so listed', () => {
    const r = read(
      'Ngày 10-12-2019, HĐND huyện Sơn Động tổ chức Kỳ họp thứ 9. Chủ tọa kỳ họp gồm các đồng chí: Hoàng Văn Mạnh - Chủ tịch HĐND huyện; Vi Thị Nga - Phó Chủ tịch HĐND huyện.\n' +
        'Ngày 12-12-2019, Hội Nông dân xã An Lập tổ chức Đại hội. Đoàn Chủ tịch điều hành Đại hội gồm các đồng chí: Lục Văn Sáu, Chủ tịch Hội; Hà Thị Mơ, Phó Chủ tịch Hội.',
    );
    expect(r.sessions.map((s) => s.chair)).toEqual(['Hoàng Văn Mạnh', null]);
  });

  it('reads a political commissar chairing, with his rank before his name', () => {
    const r = read('Ngày 7/8/2025, Đảng ủy Bộ Chỉ huy Quân sự tỉnh Lai Châu tổ chức hội nghị. Đại tá Lò Văn Sơn, Chính ủy Bộ Chỉ huy Quân sự tỉnh chủ trì hội nghị.');
    expect(r.positions('Lò Văn Sơn')).toEqual([{ title: 'Chính ủy', org: 'Bộ Chỉ huy Quân sự tỉnh Lai Châu' }]);
    expect(r.sessions.map((s) => s.chair)).toEqual(['Lò Văn Sơn']);
  });

  it('reads a role-only chair written with one more office as the one person holding the first, and no group as one person', () => {
    const r = read(
      'Chiều 15/10/2024, Ban Thường vụ Huyện ủy Gia Lộc họp. Đồng chí Vũ Đức Toàn - Bí thư Huyện ủy chủ trì hội nghị. ' +
        'Sáng 18/10/2024, Tiểu ban Văn kiện tổ chức phiên họp thứ nhất. Đồng chí Bí thư Huyện ủy, Trưởng tiểu ban chủ trì phiên họp. ' +
        'Dự có các đồng chí Huyện ủy viên, Bí thư Huyện ủy.',
    );
    expect(r.sessions.map((s) => s.chair)).toEqual(['Vũ Đức Toàn', 'Vũ Đức Toàn']);
    expect(r.positions('Vũ Đức Toàn').map((p) => p.title)).toEqual(['Bí thư', 'Trưởng Tiểu ban']);
  });

  it('reads a chair named after "Chủ trì:", "Chủ trì hội nghị," and "Đồng chủ trì hội nghị:"', () => {
    const r = read(
      'Ngày 10/3/2023, Hội Chữ thập đỏ xã Điền Lộc tổ chức lễ ra mắt. Chủ trì: ông Hà Văn Bảy, Chủ tịch Hội Chữ thập đỏ xã.\n' +
        'Ngày 12/6/2024, Ủy ban MTTQ phường Trung Sơn tổ chức hội nghị. Chủ trì hội nghị, bà Phan Thị Lan – Chủ tịch Ủy ban MTTQ phường.\n' +
        'Ngày 14/10/2025, Hội Cựu chiến binh xã Tài Văn tổ chức hội nghị. Đồng chủ trì hội nghị: đồng chí Lâm Văn Sơn, Phó Chủ tịch Hội; đồng chí Thạch Mến, Bí thư Đảng ủy xã.',
    );
    expect(r.sessions.map((s) => s.chair)).toEqual(['Hà Văn Bảy', 'Phan Thị Lan', 'Lâm Văn Sơn']);
  });

  it('reads a chair whose office\'s body runs on before the verb, and of two joined by "cùng", the first named (co-chairs)', () => {
    const r = read(
      'Ngày 15/9/2022, Hội Người cao tuổi xã Vĩnh Hải tổ chức lễ ra mắt câu lạc bộ. Ông Thạch Sên, Chủ tịch Hội Người cao tuổi xã chủ trì lễ ra mắt.\n' +
        'Ngày 20/9/2022, Hội Nông dân xã Vĩnh Hải tổ chức hội nghị. Ông Lý Văn Tư, Chủ tịch Hội cùng bà Trần Thị Mai chủ trì hội nghị.',
    );
    expect(r.sessions.map((s) => s.chair)).toEqual(['Thạch Sên', 'Lý Văn Tư']);
  });
});

describe('chairs told other ways', () => {
  const chair = (text: string) => read(text, { publishedAt: '2024-06-30' }).sessions[0]?.chair ?? null;

  it('reads "dưới sự điều hành của X" and "X, ..., người chủ trì hội nghị"', () => {
    expect(chair('Ngày 9/6/2024, tại đình làng, Hội Khuyến học xã Tân Phước tổ chức lễ ra mắt Chi hội Khuyến học họ Trần. Buổi lễ diễn ra dưới sự điều hành của ông Trần Văn Sơn, Chủ tịch Hội Khuyến học xã.'))
      .toBe('Trần Văn Sơn');
    expect(chair('Chiều 3/6/2024, UBND huyện Tân Phú tổ chức hội nghị công bố quyết định. Phát biểu giao nhiệm vụ, ông Võ Minh Tâm – Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, người chủ trì hội nghị, đề nghị các phòng sớm ổn định.'))
      .toBe('Võ Minh Tâm');
  });

  it('reads the first of "Đồng chủ trì ... là hai đồng chí:", and one who "thay mặt Đoàn Chủ tịch điều hành các phiên"', () => {
    expect(chair('Sáng 5/5/2024, Chi bộ bản Pa Xa tổ chức lễ kết nạp đảng viên. Đồng chủ trì buổi lễ là hai đồng chí: Lò Văn Phanh – Phó Bí thư Đảng ủy xã; Vàng A Sử – Bí thư Chi bộ bản Pa Xa.'))
      .toBe('Lò Văn Phanh');
    expect(chair('Ngày 20/5/2024, Hội Cựu chiến binh huyện tổ chức Đại hội đại biểu lần thứ VIII. Đại hội do Đoàn Chủ tịch gồm 5 đồng chí điều hành; ông Trần Văn Hiếu, Chủ tịch Hội Cựu chiến binh huyện, thay mặt Đoàn Chủ tịch điều hành các phiên làm việc.'))
      .toBe('Trần Văn Hiếu');
  });

  it('gives a presidium listed by name no chair, though its last "điều hành các phiên"', () => {
    expect(chair('Ngày 14/5/2024, Đảng bộ xã Tân An tổ chức Đại hội. Đoàn Chủ tịch Đại hội gồm các đồng chí: Lý Văn Tài, Bí thư Đảng ủy xã; Hoàng Thị Mai, Phó Bí thư Đảng ủy xã điều hành các phiên làm việc.'))
      .toBeNull();
  });

  it('reads a chair whose office\'s body runs on in lowercase words after "và", or after a slash, before "đã chủ trì"', () => {
    expect(chair('Sáng 8/6/2024, UBND xã Tà Long tổ chức ra mắt các đội xung kích. Đồng chí Hồ Văn Lai, Chủ tịch UBND xã, Trưởng Ban Chỉ huy PCTT và tìm kiếm cứu nạn xã đã chủ trì buổi ra mắt.'))
      .toBe('Hồ Văn Lai');
    expect(chair('Sáng 9/6/2024, Hội Nạn nhân chất độc da cam/dioxin huyện Đồng Phú tổ chức hội nghị. Ông Điểu Thanh – Chủ tịch Hội NNCĐDC/dioxin huyện chủ trì hội nghị.'))
      .toBe('Điểu Thanh');
  });

  it('reads "được chủ trì bởi X", "X, BTCB (chủ trì)" in a presidium, and "X, Chủ tịch Hội, chủ trì"', () => {
    expect(chair('Ngày 4/4/2024, Ban Chỉ đạo 35 huyện tổ chức hội nghị. Hội nghị được chủ trì bởi đồng chí Hà Văn Lợi, Phó Bí thư Huyện ủy.')).toBe('Hà Văn Lợi');
    expect(chair('Sáng 9/5/2024, Chi bộ ấp Tân Hòa tổ chức Đại hội. Đoàn Chủ tịch: đồng chí Lâm Văn Tư, BTCB (chủ trì), đồng chí Ngô Thị Sáu và đồng chí Lê Văn Ba.')).toBe('Lâm Văn Tư');
    expect(chair('Sáng 20/7/2024, Hội Cựu chiến binh xã Tân Hòa tổ chức lễ ra mắt. Thay mặt Ban Thường vụ Hội, ông Đào Văn Bốn, Chủ tịch Hội, chủ trì buổi lễ.')).toBe('Đào Văn Bốn');
  });

  it('reads "Chủ tịch Hội đồng chủ trì phiên họp" as the chair, the body being the council named before', () => {
    const r = read('Ngày 10/1/2024, Hội đồng nghĩa vụ quân sự xã Bản Lầu họp xét duyệt hồ sơ. Ông Vàng Seo Páo, Chủ tịch UBND xã, Chủ tịch Hội đồng chủ trì phiên họp.');
    expect(r.sessions.map((s) => s.chair)).toEqual(['Vàng Seo Páo']);
    expect(r.positions('Vàng Seo Páo').map((p) => p.org)).toContain('Hội đồng nghĩa vụ quân sự xã Bản Lầu');
  });

  it('reads chairs "được Đại hội tín nhiệm bầu làm chủ tọa", "Với vai trò chủ trì, ông X", "đứng ra điều hành", "được ... ủy quyền chủ trì"', () => {
    expect(chair('Ngày 14/3/2024, Chi bộ Quân sự xã An Lạc tổ chức Đại hội. Đồng chí Nguyễn Văn Khiêm, Bí thư Chi bộ được Đại hội tín nhiệm bầu làm chủ tọa.')).toBe('Nguyễn Văn Khiêm');
    expect(chair('Sáng 9/10/2024, Hội Người cao tuổi xã Phước Lý tổ chức lễ ra mắt. Với vai trò chủ trì, ông Võ Văn Bảy – Chủ tịch Hội NCT xã – cho biết chi hội sẽ sinh hoạt hằng tháng.')).toBe('Võ Văn Bảy');
    expect(chair('Sáng 26/8/2024, Tổ tiết kiệm bản Eo Kén ra mắt. Ông Ngân Văn Tuấn, Chủ tịch Hội Nông dân xã đứng ra điều hành buổi ra mắt.')).toBe('Ngân Văn Tuấn');
    expect(chair('Sáng 9/9/2024, Ban CHQS xã Tà Hộc tổ chức lễ ra mắt. Thượng tá Phạm Văn Hiếu, Chỉ huy trưởng Ban CHQS huyện được Chủ tịch UBND huyện ủy quyền chủ trì buổi lễ.')).toBe('Phạm Văn Hiếu');
  });

  it('reads the first of two joined by "cùng" before "chủ trì", and an office the chain left unread before the verb', () => {
    expect(chair('Sáng 2/3/2024, xã Đăk Pxi tổ chức lễ ra mắt. Đồng chí A Nhung, Bí thư Đảng ủy xã cùng đồng chí Y Hoa, Phó Chủ tịch UBND xã chủ trì buổi lễ.')).toBe('A Nhung');
    expect(chair('Sáng 10/12/2025, Ban Chỉ đạo bầu cử xã Hòa Tây tổ chức hội nghị. Hội nghị do đồng chí Bí thư Đảng ủy xã Võ Thanh Sơn, Trưởng Ban Chỉ đạo bầu cử xã chủ trì.')).toBe('Võ Thanh Sơn');
  });

  it('reads "Chủ trì buổi ra mắt: bà X – office" and "X, office, Tổ trưởng Tổ đại biểu số 2 điều hành buổi tiếp xúc"', () => {
    const a = read('Sáng 28/4/2016, Hội LHPN xã Lũng Cú ra mắt câu lạc bộ. Chủ trì buổi ra mắt: bà Vàng Thị Mai – Chủ tịch Hội LHPN huyện.');
    expect(a.sessions.map((x) => x.chair)).toEqual(['Vàng Thị Mai']);
    const b = read('Ngày 22/8/2024, Tổ đại biểu HĐND xã số 2 tiếp xúc cử tri xóm Nà Đon. Ông Triệu Văn Ba, Phó Chủ tịch HĐND xã, Tổ trưởng Tổ đại biểu số 2 điều hành buổi tiếp xúc.');
    expect(b.sessions.map((x) => x.chair)).toEqual(['Triệu Văn Ba']);
    expect(b.positions('Triệu Văn Ba').map((p) => p.org)).toContain('Tổ đại biểu số 2');
  });
});
