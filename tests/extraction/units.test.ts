import { read } from './helpers';

describe('units named in the text', () => {
  it('reads a place name opening with "Hội", "Chi" or "Thường" before a capital, not a body after a bare level word', () => {
    const r = read(
      'Bà Lê Thị Thu, Chủ tịch Hội LHPN phường Hội Phú chủ trì. Phường Hội Phú có 9 tổ dân phố. ' +
        'Dự có đại diện UBND xã Hội Cựu chiến binh xã và Đoàn Thanh niên xã.',
    );
    expect(r.positions('Lê Thị Thu')).toEqual([{ title: 'Chủ tịch', org: 'Hội Liên hiệp Phụ nữ phường Hội Phú' }]);
    expect(r.facts.adminUnits.map((u) => u.name)).not.toContain('xã Hội Cựu');
  });

  it('reads a commune named after a person when the text names it so twice, not a title\'s holder named after a unit', () => {
    const r = read(
      'Đảng bộ xã Võ Thị Sáu tổ chức hội nghị. Đồng chí Trần Văn Tư, Bí thư Đảng ủy xã chủ trì. Đảng ủy xã Võ Thị Sáu có 20 chi bộ.\n' +
        'Phó Chủ tịch HĐND tỉnh Lê Văn Thắm dự. Phát biểu, Phó Chủ tịch HĐND tỉnh Lê Văn Thắm ghi nhận, ông Lê Văn Thắm đề nghị.',
    );
    expect(r.positions('Trần Văn Tư')).toEqual([{ title: 'Bí thư', org: 'Đảng ủy xã Võ Thị Sáu' }]);
    expect(r.persons).toContain('Lê Văn Thắm');
  });

  it('reads "Huyện Đoàn" as the Youth Union, not a district named Đoàn', () => {
    const r = read('Huyện ủy Mường Tè họp. Đồng chí Lò Văn Khang - Bí thư Huyện Đoàn; đồng chí Pờ Thị Mơ, Chủ tịch Hội Nông dân huyện Mường Tè.');
    expect(r.positions('Lò Văn Khang')).toEqual([{ title: 'Bí thư', org: 'Huyện đoàn Mường Tè' }]);
    expect(r.facts.adminUnits.map((u) => u.name)).not.toContain('huyện Đoàn');
  });

  it('gives a bare level word the unit of that level named before it in the sentence', () => {
    const r = read(
      'Đoàn giám sát làm việc tại xã Tà Mung. Xã Tà Mung báo cáo. Xã Tà Mung có 9 bản.\n' +
        'Ngày 13/6, đoàn làm việc tại xã Mường Kim; đồng chí Lò Văn Ơn - Chủ tịch UBND xã Mường Kim và đồng chí Lò Thị Xiêm - Phó Chủ tịch HĐND xã báo cáo.',
    );
    expect(r.positions('Lò Thị Xiêm')).toEqual([{ title: 'Phó Chủ tịch', org: 'Hội đồng nhân dân xã Mường Kim' }]);
  });

  it('gives a bare village word the village a village\'s story is about, and its commune', () => {
    const r = read(
      'Chi bộ bản Huổi Lèng tổ chức đại hội. Đảng ủy xã Chiềng Sinh chỉ đạo; xã Chiềng Sinh có 30 bản. ' +
        'Đồng chí Cà Văn Chăn, Bí thư Chi bộ, Trưởng bản điều hành Đại hội. Bản Huổi Lèng có 120 hộ; bản Huổi Lèng đạt chuẩn văn hóa.',
    );
    expect(r.positions('Cà Văn Chăn')).toContainEqual({ title: 'Trưởng bản', org: 'bản Huổi Lèng xã Chiềng Sinh' });
  });
});

describe('offices written twice, short once', () => {
  it('keeps one office when a deputy written "Phó Bí thư" is the "Phó Bí thư Thường trực" named before', () => {
    const r = read(
      'Ngày 2/8/2025, đồng chí Lý Văn Hai – Phó Bí thư Thường trực Đảng ủy xã Tân Thạnh dự hội nghị. ' +
        'Theo quyết định, các đồng chí Lý Văn Hai và Trần Thị Út giữ chức Phó Bí thư Đảng ủy xã Tân Thạnh.',
    );
    expect(r.positions('Lý Văn Hai')).toEqual([{ title: 'Phó Bí thư Thường trực', org: 'Đảng ủy xã Tân Thạnh' }]);
  });

  it('gives a clinic named by its field alone the article\'s commune', () => {
    const r = read('Xã Ea Tul có 15 buôn. Xã Ea Tul tổ chức hội nghị. Đồng chí Y Jũ Niê, Trạm trưởng Trạm Y tế được chỉ định làm Bí thư Chi bộ.');
    expect(r.positions('Y Jũ Niê')).toContainEqual({ title: 'Trạm trưởng', org: 'Trạm Y tế xã Ea Tul' });
  });

  it('names a bare "Đảng ủy" after the one agency whose Party organization the article founds, not when it names two', () => {
    const one = read(
      'Sáng 3/7, lãnh đạo Ban Tổ chức Tỉnh ủy công bố Quyết định số 41-QĐ/TU thành lập Đảng bộ Ủy ban MTTQ Việt Nam tỉnh Ninh Bình. ' +
        'Đồng chí Đinh Thị Lụa được chỉ định giữ chức Bí thư Đảng ủy.',
    );
    expect(one.positions('Đinh Thị Lụa')).toEqual([{ title: 'Bí thư', org: 'Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Bình' }]);
    const two = read(
      'Sáng 3/7, Tỉnh ủy công bố quyết định thành lập Đảng bộ Ủy ban MTTQ Việt Nam tỉnh Ninh Bình và Đảng bộ Hội đồng nhân dân tỉnh Ninh Bình. ' +
        'Đồng chí Đinh Thị Lụa được chỉ định giữ chức Bí thư Đảng ủy.',
    );
    expect(two.positions('Đinh Thị Lụa')).toEqual([{ title: 'Bí thư', org: 'Đảng ủy' }]);
  });

  it('gives a bare "Chi bộ" the village the story is about when no village is named beside it', () => {
    const r = read(
      'Chi bộ thôn Bản Phố sinh hoạt chuyên đề\nNgày 5/11/2025, Chi bộ thôn Bản Phố xã Bắc Hà tổ chức sinh hoạt. Bà Lù Thị Mai, Bí thư Chi bộ, chủ trì. Thôn Bản Phố có 96 hộ. Đảng ủy xã Bắc Hà đánh giá cao chi bộ.',
    );
    expect(r.positions('Lù Thị Mai')).toEqual([{ title: 'Bí thư', org: 'Chi bộ thôn Bản Phố xã Bắc Hà' }]);
  });

  it('reads no village inside a person\'s name ("Y Kuăo Buôn Yă"), so a bare "Trưởng buôn" keeps the village of the story', () => {
    const r = read(
      'Chiều 15/9/2025, tại buôn Ea Sim, Đảng ủy xã Ea Kao trao quyết định thành lập Chi bộ buôn Ea Sim. Đồng chí Y Kuăo Buôn Yă công bố quyết định. ' +
        'Đồng chí H\'Dim Niê, Trưởng buôn, làm Phó Bí thư Chi bộ buôn Ea Sim.',
    );
    expect(r.facts.adminUnits.map((u) => u.name)).not.toContain('Yă');
    expect(r.persons).toContain('Y Kuăo Buôn Yă');
  });

  it('reads no commune inside a co-operative\'s name ("Hợp tác xã Nông nghiệp ...")', () => {
    const r = read('Sáng 3/3/2023, Đảng ủy xã Đăk Nhau tổ chức lễ ra mắt Chi bộ Hợp tác xã Nông nghiệp Bu Prăng. Dự có đồng chí Điểu Lơ, Phó Chủ tịch UBND xã.');
    expect(r.facts.adminUnits.map((u) => u.name)).not.toContain('Nông');
    expect(r.positions('Điểu Lơ')).toEqual([{ title: 'Phó Chủ tịch', org: 'Ủy ban nhân dân xã Đăk Nhau' }]);
  });

  it('names a bare "Đảng ủy" and "Bệnh viện" after the hospital whose Party organization the article is about, named short in its heading', () => {
    const r = read(
      'Đảng bộ Bệnh viện sơ kết 6 tháng đầu năm\n' +
        'Chiều 30/6/2023, Đảng bộ Bệnh viện Đa khoa huyện Quế Phong tổ chức hội nghị sơ kết. Chủ trì có đồng chí Lương Văn Xuân, Bí thư Đảng ủy, Giám đốc Bệnh viện.',
    );
    expect(r.positions('Lương Văn Xuân')).toEqual([
      { title: 'Bí thư', org: 'Đảng ủy Bệnh viện Đa khoa huyện Quế Phong' },
      { title: 'Giám đốc', org: 'Bệnh viện Đa khoa huyện Quế Phong' },
    ]);
  });
});

describe('a story of two units told one after the other', () => {
  it('gives a bare level word the unit of that level named last before it, where the article has none of its own', () => {
    const r = read(
      'Ban Thường vụ Huyện ủy Sìn Hồ làm việc với Đảng ủy xã Nậm Tăm và Đảng ủy xã Pa Tần.\n' +
        '* Tại xã Nậm Tăm\nĐồng chí Lò Thị Bay, Bí thư Đảng ủy xã báo cáo kết quả. Xã Nậm Tăm có 9 bản.\n' +
        '* Tại xã Pa Tần\nĐoàn làm việc với Đảng ủy xã Pa Tần. Tiếp đoàn có đồng chí Giàng A Mua, Phó Bí thư, Chủ tịch UBND xã.',
    );
    expect(r.positions('Lò Thị Bay')).toEqual([{ title: 'Bí thư', org: 'Đảng ủy xã Nậm Tăm' }]);
    expect(r.positions('Giàng A Mua')).toEqual([
      { title: 'Phó Bí thư', org: 'Đảng ủy xã Pa Tần' },
      { title: 'Chủ tịch', org: 'Ủy ban nhân dân xã Pa Tần' },
    ]);
  });

  it('keeps the article\'s own commune for a bare level word, not one named in passing before it', () => {
    const r = read(
      'Đảng ủy xã Nậm Tăm tổ chức hội nghị. Xã Nậm Tăm giáp xã Pa Tần. Đồng chí Lò Thị Bay, Bí thư Đảng ủy xã chủ trì. Xã Nậm Tăm có 12 bản.',
    );
    expect(r.positions('Lò Thị Bay')).toEqual([{ title: 'Bí thư', org: 'Đảng ủy xã Nậm Tăm' }]);
  });

  it('gives a bare level word the commune whose body the sentence before names, in a delegation\'s story of two communes', () => {
    const r = read(
      'Ngày 11/4/2023, đoàn công tác của Huyện ủy làm việc với Đảng ủy xã Nậm Tăm. Xã Nậm Tăm có 12 bản. Đồng chí Lò Thị Bay, Bí thư Đảng ủy xã Nậm Tăm báo cáo.\n' +
        'Ngày 12/4/2023, đoàn tiếp tục làm việc với Đảng ủy xã Pa Tần. Đồng chí Lò Văn Hặc, Bí thư Đảng ủy xã báo cáo kết quả. Xã Nậm Tăm được đánh giá cao.',
    );
    expect(r.positions('Lò Văn Hặc')).toEqual([{ title: 'Bí thư', org: 'Đảng ủy xã Pa Tần' }]);
  });
});

