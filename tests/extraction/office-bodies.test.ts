import { read } from './helpers';

describe('bodies of offices written short', () => {
  it('gives a bare office the body named in full before the person', () => {
    const r = read(
      'Thay mặt Ban Pháp chế HĐND tỉnh Bình Định, ông Võ Văn Lành - Trưởng Ban trình bày báo cáo thẩm tra.\n' +
        'Ngày 4/3/2024, Đoàn khảo sát của Ban Thường vụ Huyện ủy Tuy Phước làm việc tại xã Phước An. Tham gia đoàn có bà Lê Thị Mỹ, Phó Trưởng đoàn.\n' +
        'UBND huyện ban hành quyết định thành lập Ban Chỉ đạo phòng, chống thiên tai huyện Tuy Phước, gồm 11 thành viên do đồng chí Đào Văn Sĩ, Chủ tịch UBND huyện làm Trưởng ban.',
    );
    expect(r.positions('Võ Văn Lành')).toEqual([{ title: 'Trưởng Ban', org: 'Ban Pháp chế Hội đồng nhân dân tỉnh Bình Định' }]);
    expect(r.positions('Lê Thị Mỹ')).toEqual([{ title: 'Phó Trưởng đoàn', org: 'Đoàn khảo sát của Ban Thường vụ Huyện ủy Tuy Phước' }]);
    expect(r.positions('Đào Văn Sĩ')).toContainEqual({ title: 'Trưởng Ban', org: 'Ban Chỉ đạo phòng, chống thiên tai huyện Tuy Phước' });
  });

  it('gives a bare cell the cell founded before it in the sentence, not one its members came from', () => {
    const r = read(
      'Đảng ủy phường ban hành Quyết định thành lập Chi bộ tổ dân phố 9, gồm 18 đảng viên chuyển từ Chi bộ tổ dân phố 4; đồng chí Lưu Văn Tám giữ chức Bí thư Chi bộ.',
    );
    expect(r.positions('Lưu Văn Tám')).toEqual([{ title: 'Bí thư', org: 'Chi bộ tổ dân phố 9' }]);
  });

  it('reads "Phó Trưởng ban Thường trực" as an office of the steering board named in the sentence before', () => {
    const r = read(
      'Huyện ủy thành lập Ban Chỉ đạo chuyển đổi số huyện Yên Lập. Theo quyết định, bà Hà Thị Quế, Phó Chủ tịch UBND huyện làm Phó Trưởng ban Thường trực.',
    );
    expect(r.positions('Hà Thị Quế')).toContainEqual({ title: 'Phó Trưởng Ban Thường trực', org: 'Ban Chỉ đạo chuyển đổi số huyện Yên Lập' });
  });

  it('gives a bare Party board the committee of its chain, and a school head the school named before', () => {
    const r = read(
      'Chi bộ Trường Tiểu học Sơn Ca tổ chức lễ kết nạp đảng viên.\n' +
        'Đồng chí Mai Văn Tiến, UVBTV Huyện ủy Đoan Hùng, Trưởng BTG, Giám đốc Trung tâm Chính trị huyện dự buổi lễ. ' +
        'Đồng chí Phan Thị Tuyết, Bí thư Chi bộ, Hiệu trưởng nhà trường chủ trì buổi lễ.',
    );
    expect(r.positions('Mai Văn Tiến')).toContainEqual({ title: 'Trưởng Ban', org: 'Ban Tuyên giáo Huyện ủy Đoan Hùng' });
    expect(r.positions('Phan Thị Tuyết')).toEqual([
      { title: 'Bí thư', org: 'Chi bộ Trường Tiểu học Sơn Ca' },
      { title: 'Hiệu trưởng', org: 'Trường Tiểu học Sơn Ca' },
    ]);
  });

  it('gives a Party deputy written bare the body of its kind before it, not the article\'s committee', () => {
    const r = read(
      'Đại hội Đoàn xã Nà Tấu khóa X. Đồng chí Lò Văn Quyết tái đắc cử Bí thư Đoàn TNCS Hồ Chí Minh xã Nà Tấu; đồng chí Quàng Thị Mai được bầu giữ chức Phó Bí thư. ' +
        'Đồng chí Lò Văn Sơn, Bí thư Đảng ủy xã Nà Tấu phát biểu. Xã Nà Tấu có 12 bản.',
    );
    expect(r.positions('Quàng Thị Mai')).toEqual([{ title: 'Phó Bí thư', org: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Nà Tấu' }]);
  });

  it('gives a company department\'s head the company, and a cell beside it the company\'s cell', () => {
    const r = read(
      'Đảng ủy xã thành lập Chi bộ Công ty Cổ phần Gạch Tuynel Hòa Bình. Đồng chí Đỗ Thị Lan, Trưởng phòng Kế toán, làm Phó Bí thư Chi bộ.',
    );
    expect(r.positions('Đỗ Thị Lan')).toEqual([
      { title: 'Trưởng phòng', org: 'Phòng Kế toán Công ty Cổ phần Gạch Tuynel Hòa Bình' },
      { title: 'Phó Bí thư', org: 'Chi bộ Công ty Cổ phần Gạch Tuynel Hòa Bình' },
    ]);
  });

  it('reads a department in lowercase after "Trưởng phòng", not "phòng họp" or "phòng, chống"', () => {
    const r = read('Bà Hoàng Thị Vân - Trưởng phòng Nội vụ huyện Lục Yên báo cáo tại phòng họp về công tác phòng, chống tham nhũng.');
    expect(r.positions('Hoàng Thị Vân')).toEqual([{ title: 'Trưởng phòng', org: 'Phòng Nội vụ huyện Lục Yên' }]);
    expect(r.facts.organizations.map((o) => o.name)).toEqual(['Phòng Nội vụ huyện Lục Yên']);
  });

  it('reads "Phó Trưởng BCĐ" as a deputy of the steering board the article names', () => {
    const r = read(
      'Hội nghị Ban Chỉ đạo chuyển đổi số huyện Lập Thạch. Dự có đồng chí Tạ Văn Bình - UVBTV, Trưởng Ban Tổ chức Huyện ủy, Phó Trưởng BCĐ.',
    );
    expect(r.positions('Tạ Văn Bình')).toContainEqual({ title: 'Phó Trưởng Ban', org: 'Ban Chỉ đạo chuyển đổi số huyện Lập Thạch' });
  });

  it('reads the head of a clinic of a commune written bare, and its deputy', () => {
    const r = read(
      'Ngày 2/6/2025, Đảng ủy xã Bản Lầu thành lập Chi bộ Trạm Y tế xã Bản Lầu. Đồng chí Sùng Văn Dình, Trưởng Trạm Y tế xã được chỉ định giữ chức Bí thư Chi bộ; ' +
        'đồng chí Lù Thị Mỷ, Phó Trưởng Trạm Y tế xã giữ chức Phó Bí thư Chi bộ. Xã Bản Lầu có 20 thôn.',
    );
    expect(r.positions('Sùng Văn Dình')).toEqual([
      { title: 'Trưởng Trạm', org: 'Trạm Y tế xã Bản Lầu' },
      { title: 'Bí thư', org: 'Chi bộ Trạm Y tế xã Bản Lầu' },
    ]);
    expect(r.positions('Lù Thị Mỷ')).toContainEqual({ title: 'Phó Trưởng Trạm', org: 'Trạm Y tế xã Bản Lầu' });
  });

  it('names a school with its level in full, written by initials ("Trường THCS"), for its head written "nhà trường"', () => {
    const r = read('Ngày 9/7/2025, Đảng ủy xã thành lập Chi bộ Trường THCS Lý Tự Trọng. Cô Rơ Châm Hlin, Hiệu trưởng nhà trường được chỉ định giữ chức Bí thư Chi bộ.');
    expect(r.positions('Rơ Châm Hlin')).toEqual([
      { title: 'Hiệu trưởng', org: 'Trường Trung học cơ sở Lý Tự Trọng' },
      { title: 'Bí thư', org: 'Chi bộ Trường Trung học cơ sở Lý Tự Trọng' },
    ]);
  });

  it('reads a secretary named right after a bare "Chi bộ" and a bare "nhà trường", and the chair she is', () => {
    const r = read('Ngày 11/3/2022, Chi bộ Trường Tiểu học Hòa Bình tổ chức Đại hội. Bí thư Chi bộ, Hiệu trưởng nhà trường Lê Thị Thu Hà chủ trì Đại hội.');
    expect(r.positions('Lê Thị Thu Hà')).toEqual([
      { title: 'Bí thư', org: 'Chi bộ Trường Tiểu học Hòa Bình' },
      { title: 'Hiệu trưởng', org: 'Trường Tiểu học Hòa Bình' },
    ]);
    expect(r.sessions.map((s) => s.chair)).toEqual(['Lê Thị Thu Hà']);
  });

  it('gives offices taken "do đ/c X làm ..." the body whose members the sentence lists, unless an office of its kind names one', () => {
    const r = read(
      'Ủy ban bầu cử xã Tà Lèng gồm 11 thành viên, do đ/c Lò Văn Hặc làm Chủ tịch; đ/c Lường Thị Én làm Thư ký. ' +
        'Ban Chấp hành đã bầu Ban Thường vụ gồm 3 ủy viên; ông Cầm Văn Pánh được bầu giữ chức Chủ tịch Hội Cựu chiến binh xã Tà Lèng; ông Lò Văn Sương được bầu giữ chức Phó Chủ tịch.',
    );
    expect(r.positions('Lò Văn Hặc')).toEqual([{ title: 'Chủ tịch', org: 'Ủy ban bầu cử xã Tà Lèng' }]);
    expect(r.positions('Lường Thị Én')).toEqual([{ title: 'Thư ký', org: 'Ủy ban bầu cử xã Tà Lèng' }]);
    expect(r.positions('Lò Văn Sương')).toEqual([{ title: 'Phó Chủ tịch', org: 'Hội Cựu chiến binh xã Tà Lèng' }]);
  });

  it('reads "Bí thư Đoàn TN xã" as the Youth Union of the commune', () => {
    const r = read('Xã Quảng Lợi có 9 thôn. Xã Quảng Lợi tổ chức hội nghị. Dự có đ/c Hồ Thị Ngân - Bí thư Đoàn TN xã.');
    expect(r.positions('Hồ Thị Ngân')).toEqual([{ title: 'Bí thư', org: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Quảng Lợi' }]);
  });
});

describe('bodies named before a clause, by a workplace word or a field', () => {
  it('ends a cell\'s name before "tổ chức", though a capital follows', () => {
    const r = read('Ngày 9/4/2025, Chi bộ Trường Tiểu học Kim Tân tổ chức Đại hội. Đồng chí Lương Thị Mến, Bí thư Chi bộ Trường Tiểu học Kim Tân chủ trì.');
    expect(r.positions('Lương Thị Mến')).toEqual([{ title: 'Bí thư', org: 'Chi bộ Trường Tiểu học Kim Tân' }]);
    expect(r.facts.organizations.map((o) => o.name)).not.toContain('Chi bộ Trường Tiểu học Kim Tân tổ chức Đại');
  });

  it('gives the union of a bare "công ty" the company the article names', () => {
    const r = read('Chi bộ Công ty TNHH Dệt may Phú Lâm tổ chức đại hội. Theo đồng chí Tạ Văn Lễ - Chủ tịch Công đoàn công ty, doanh nghiệp có 900 lao động.');
    expect(r.positions('Tạ Văn Lễ')).toEqual([{ title: 'Chủ tịch', org: 'Công đoàn Công ty TNHH Dệt may Phú Lâm' }]);
  });

  it('reads a province\'s project board by the works it builds, and a pagoda after its abbot', () => {
    const r = read(
      'Ông Đặng Quốc Hưng, Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Phú Yên báo cáo. Đại đức Thạch Sô Phoan, Trụ trì chùa Bốt Xum phát biểu.',
    );
    expect(r.positions('Đặng Quốc Hưng')).toEqual([{ title: 'Giám đốc', org: 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Phú Yên' }]);
    expect(r.positions('Thạch Sô Phoan')).toEqual([{ title: 'Trụ trì', org: 'Chùa Bốt Xum' }]);
  });

  it('reads the office after a membership of a cell in a chain, and none where no office follows it', () => {
    const r = read(
      'Đồng chí Hà Văn Lực, đảng viên Chi bộ bản Na Sang, nguyên Trưởng bản Na Sang vi phạm quy định. Đồng chí Lò Thị Ún, đảng viên Chi bộ bản Na Sang, bị khiển trách.',
    );
    expect(r.positions('Hà Văn Lực')).toEqual([{ title: 'Trưởng bản', org: 'bản Na Sang' }]);
    expect(r.positions('Lò Thị Ún')).toEqual([]);
  });

  it('reads a bare "Sở" as the department whose Party organization the article is about, among two departments named', () => {
    const r = read(
      'Ngày 5/12/2024, Ban Chấp hành Đảng bộ Sở Nội vụ tỉnh Phú Thọ tổ chức hội nghị. Chủ trì hội nghị là Bí thư Đảng ủy, Giám đốc Sở Hà Văn Lâm. ' +
        'Hội nghị nghe báo cáo phối hợp với Sở Tư pháp trong công tác cải cách hành chính.',
    );
    expect(r.positions('Hà Văn Lâm')).toContainEqual({ title: 'Giám đốc', org: 'Sở Nội vụ tỉnh Phú Thọ' });
    expect(r.sessions.map((s) => s.chair)).toEqual(['Hà Văn Lâm']);
  });

  it('reads "Đảng ủy Sở", "Đảng bộ Sở" and a bare "Đảng ủy" as the Party committee of the department the article names', () => {
    const r = read(
      'Ngày 9/10/2024, Ban Chấp hành Đảng bộ Sở Tài chính tỉnh Lào Cai ban hành Kế hoạch số 21-KH/ĐU về Đại hội Đảng bộ Sở. ' +
        'Đồng chí Vàng Seo Dìn, Phó Bí thư Đảng ủy Sở báo cáo. Đồng chí Lù Thị Mai, ĐUV, Chánh Văn phòng Sở phát biểu. ' +
        'Đảng ủy Sở chú trọng phối hợp với Sở Xây dựng trong năm tới.',
    );
    const committee = 'Đảng ủy Sở Tài chính tỉnh Lào Cai';
    expect(r.positions('Vàng Seo Dìn')).toEqual([{ title: 'Phó Bí thư', org: committee }]);
    // ĐUV takes the committee, not the office named after it.
    expect(r.positions('Lù Thị Mai')).toEqual([
      { title: 'Đảng ủy viên', org: committee },
      { title: 'Chánh Văn phòng', org: 'Văn phòng Sở Tài chính tỉnh Lào Cai' },
    ]);
    expect(r.documents.find((d) => d.number === '21-KH/ĐU')?.issuer).toBe('Ban Chấp hành Đảng bộ Sở Tài chính tỉnh Lào Cai');
    // A lowercase word after "Sở" opens a clause, not a department's name.
    expect([...new Set(r.facts.organizations.map((o) => o.name).filter((o) => o.startsWith('Sở')))].sort()).toEqual(['Sở Tài chính tỉnh Lào Cai', 'Sở Xây dựng tỉnh Lào Cai']);
  });

  it('reads the Youth Union and the Party committee of a company by the company the article names', () => {
    const r = read(
      'Sáng 12/3/2023, Đoàn Thanh niên Công ty Cổ phần Xi măng Lam Sơn tổ chức Đại hội. Điều hành Đại hội là đồng chí Cầm Văn Tuấn, Bí thư Đoàn Thanh niên công ty. ' +
        'Dự có đồng chí Hoàng Thị Nga, Phó Bí thư Đảng ủy, Phó Giám đốc Công ty.',
    );
    expect(r.positions('Cầm Văn Tuấn')).toEqual([{ title: 'Bí thư', org: 'Đoàn Thanh niên Công ty Cổ phần Xi măng Lam Sơn' }]);
    expect(r.positions('Hoàng Thị Nga')).toEqual([
      { title: 'Phó Bí thư', org: 'Đảng ủy Công ty Cổ phần Xi măng Lam Sơn' },
      { title: 'Phó Giám đốc', org: 'Công ty Cổ phần Xi măng Lam Sơn' },
    ]);
  });

  it('names a company\'s Party organization by the company, not by the commune the article is about', () => {
    const r = read('Ngày 5/12/2024, Đảng ủy xã Tân Hòa tổ chức hội nghị. Đồng chí Lê Văn An, Bí thư Đảng bộ Công ty Cổ phần Chè Tân Hòa phát biểu.');
    expect(r.positions('Lê Văn An')).toEqual([{ title: 'Bí thư', org: 'Đảng bộ Công ty Cổ phần Chè Tân Hòa' }]);
  });

  it('gives an office taken in the body "mới" the body the sentence before founded, not those merged into it', () => {
    const r = read(
      'Chi đoàn Tổ Khai thác - Chế biến được thành lập trên cơ sở hợp nhất Chi đoàn Tổ Khai thác và Chi đoàn Tổ Chế biến, theo Quyết định số 14-QĐ/ĐTN ngày 2/6/2023 của Ban Chấp hành Đoàn xã Tân Lập. ' +
        'Chi đoàn mới có 40 đoàn viên, do đồng chí Lò Văn Sính làm Bí thư.',
    );
    expect(r.foundings).toEqual([{ org: 'Chi đoàn Tổ Khai thác - Chế biến', number: '14-QĐ/ĐTN' }]);
    expect(r.positions('Lò Văn Sính')).toEqual([{ title: 'Bí thư', org: 'Chi đoàn Tổ Khai thác - Chế biến' }]);
  });

  it('reads a bare "Sở" as the department the article is about, not those merged into it', () => {
    const r = read(
      'Ngày 07-08-2025, Ban Chấp hành Đảng bộ Sở Xây dựng tỉnh Phú Thọ tổ chức hội nghị. Chủ trì hội nghị là đồng chí Hà Văn Tuấn - Bí thư Đảng ủy, Giám đốc Sở. ' +
        'Đảng bộ Sở được thành lập trên cơ sở hợp nhất Đảng bộ Sở Xây dựng tỉnh Vĩnh Phúc và Đảng bộ Sở Xây dựng tỉnh Hòa Bình (cũ).',
    );
    expect(r.positions('Hà Văn Tuấn')).toContainEqual({ title: 'Giám đốc', org: 'Sở Xây dựng tỉnh Phú Thọ' });
  });

  it('names both levels of a school of two in full ("Trường TH và THCS X")', () => {
    const r = read('Ngày 5/9/2022, Chi bộ Trường Tiểu học và THCS Đông Giang tổ chức lễ. Đồng chí Trần Văn An, Bí thư Chi bộ, Hiệu trưởng Trường TH và THCS Đông Giang phát biểu.');
    expect(r.positions('Trần Văn An')).toEqual([
      { title: 'Bí thư', org: 'Chi bộ Trường Tiểu học và Trung học cơ sở Đông Giang' },
      { title: 'Hiệu trưởng', org: 'Trường Tiểu học và Trung học cơ sở Đông Giang' },
    ]);
  });

  it('keeps the period a steering board serves in its name, and reads the board written bare as that one', () => {
    const r = read(
      'Phiên họp Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện\n\n' +
        'Ngày 12/7/2017, Ban Chỉ đạo các Chương trình mục tiêu quốc gia giai đoạn 2016 - 2020 huyện Mường Chà tổ chức phiên họp. ' +
        'Đồng chí Lò Văn Inh, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì. Ban Chỉ đạo được thành lập theo Quyết định số 856/QĐ-UBND ngày 05/7/2017 của UBND huyện. ' +
        'Ban Chỉ đạo giảm nghèo của huyện trước đây đã giải thể.',
    );
    const board = 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia giai đoạn 2016 - 2020 huyện Mường Chà';
    expect(r.positions('Lò Văn Inh')).toContainEqual({ title: 'Trưởng Ban', org: board });
    expect(r.foundings).toEqual([{ org: board, number: '856/QĐ-UBND' }]);
  });

  it('reads a body in lowercase words written whole after an office, up to a stop or the unit it names', () => {
    const r = read(
      'Ngày 2/12/2025, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng ra mắt các hội đồng tư vấn. Theo đó, ông Lê Văn Hải làm Chủ nhiệm Hội đồng tư vấn về Kinh tế; ' +
        'bà Ka Thị Ngọc, Tổ trưởng Tổ hợp tác dệt thổ cẩm thôn Đạ Tro cho biết mỗi năm tổ bán hơn 300 sản phẩm.',
    );
    expect(r.positions('Lê Văn Hải')).toEqual([{ title: 'Chủ nhiệm', org: 'Hội đồng tư vấn về Kinh tế' }]);
    expect(r.positions('Ka Thị Ngọc')[0].org).toMatch(/^Tổ hợp tác dệt thổ cẩm thôn Đạ Tro/);
  });

  it('gives a bare "Đảng ủy" beside the head of a district\'s police the police\'s Party committee', () => {
    const r = read('Ngày 21/11/2019, Ban Thường vụ Huyện ủy Hớn Quản công bố quyết định thành lập Đảng bộ Công an huyện. Thượng tá Lê Văn Tâm, Trưởng Công an huyện được chỉ định làm Bí thư Đảng ủy.');
    expect(r.positions('Lê Văn Tâm')).toContainEqual({ title: 'Bí thư', org: 'Đảng ủy Công an huyện Hớn Quản' });
  });

  it('gives a (deputy) head of school written bare the school the article named before', () => {
    const r = read('Ngày 9/3/2022, Chi bộ Trường THCS Tân Dân tổ chức Đại hội. Báo cáo chính trị do đồng chí Vũ Thị Hà, Phó Hiệu trưởng trình bày.');
    expect(r.positions('Vũ Thị Hà')).toEqual([{ title: 'Phó Hiệu trưởng', org: 'Trường Trung học cơ sở Tân Dân' }]);
  });

  it('gives a branch head written bare the branch named before in lowercase words up to its village', () => {
    const r = read(
      'Chi hội Nông dân nghề nghiệp nuôi ong thôn Nà Tòng được thành lập theo Quyết định số 06/QĐ-HND ngày 2/3/2023 của Ban Thường vụ Hội Nông dân xã. Bà Hà Thị Sinh, Chi hội trưởng, cho biết giá mật tăng.',
    );
    expect(r.positions('Hà Thị Sinh')[0].org).toMatch(/^Chi hội Nông dân nghề nghiệp nuôi ong thôn Nà Tòng/);
  });

  it('gives a club chair written "Chủ nhiệm câu lạc bộ" the club launched before, named up to its village', () => {
    const r = read(
      'Câu lạc bộ dưỡng sinh người cao tuổi Tổ dân phố Nam Sơn 3 chính thức ra mắt theo Quyết định số 41/QĐ-UBND ngày 3/11/2025 của UBND phường. Bà Lê Thị Mận được bầu làm Chủ nhiệm câu lạc bộ.',
    );
    expect(r.positions('Lê Thị Mận')[0].org).toMatch(/^Câu lạc bộ dưỡng sinh người cao tuổi tổ dân phố Nam Sơn 3/i);
  });

  it('names levels joined by "&" and a level after a boarding school\'s kind in full', () => {
    const r = read('Ngày 5/9/2022, Chi bộ Trường TH&THCS Đông Giang tổ chức lễ. Đồng chí Trần Văn An, Bí thư Chi bộ Trường PTDTBT THCS Thượng Lâm phát biểu.');
    expect(r.positions('Trần Văn An')).toEqual([{ title: 'Bí thư', org: 'Chi bộ Trường Phổ thông Dân tộc bán trú Trung học cơ sở Thượng Lâm' }]);
    expect(r.facts.organizations.map((o) => o.name)).toContain('Chi bộ Trường Tiểu học và Trung học cơ sở Đông Giang');
  });

  it('reads a second field after a dash on in lowercase words ("Thông tin - Tuyên truyền", "Châm cứu - Phục hồi chức năng")', () => {
    const r = read(
      'Ủy ban bầu cử huyện thành lập Tiểu ban Thông tin - Tuyên truyền. Bà Lò Thị Xiêng, Trưởng tiểu ban Thông tin - Tuyên truyền phát biểu. ' +
        'Bệnh viện Y dược cổ truyền tỉnh thành lập Khoa Châm cứu - Phục hồi chức năng theo Quyết định số 12/QĐ-BV ngày 2/3/2025.',
    );
    expect(r.positions('Lò Thị Xiêng')).toEqual([{ title: 'Trưởng Tiểu ban', org: 'Tiểu ban Thông tin - Tuyên truyền' }]);
    expect(r.foundings.map((f) => f.org)).toContain('Khoa Châm cứu - Phục hồi chức năng');
  });
});

describe('an association the lexicon does not name, headed by an office', () => {
  it('gives "Chủ tịch Hội Khuyến học phường" and "Phó Chủ tịch Hội Luật gia tỉnh X" those associations, not the People\'s Committee', () => {
    const r = read(
      'Ngày 9/6/2024, Hội Khuyến học phường Vĩnh Phước tổ chức lễ ra mắt. Dự có ông Trần Văn Nhựt, Chủ tịch Hội Khuyến học phường; ' +
        'ông Nông Văn Tấn, Phó Chủ tịch Hội Luật gia tỉnh Lạng Sơn và bà Lê Thị Mai, Chủ tịch UBND phường Vĩnh Phước.',
    );
    expect(r.positions('Trần Văn Nhựt')).toEqual([{ title: 'Chủ tịch', org: 'Hội Khuyến học phường Vĩnh Phước' }]);
    expect(r.positions('Nông Văn Tấn')).toEqual([{ title: 'Phó Chủ tịch', org: 'Hội Luật gia tỉnh Lạng Sơn' }]);
    expect(r.positions('Lê Thị Mai')).toEqual([{ title: 'Chủ tịch', org: 'Ủy ban nhân dân phường Vĩnh Phước' }]);
  });

  it('reads a province whose name joins two by a dash ("Tỉnh ủy Bà Rịa - Vũng Tàu")', () => {
    const r = read('Ông Lê Văn Bình, Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu phát biểu chỉ đạo.');
    expect(r.positions('Lê Văn Bình')).toEqual([{ title: 'Bí thư', org: 'Tỉnh ủy Bà Rịa - Vũng Tàu' }]);
  });

  it('gives "do chị X làm Chủ nhiệm" the body the sentence counts the members of', () => {
    const r = read('Câu lạc bộ "Phụ nữ với pháp luật" thôn Khe Ván có 28 thành viên, do chị Bàn Thị Duyên làm Chủ nhiệm.');
    expect(r.positions('Bàn Thị Duyên')).toEqual([{ title: 'Chủ nhiệm', org: 'Câu lạc bộ "Phụ nữ với pháp luật" thôn Khe Ván' }]);
  });

  it('gives each person listed "lần lượt" the office of the bodies just founded, in order, when the counts agree', () => {
    const text =
      'Các Quyết định số 11/QĐ-UBND, 12/QĐ-UBND và 13/QĐ-UBND do Chủ tịch UBND xã Mỹ Hòa ký lần lượt thành lập Tổ hòa giải ấp Mỹ An, ấp Mỹ Thới và ấp Mỹ Lợi. ';
    const r = read(`${text}Tổ trưởng 3 tổ lần lượt là ông Lê Văn Một, ông Trần Văn Hai và bà Ngô Thị Ba.`);
    expect(r.positions('Trần Văn Hai')).toEqual([{ title: 'Tổ trưởng', org: expect.stringMatching(/^Tổ hòa giải ấp Mỹ Thới/u) }]);
    expect(r.positions('Ngô Thị Ba')).toEqual([{ title: 'Tổ trưởng', org: expect.stringMatching(/^Tổ hòa giải ấp Mỹ Lợi/u) }]);
    const of = read(`${text}Tổ trưởng của 3 tổ lần lượt là các ông Lê Văn Một, Trần Văn Hai và bà Ngô Thị Ba.`);
    expect(of.positions('Lê Văn Một')).toEqual([{ title: 'Tổ trưởng', org: expect.stringMatching(/^Tổ hòa giải ấp Mỹ An/u) }]);
    const wrong = read(`${text}Tổ trưởng 2 tổ lần lượt là ông Lê Văn Một và ông Trần Văn Hai.`);
    expect(wrong.positions('Trần Văn Hai')).toEqual([]);
  });

  it('reads no school from the head word inside a proper name ("Trường Mầm non Hòa |Trường Đông"), yet a board after an office word', () => {
    const r = read('Đoàn giám sát làm việc tại Trường Mầm non Hòa Trường Đông. Bà Lê Thị Hoa, Hiệu trưởng nhà trường, báo cáo.');
    expect(r.positions('Lê Thị Hoa')).toEqual([{ title: 'Hiệu trưởng', org: 'Trường Mầm non Hòa Trường Đông' }]);
  });
});
