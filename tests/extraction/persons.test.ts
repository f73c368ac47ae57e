import { read } from './helpers';

describe('persons and their offices', () => {
  it('reads a name after "đồng chí" and the chain of offices after it, abbreviations expanded', () => {
    const r = read(
      'Ngày 3/4/2024, đồng chí Đặng Văn Sơn - TUV, Bí thư Huyện ủy, Chủ tịch HĐND huyện Phước Sơn đã chủ trì hội nghị giao ban.',
    );
    expect(r.persons).toEqual(['Đặng Văn Sơn']);
    expect(r.positions('Đặng Văn Sơn')).toEqual([
      { title: 'Tỉnh ủy viên', org: 'Tỉnh ủy' },
      { title: 'Bí thư', org: 'Huyện ủy Phước Sơn' },
      { title: 'Chủ tịch', org: 'Hội đồng nhân dân huyện Phước Sơn' },
    ]);
  });

  it('expands UVBTV, Phó Bí thư TT, PCT, HUV, TVHU and PCN TT UBKT', () => {
    const r = read(
      'Dự hội nghị có ông Lê Minh Tâm, TVHU, Trưởng ban Tuyên giáo Huyện ủy; ông Hồ Văn Kha, HUV, PCT UBND huyện; ' +
        'bà Mai Thị Hoa - UVBTV, PCN TT UBKT Huyện ủy; ông Trần Quốc Việt - Phó Bí thư TT Huyện ủy.',
    );
    expect(r.positions('Lê Minh Tâm')).toEqual([
      { title: 'Ủy viên Ban Thường vụ', org: 'Huyện ủy' },
      { title: 'Trưởng Ban', org: 'Ban Tuyên giáo Huyện ủy' },
    ]);
    expect(r.positions('Hồ Văn Kha')).toEqual([
      { title: 'Huyện ủy viên', org: 'Huyện ủy' },
      { title: 'Phó Chủ tịch', org: 'Ủy ban nhân dân huyện' },
    ]);
    expect(r.positions('Mai Thị Hoa')).toEqual([
      { title: 'Ủy viên Ban Thường vụ', org: 'Huyện ủy' },
      { title: 'Phó Chủ nhiệm Thường trực', org: 'Ủy ban Kiểm tra Huyện ủy' },
    ]);
    expect(r.positions('Trần Quốc Việt')).toEqual([{ title: 'Phó Bí thư Thường trực', org: 'Huyện ủy' }]);
  });

  it('merges a person whose titles are written two ways into one office', () => {
    const r = read(
      'Tham dự có đồng chí Võ Thành Nam, Phó Bí thư TT Đảng ủy xã Tân An.\n' +
        'Phát biểu tại hội nghị, đồng chí Võ Thành Nam - Phó Bí thư Thường trực Đảng ủy xã Tân An đề nghị các chi bộ tiếp tục cố gắng.',
    );
    expect(r.persons).toEqual(['Võ Thành Nam']);
    expect(r.positions('Võ Thành Nam')).toEqual([{ title: 'Phó Bí thư Thường trực', org: 'Đảng ủy xã Tân An' }]);
  });

  it('reads a list after "các đồng chí:" and names listed after a plural title', () => {
    const r = read(
      'Xã Mường Chà tổng kết công tác năm\nTham dự có các đồng chí: Hà Thị Lan - Phó Bí thư Đảng ủy; Lò Văn Dũng - Chủ tịch UBND xã Mường Chà.\n' +
        'Cùng dự có các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Văn Bình, Phan Thị Mơ và Cao Văn Hùng.',
    );
    expect(r.persons).toEqual(expect.arrayContaining(['Hà Thị Lan', 'Lò Văn Dũng', 'Nguyễn Văn Bình', 'Phan Thị Mơ', 'Cao Văn Hùng']));
    expect(r.positions('Phan Thị Mơ')).toEqual([{ title: 'Phó Chủ tịch', org: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' }]);
    expect(r.positions('Hà Thị Lan')).toEqual([{ title: 'Phó Bí thư', org: 'Đảng ủy xã Mường Chà' }]);
  });

  it('reads an office written before the name and one taken later in the clause', () => {
    const r = read(
      'Kết luận hội nghị, đồng chí Phó Chủ tịch UBND huyện Đỗ Thị Hằng yêu cầu các xã khẩn trương triển khai.\n' +
        'Tại hội nghị, ông Sùng A Páo đã được bầu giữ chức vụ Trưởng thôn Nậm Cang nhiệm kỳ 2025 - 2027.',
    );
    expect(r.positions('Đỗ Thị Hằng')).toEqual([{ title: 'Phó Chủ tịch', org: 'Ủy ban nhân dân huyện' }]);
    expect(r.positions('Sùng A Páo')).toEqual([{ title: 'Trưởng thôn', org: 'thôn Nậm Cang' }]);
  });

  it('reads a family-name-led name with offices but no honorific', () => {
    const r = read('Cùng đi với đoàn có Bùi Văn Toàn, Phó Chủ tịch Ủy ban nhân dân tỉnh Kon Tum.');
    expect(r.positions('Bùi Văn Toàn')).toEqual([{ title: 'Phó Chủ tịch', org: 'Ủy ban nhân dân tỉnh Kon Tum' }]);
  });

  it('takes no person from a place name or a body', () => {
    const r = read('Đoàn đã đến thăm xã Hồ Văn Nam và làm việc với Ban Thường vụ Đảng ủy, các ông bà trong Ban Thường trực.');
    expect(r.persons).toEqual([]);
  });
});

describe('offices of other levels and bodies', () => {
  it('reads "đ/c", ranks, city and town abbreviations and departments', () => {
    const r = read(
      'Dự hội nghị có đ/c Trịnh Văn Quyết, Phó Chủ tịch UBND TP. Đông Hà; Đại tá Ngô Quang Vinh, Giám đốc Công an tỉnh; ' +
        'ông Đào Minh Trí, Giám đốc Sở Nội vụ tỉnh Quảng Trị.',
    );
    expect(r.positions('Trịnh Văn Quyết')).toEqual([{ title: 'Phó Chủ tịch', org: 'Ủy ban nhân dân thành phố Đông Hà' }]);
    expect(r.positions('Ngô Quang Vinh')).toEqual([{ title: 'Giám đốc', org: 'Công an tỉnh Quảng Trị' }]);
    expect(r.positions('Đào Minh Trí')).toEqual([{ title: 'Giám đốc', org: 'Sở Nội vụ tỉnh Quảng Trị' }]);
  });

  it('reads a title written before a name with no honorific', () => {
    const r = read('Phát biểu chỉ đạo, Bí thư Tỉnh ủy Lê Quang Tùng đề nghị các địa phương quan tâm hơn nữa.');
    expect(r.positions('Lê Quang Tùng')).toEqual([{ title: 'Bí thư', org: 'Tỉnh ủy' }]);
  });
});

describe('offices joined by "kiêm" and boards of two fields', () => {
  it('reads "kiêm", "Ban Tuyên giáo và Dân vận" and "Trưởng Công an xã"', () => {
    const r = read(
      'Tham dự có đồng chí Mai Văn Huỳnh, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ' +
        'đồng chí Lý Văn Hòa, Phó Bí thư Thường trực Huyện ủy kiêm Chủ tịch HĐND huyện; ông Lục Văn Tình, Trưởng Công an xã Bắc Sơn.',
    );
    expect(r.positions('Mai Văn Huỳnh')).toEqual([
      { title: 'Ủy viên Ban Thường vụ', org: 'Tỉnh ủy' },
      { title: 'Trưởng Ban', org: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
    ]);
    expect(r.positions('Lý Văn Hòa')).toEqual([
      { title: 'Phó Bí thư Thường trực', org: 'Huyện ủy' },
      { title: 'Chủ tịch', org: 'Hội đồng nhân dân huyện' },
    ]);
    expect(r.positions('Lục Văn Tình')).toEqual([{ title: 'Trưởng Công an', org: 'Công an xã Bắc Sơn' }]);
  });
});

describe('names and offices written other ways', () => {
  it('reads names with an apostrophe and unit names holding a clause word ("Sủng Là")', () => {
    const r = read('Dự có bà H\'Hen Niê, Bí thư Đảng ủy xã Sủng Là.');
    expect(r.persons).toEqual(["H'Hen Niê"]);
    expect(r.positions("H'Hen Niê")).toEqual([{ title: 'Bí thư', org: 'Đảng ủy xã Sủng Là' }]);
  });

  it('adds an office taken in the clause to the offices beside the name', () => {
    const r = read('Đồng chí Kha Văn Tám, Chủ tịch UBND thị trấn Phong Thổ được bầu làm Phó Bí thư Đảng ủy thị trấn Phong Thổ.');
    expect(r.positions('Kha Văn Tám').map((p) => p.title)).toEqual(['Chủ tịch', 'Phó Bí thư']);
    const b = read('Đồng chí Lù Văn Pin tái đắc cử Bí thư Đảng ủy xã Mường So.');
    expect(b.positions('Lù Văn Pin')).toEqual([{ title: 'Bí thư', org: 'Đảng ủy xã Mường So' }]);
  });
});

describe('offices of villages, schools and boards of two fields', () => {
  it('reads village heads, a bare cell completed by the village beside it, and a school head', () => {
    const r = read('Xã Ea Tul\nÔng Y Kông Niê, Bí thư Chi bộ, Trưởng buôn Cuôr phát biểu. Bà Nay Thị Hà, Hiệu trưởng Trường Tiểu học Lê Lợi xã Ea Tul dự.');
    expect(r.positions('Y Kông Niê')).toEqual([
      { title: 'Bí thư', org: 'Chi bộ buôn Cuôr xã Ea Tul' },
      { title: 'Trưởng buôn', org: 'buôn Cuôr xã Ea Tul' },
    ]);
    expect(r.positions('Nay Thị Hà')).toEqual([{ title: 'Hiệu trưởng', org: 'Trường Tiểu học Lê Lợi xã Ea Tul' }]);
  });

  it('reads a board named by two fields joined by a dash, not an office after a dash', () => {
    const r = read('Đồng chí Chu Văn Lâm, Trưởng Ban Văn hóa - Xã hội HĐND huyện Na Rì dự họp. Đồng chí Bế Thị Mai, Trưởng Ban Dân vận - Chủ tịch Ủy ban MTTQ huyện Na Rì dự.');
    expect(r.positions('Chu Văn Lâm')).toEqual([{ title: 'Trưởng Ban', org: 'Ban Văn hóa - Xã hội Hội đồng nhân dân huyện Na Rì' }]);
    expect(r.positions('Bế Thị Mai').map((p) => p.title)).toEqual(['Trưởng Ban', 'Chủ tịch']);
  });

  it('completes a bare "thành phố" with the province-level city the article is about', () => {
    const r = read('Thành phố Huế\nĐồng chí Lê Thị Hạnh, Phó Chủ tịch HĐND thành phố dự họp tại thành phố Huế.');
    expect(r.positions('Lê Thị Hạnh')).toEqual([{ title: 'Phó Chủ tịch', org: 'Hội đồng nhân dân thành phố Huế' }]);
  });
});

describe('persons named after "đảng viên" and "già làng"', () => {
  it('reads a family-name-led name after them, and no body', () => {
    const r = read('Tại buổi sinh hoạt, đảng viên Ly Seo Dính đề nghị đưa nội dung vào hương ước; già làng Liêng Hót Ha Ngọc phát biểu. Đảng viên Trường Tiểu học tham gia.');
    expect(r.persons).toEqual(['Ly Seo Dính', 'Liêng Hót Ha Ngọc']);
  });
});

describe('cells and workplaces', () => {
  it('gives a bare cell the workplace named beside it, and reads "Trạm Y tế" and numbered school names', () => {
    const r = read(
      'Đồng chí Đinh Văn Lực, Giám đốc Trung tâm Y tế huyện Sơn Hà được chỉ định làm Bí thư Chi bộ. ' +
        'Bà Phạm Thị Nga, Hiệu trưởng Trường Tiểu học Sơn Thủy 2 phát biểu. Ông Hà Văn Tư, Trưởng Trạm Y tế xã Sơn Thủy dự.',
    );
    expect(r.positions('Đinh Văn Lực')).toEqual([
      { title: 'Giám đốc', org: 'Trung tâm Y tế huyện Sơn Hà' },
      { title: 'Bí thư', org: 'Chi bộ Trung tâm Y tế huyện Sơn Hà' },
    ]);
    expect(r.positions('Phạm Thị Nga')).toEqual([{ title: 'Hiệu trưởng', org: 'Trường Tiểu học Sơn Thủy 2' }]);
    expect(r.positions('Hà Văn Tư')).toEqual([{ title: 'Trưởng Trạm', org: 'Trạm Y tế xã Sơn Thủy' }]);
  });
});

describe('boards and departments written by initials', () => {
  it('reads "Trưởng BDV Huyện ủy" and "Giám đốc Sở NN&PTNT" before a name', () => {
    const r = read('Tỉnh Kon Tum\nĐồng chí A Pớt, UVBTV, Trưởng BDV Huyện ủy Đăk Hà phát biểu. Giám đốc Sở TN&MT Lê Văn Định báo cáo tại tỉnh Kon Tum.');
    expect(r.positions('A Pớt')).toEqual([
      { title: 'Ủy viên Ban Thường vụ', org: 'Huyện ủy Đăk Hà' },
      { title: 'Trưởng Ban', org: 'Ban Dân vận Huyện ủy Đăk Hà' },
    ]);
    expect(r.positions('Lê Văn Định')).toEqual([{ title: 'Giám đốc', org: 'Sở Tài nguyên và Môi trường tỉnh Kon Tum' }]);
  });
});

describe('names and titles written the local way', () => {
  it('expands "CT UBND" to Chủ tịch', () => {
    const r = read('Dự buổi làm việc có đồng chí Triệu Văn Khánh, Phó Bí thư Đảng ủy, CT UBND xã Na Hang.');
    expect(r.positions('Triệu Văn Khánh')).toEqual([
      { title: 'Phó Bí thư', org: 'Đảng ủy xã Na Hang' },
      { title: 'Chủ tịch', org: 'Ủy ban nhân dân xã Na Hang' },
    ]);
  });

  it('reads names ending in a word that also opens titles and clauses (Chi, Sáng, Ban)', () => {
    const r = read(
      'Hội nghị có bà Đỗ Thị Kim Chi, Chủ tịch Hội LHPN xã; ông Ninh Văn Sáng - Phó Chủ tịch UBND xã; ' +
        'bà Lò Thị Ban (Trưởng thôn Nà Hồng) và các đồng chí trong Chi bộ thôn. Sáng ngày 3/4, đồng chí Vi Văn Tâm Chi bộ trưởng dự.',
    );
    expect(r.persons).toEqual(expect.arrayContaining(['Đỗ Thị Kim Chi', 'Ninh Văn Sáng', 'Lò Thị Ban']));
    expect(r.positions('Ninh Văn Sáng')).toEqual([{ title: 'Phó Chủ tịch', org: 'Ủy ban nhân dân xã' }]);
  });

  it('ends a department\'s name where the holder\'s name starts, "và" joining two fields', () => {
    const r = read('Tỉnh Yên Bái\nTỉnh ủy viên, Giám đốc Sở Kế hoạch và Đầu tư Hà Quang Vinh báo cáo; Giám đốc Sở Nội vụ Triệu Thị Thu phát biểu tại tỉnh Yên Bái.');
    expect(r.positions('Hà Quang Vinh')).toEqual([
      { title: 'Tỉnh ủy viên', org: 'Tỉnh ủy Yên Bái' },
      { title: 'Giám đốc', org: 'Sở Kế hoạch và Đầu tư tỉnh Yên Bái' },
    ]);
    expect(r.positions('Triệu Thị Thu')).toEqual([{ title: 'Giám đốc', org: 'Sở Nội vụ tỉnh Yên Bái' }]);
  });

  it('keeps a listed name of a family outside the lexicon when offices follow it, and persons after "chị", "anh"', () => {
    const r = read(
      'Tham dự có các đồng chí: Trần Văn Lộc, Bí thư Huyện ủy; Mang Văn Thới, Phó Chủ tịch HĐND huyện. ' +
        'Ngôi nhà được trao cho chị Phan Thị Út Mười; anh Hồ Văn Tèo cảm ơn. Anh em trong thôn phụ giúp.',
    );
    expect(r.positions('Mang Văn Thới')).toEqual([{ title: 'Phó Chủ tịch', org: 'Hội đồng nhân dân huyện' }]);
    expect(r.persons).toEqual(expect.arrayContaining(['Phan Thị Út Mười', 'Hồ Văn Tèo']));
    expect(r.persons).toHaveLength(4);
  });
});

describe('offices taken, bracketed and written by initials', () => {
  it('reads offices taken "được hiệp thương giữ chức" and "được <body> điều động, phân công làm"', () => {
    const r = read(
      'Bà Thạch Thị Sa Vân, Chủ tịch Hội LHPN phường, được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường An Hội. ' +
        'Đồng chí Lâm Quốc Huy, Bí thư Đảng ủy xã Hòa Bình, đã được Ban Thường vụ Tỉnh ủy điều động, phân công làm Phó Trưởng Ban Dân vận Tỉnh ủy.',
    );
    expect(r.positions('Thạch Thị Sa Vân')).toContainEqual({ title: 'Chủ tịch', org: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường An Hội' });
    expect(r.positions('Lâm Quốc Huy')).toContainEqual({ title: 'Phó Trưởng Ban', org: 'Ban Dân vận Tỉnh ủy' });
  });

  it('gives a deputy written without a body the body of the office of its kind just before', () => {
    const r = read('Ông Kiên Văn Sơn tái đắc cử Chủ tịch Hội Nông dân xã Long Hiệp; bà Thạch Thị Mai và ông Lý Văn Út đắc cử Phó Chủ tịch.');
    expect(r.positions('Thạch Thị Mai')).toEqual([{ title: 'Phó Chủ tịch', org: 'Hội Nông dân xã Long Hiệp' }]);
    expect(r.positions('Lý Văn Út')).toEqual([{ title: 'Phó Chủ tịch', org: 'Hội Nông dân xã Long Hiệp' }]);
  });

  it('reads an office in brackets after the chain, People\'s Council boards by initials and the joint office', () => {
    const r = read(
      'Huyện Tuy Phước\nĐồng chí Hồ Văn Tâm, Bí thư Huyện ủy (Tỉnh ủy viên) phát biểu; ông Đào Văn Lành, Trưởng Ban KT-XH HĐND huyện; ' +
        'ông Võ Minh Khoa, Chánh Văn phòng HĐND và UBND huyện; bà Lò Thị Hoa, Trạm trưởng Trạm Y tế xã Phước An dự tại huyện Tuy Phước.',
    );
    expect(r.positions('Hồ Văn Tâm')).toEqual([{ title: 'Bí thư', org: 'Huyện ủy Tuy Phước' }, { title: 'Tỉnh ủy viên', org: 'Tỉnh ủy' }]);
    expect(r.positions('Đào Văn Lành')).toEqual([{ title: 'Trưởng Ban', org: 'Ban Kinh tế - Xã hội Hội đồng nhân dân huyện Tuy Phước' }]);
    expect(r.positions('Võ Minh Khoa')).toEqual([{ title: 'Chánh Văn phòng', org: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Tuy Phước' }]);
    expect(r.positions('Lò Thị Hoa')).toEqual([{ title: 'Trạm trưởng', org: 'Trạm Y tế xã Phước An' }]);
  });

  it('reads a village numbered after its name', () => {
    const r = read('Ông Ka Sơn Điềm, Bí thư Chi bộ, Trưởng thôn Tân Lạc 2 báo cáo. Thôn Tân Lạc 2 có 210 hộ.');
    expect(r.positions('Ka Sơn Điềm')).toContainEqual({ title: 'Trưởng thôn', org: 'thôn Tân Lạc 2' });
  });
});

describe('offices sharing a body', () => {
  it('gives two offices the body written after the second, and a bare office the body of its kind written after it', () => {
    const r = read(
      'Tỉnh Đắk Nông\nDự có Đại tá Lê Văn Hùng - Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh. ' +
        'Đ/c Nông Văn Tý tái đắc cử Chủ tịch, đ/c Hà Văn Lý được bầu giữ chức Phó Chủ tịch Hội CCB huyện Cư Jút khóa VII; tại tỉnh Đắk Nông.',
    );
    expect(r.positions('Lê Văn Hùng')).toEqual([
      { title: 'Phó Chỉ huy trưởng', org: 'Bộ Chỉ huy Quân sự tỉnh Đắk Nông' },
      { title: 'Tham mưu trưởng', org: 'Bộ Chỉ huy Quân sự tỉnh Đắk Nông' },
    ]);
    expect(r.positions('Nông Văn Tý')).toEqual([{ title: 'Chủ tịch', org: 'Hội Cựu chiến binh huyện Cư Jút' }]);
  });

  it('reads committees of the National Assembly, a cell of a bare company and of an agencies\' office', () => {
    const r = read(
      'Ông Đỗ Văn Lâm - Ủy viên Thường trực Ủy ban Kinh tế của Quốc hội, ĐBQH tỉnh An Giang. ' +
        'Công ty TNHH Thủy sản Mỹ Hòa có 300 lao động. Bà Lý Thị Sen - Kế toán trưởng, Bí thư Chi bộ Công ty được chỉ định giữ chức Chủ tịch CĐCS. ' +
        'Đ/c Mạc Văn Kha - Bí thư Chi bộ cơ quan Mặt trận - Đoàn thể huyện Tri Tôn phát biểu.',
    );
    expect(r.positions('Đỗ Văn Lâm')).toEqual([
      { title: 'Ủy viên Thường trực', org: 'Ủy ban Kinh tế của Quốc hội' },
      { title: 'Đại biểu Quốc hội', org: 'Quốc hội' },
    ]);
    expect(r.positions('Lý Thị Sen')).toContainEqual({ title: 'Bí thư', org: 'Chi bộ Công ty TNHH Thủy sản Mỹ Hòa' });
    expect(r.positions('Mạc Văn Kha')).toEqual([{ title: 'Bí thư', org: 'Chi bộ cơ quan Mặt trận - Đoàn thể huyện Tri Tôn' }]);
  });
});

describe('names around units and appointments', () => {
  it('ends a unit name where the holder\'s full name starts, reads numbered communes, and "chỉ định X làm ..."', () => {
    const r = read(
      'Bí thư Huyện ủy Bù Gia Mập Trần Văn Minh phát biểu. Đồng chí Lê Thị Hoa, Bí thư Đảng ủy xã Đường 10, dự. ' +
        'Đảng ủy phường chỉ định đ/c Kpă Nhung làm Bí thư Chi bộ Tổ dân phố 15.',
    );
    expect(r.positions('Trần Văn Minh')).toEqual([{ title: 'Bí thư', org: 'Huyện ủy Bù Gia Mập' }]);
    expect(r.positions('Lê Thị Hoa')).toEqual([{ title: 'Bí thư', org: 'Đảng ủy xã Đường 10' }]);
    expect(r.positions('Kpă Nhung')).toEqual([{ title: 'Bí thư', org: 'Chi bộ tổ dân phố 15' }]);
  });

  it('reads bylines by an initial and under the headline with a stamp', () => {
    const r = read('Lễ ra mắt chi bộ\nH.Phúc 15:20 | 08/10/2022\n\nChiều 7/10/2022, Đảng ủy phường Mỹ Phước tổ chức lễ công bố quyết định thành lập chi bộ trong doanh nghiệp ngoài khu vực nhà nước.\n');
    expect(r.authors).toEqual(['H.Phúc']);
  });
});

describe('central bodies, border guards and company boards', () => {
  it('reads ministries written in full, their departments, the Ethnic Committee and border posts', () => {
    const r = read(
      'Dự có ông Lò Văn Tiến, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn; bà Hà Thị Lan, Vụ trưởng Vụ Dân tộc; ông Hầu Văn Sính, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc; ' +
        'Thượng tá Giàng A Dơ, Chính trị viên Đồn Biên phòng Y Tý.',
    );
    expect(r.positions('Lò Văn Tiến')).toEqual([{ title: 'Thứ trưởng', org: 'Bộ Nông nghiệp và Phát triển nông thôn' }]);
    expect(r.positions('Hà Thị Lan')).toEqual([{ title: 'Vụ trưởng', org: 'Vụ Dân tộc' }]);
    expect(r.positions('Hầu Văn Sính')).toEqual([{ title: 'Thứ trưởng', org: 'Ủy ban Dân tộc' }, { title: 'Phó Chủ nhiệm', org: 'Ủy ban Dân tộc' }]);
    expect(r.positions('Giàng A Dơ')).toEqual([{ title: 'Chính trị viên', org: 'Đồn Biên phòng Y Tý' }]);
  });

  it('gives a company\'s board the company the article names', () => {
    const r = read('Công ty TNHH May Hòa Bình có 900 công nhân. Ông Trần Văn Quý, Chủ tịch HĐQT công ty phát biểu.');
    expect(r.positions('Trần Văn Quý')).toEqual([{ title: 'Chủ tịch', org: 'Hội đồng quản trị Công ty TNHH May Hòa Bình' }]);
  });
});

describe('offices written short by local sites', () => {
  it('expands "Phó CT" and "Chánh VP", and reads the head of a "làng"', () => {
    const r = read(
      'Dự có đồng chí Rơ Châm Hlen - HUV, Phó CT UBND huyện Kông Chro; đồng chí Đinh Văn Brul, Chánh VP Huyện ủy Kông Chro. Đồng chí A Thút - Trưởng làng Tơ Kơn phát biểu.',
    );
    expect(r.positions('Rơ Châm Hlen')).toEqual([
      { title: 'Huyện ủy viên', org: 'Huyện ủy Kông Chro' },
      { title: 'Phó Chủ tịch', org: 'Ủy ban nhân dân huyện Kông Chro' },
    ]);
    expect(r.positions('Đinh Văn Brul')).toEqual([{ title: 'Chánh Văn phòng', org: 'Văn phòng Huyện ủy Kông Chro' }]);
    expect(r.positions('A Thút')).toEqual([{ title: 'Trưởng làng', org: 'làng Tơ Kơn' }]);
  });

  it('gives a "Đồn trưởng" the border post named before, and none where no post is named', () => {
    const r = read('Chiều 5/2/2025, đoàn đến thăm Đồn Biên phòng Si Pa Phìn. Thiếu tá Lò Văn Thuận - Đồn trưởng báo cáo tình hình.');
    expect(r.positions('Lò Văn Thuận')).toEqual([{ title: 'Đồn trưởng', org: 'Đồn Biên phòng Si Pa Phìn' }]);
    const bare = read('Thiếu tá Lò Văn Thuận - Đồn trưởng báo cáo tình hình.');
    expect(bare.positions('Lò Văn Thuận')).toEqual([{ title: 'Đồn trưởng', org: null }]);
  });
});


describe('persons after an occupation', () => {
  it('reads a name after "kỹ sư", "luật sư"', () => {
    const r = read('Tại hội nghị, kỹ sư Đỗ Văn Khang của Trạm Khuyến nông giới thiệu giống lúa mới; luật sư Trần Thị Mai tư vấn pháp luật.');
    expect(r.persons).toEqual(['Đỗ Văn Khang', 'Trần Thị Mai']);
    expect(read('Các kỹ sư nông nghiệp đã hướng dẫn bà con.').persons).toEqual([]);
  });

  it('reads a person after an office of the bare association ("do tân Chủ tịch Hội Lục Văn Páo chủ trì")', () => {
    const r = read('Ngày 12/9/2025, Ban Chấp hành Hội CCB xã Bản Lìm họp phiên thứ nhất do tân Chủ tịch Hội Lục Văn Páo chủ trì.');
    expect(r.persons).toEqual(['Lục Văn Páo']);
    expect(r.sessions.map((x) => x.chair)).toEqual(['Lục Văn Páo']);
  });

  it('reads highland names that open with a word marking a man or a woman ("Chị H\'Nhi Ayŭn", "anh A Dũng", "già làng Ama Kim")', () => {
    const r = read("Chị H'Nhi Ayŭn trao quyết định. Anh A Dũng, Trưởng thôn Kon Brông, cho biết. Già làng Ama Kim phát biểu.");
    expect(r.persons).toEqual(["H'Nhi Ayŭn", 'A Dũng', 'Ama Kim']);
    expect(read('Chị Hoa trao quyết định.').persons).toEqual([]);
  });
});
