import { read } from './helpers';

describe('organizations completed from the article context', () => {
  it('names a bare "Huyện ủy" after the district the article is about', () => {
    const r = read(
      'Huyện ủy Krông Pắc tổng kết công tác dân vận\n' +
        'Sáng ngày 12/12/2023, Huyện ủy tổ chức hội nghị tổng kết. Đồng chí Y Bhin Niê - Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.',
    );
    expect(r.positions('Y Bhin Niê')).toEqual([{ title: 'Phó Bí thư Thường trực', org: 'Huyện ủy Krông Pắc' }]);
  });

  it('leaves a body bare in an article whose district is never named', () => {
    const r = read('Ngày 05/3, đồng chí Trương Thị Hạnh - Bí thư Huyện ủy chủ trì buổi làm việc với Ủy ban MTTQ Việt Nam huyện.');
    expect(r.positions('Trương Thị Hạnh')).toEqual([{ title: 'Bí thư', org: 'Huyện ủy' }]);
  });

  it('gives "Đảng ủy" the commune named beside it in the chain, and a bare "xã" the article\'s commune', () => {
    const r = read(
      'Hội đồng nhân dân xã Ea Tiêu họp kỳ thứ 9\n' +
        'Chiều 14/7/2024, HĐND xã Ea Tiêu tổ chức kỳ họp thứ 9. Đồng chí Phan Văn Lực - Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì kỳ họp.',
    );
    expect(r.positions('Phan Văn Lực')).toEqual([
      { title: 'Bí thư', org: 'Đảng ủy xã Ea Tiêu' },
      { title: 'Chủ tịch', org: 'Hội đồng nhân dân xã Ea Tiêu' },
    ]);
  });

  it('puts a Party office without a body in the committee of the unit named next ("UVBTV, Phó Chủ tịch HĐND huyện")', () => {
    const r = read('Trang tin huyện Mỹ Tú\nChiều 2/6, đồng chí Lâm Thị Sen - UVBTV, Phó Chủ tịch HĐND huyện chủ trì phiên họp.');
    expect(r.positions('Lâm Thị Sen')).toEqual([
      { title: 'Ủy viên Ban Thường vụ', org: 'Huyện ủy Mỹ Tú' },
      { title: 'Phó Chủ tịch', org: 'Hội đồng nhân dân huyện Mỹ Tú' },
    ]);
  });

  it('reads the province from a banner in capitals and from the address', () => {
    const r = read('CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC KẠN\n\nNgày 9/9/2024, đồng chí Hoàng Văn Phố, Tỉnh ủy viên, Bí thư Huyện ủy Na Rì chủ trì hội nghị.');
    expect(r.positions('Hoàng Văn Phố')[0]).toEqual({ title: 'Tỉnh ủy viên', org: 'Tỉnh ủy Bắc Kạn' });
    const byUrl = read('Ngày 9/9/2024, đồng chí Hoàng Văn Phố, Tỉnh ủy viên chủ trì hội nghị.', { url: 'https://bac-kan.example.vn/tin' });
    expect(byUrl.positions('Hoàng Văn Phố')).toEqual([{ title: 'Tỉnh ủy viên', org: 'Tỉnh ủy Bắc Kạn' }]);
  });

  it('resolves a bare "Chi bộ" to the one cell the article names in full', () => {
    const r = read(
      'Đại hội Chi bộ Trường Tiểu học Kim Đồng nhiệm kỳ 2025 - 2027\n' +
        'Ngày 10/4/2025, Chi bộ Trường Tiểu học Kim Đồng tổ chức đại hội. Đồng chí Lý Thị Mai, Bí thư Chi bộ phát biểu khai mạc.',
    );
    expect(r.positions('Lý Thị Mai')).toEqual([{ title: 'Bí thư', org: 'Chi bộ Trường Tiểu học Kim Đồng' }]);
  });
});

describe('bodies of a province and of a city run by the centre', () => {
  it('reads the bloc Party committees and names the short form by the full one of the article', () => {
    const r = read(
      'Sáng 4/6/2024, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Hà Nam họp. Đồng chí Lê Văn Dũng, Bí thư Đảng ủy Khối chủ trì; ' +
        'đồng chí Vũ Thị Hạnh, Trưởng Ban Tuyên giáo Đảng ủy Khối báo cáo. Đồng chí Bùi Văn An, Bí thư Đảng ủy UBND tỉnh dự.',
    );
    expect(r.positions('Lê Văn Dũng')).toEqual([{ title: 'Bí thư', org: 'Đảng ủy Khối các cơ quan tỉnh Hà Nam' }]);
    expect(r.positions('Vũ Thị Hạnh')).toEqual([{ title: 'Trưởng Ban', org: 'Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh Hà Nam' }]);
    expect(r.positions('Bùi Văn An')).toEqual([{ title: 'Bí thư', org: 'Đảng ủy Ủy ban nhân dân tỉnh Hà Nam' }]);
  });

  it('names a bare "Thành ủy" after the city run by the centre, even beside a former district', () => {
    const r = read('Hải Phòng: xã mới ra mắt\nĐồng chí Đỗ Văn Hưng, Ủy viên Ban Thường vụ Thành ủy, dự lễ ra mắt tại xã An Hòa (trước thuộc huyện Vĩnh Bảo cũ), thành phố Hải Phòng.');
    expect(r.positions('Đỗ Văn Hưng')).toEqual([{ title: 'Ủy viên Ban Thường vụ', org: 'Thành ủy Hải Phòng' }]);
  });
});

describe('bodies named in full once and short later', () => {
  it('names a founded board by its full name where it is later written short, not a board it merely shares words with', () => {
    const r = read(
      'Ngày 2/10/2024, UBND huyện Đồng Xuân ban hành Quyết định số 2210/QĐ-UBND về việc thành lập Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện Đồng Xuân (gọi tắt là Ban Chỉ đạo). ' +
        'Ông Trần Văn Hải, Trưởng Ban Chỉ đạo phát biểu. Bà Lê Thị Hoa, Trưởng Ban Tổ chức Huyện ủy dự.',
    );
    expect(r.foundings).toEqual([{ org: 'Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện Đồng Xuân', number: '2210/QĐ-UBND' }]);
    expect(r.positions('Trần Văn Hải')).toEqual([{ title: 'Trưởng Ban', org: 'Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện Đồng Xuân' }]);
    expect(r.positions('Lê Thị Hoa')).toEqual([{ title: 'Trưởng Ban', org: 'Ban Tổ chức Huyện ủy Đồng Xuân' }]);
  });
});

describe('mass organizations, deputies and the armed forces', () => {
  it('puts a standing committee member of a mass organization\'s board in that organization, and reads Youth Union units', () => {
    const r = read(
      'Dự có đ/c Nông Thị Lan - Uỷ viên Ban Thường vụ, Trưởng Ban Tổ chức LĐLĐ tỉnh Lạng Sơn; đ/c Hà Văn Tú - Bí thư Đoàn xã Hữu Lũng; ' +
        'chị Lộc Thị Mai - Bí thư Chi đoàn thôn Nà Pàn; bà Hoàng Thị Duyên - Chủ tịch Hội Chữ thập đỏ huyện Văn Quan.',
    );
    expect(r.positions('Nông Thị Lan')).toEqual([
      { title: 'Ủy viên Ban Thường vụ', org: 'Liên đoàn Lao động tỉnh Lạng Sơn' },
      { title: 'Trưởng Ban', org: 'Ban Tổ chức Liên đoàn Lao động tỉnh Lạng Sơn' },
    ]);
    expect(r.positions('Hà Văn Tú')).toEqual([{ title: 'Bí thư', org: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Hữu Lũng' }]);
    expect(r.positions('Lộc Thị Mai')).toEqual([{ title: 'Bí thư', org: 'Chi đoàn thôn Nà Pàn' }]);
    expect(r.positions('Hoàng Thị Duyên')).toEqual([{ title: 'Chủ tịch', org: 'Hội Chữ thập đỏ huyện Văn Quan' }]);
  });

  it('reads deputies of councils, military offices and departments written in full with a comma', () => {
    const r = read(
      'Tỉnh Sóc Trăng\nCó ông Lý Văn Bé, Phó Chủ tịch UBND huyện, đại biểu HĐND tỉnh; Thượng tá Danh Sơn, Chính trị viên Ban CHQS huyện; ' +
        'ông Lâm Văn Tư, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch dự tại tỉnh Sóc Trăng.',
    );
    expect(r.positions('Lý Văn Bé')).toContainEqual({ title: 'Đại biểu Hội đồng nhân dân', org: 'Hội đồng nhân dân tỉnh Sóc Trăng' });
    expect(r.positions('Danh Sơn')).toEqual([{ title: 'Chính trị viên', org: 'Ban Chỉ huy Quân sự huyện' }]);
    expect(r.positions('Lâm Văn Tư')).toEqual([{ title: 'Phó Giám đốc', org: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng' }]);
  });

  it('reads place names with title words inside and keeps province names from being persons', () => {
    const r = read('Đồng chí Kim Văn Nhỏ, Bí thư Đảng ủy xã Lịch Hội Thượng phát biểu. Ban Thường vụ Tỉnh uỷ Thái Nguyên chỉ định đồng chí Hoàng Văn Thạch giữ chức Bí thư.');
    expect(r.positions('Kim Văn Nhỏ')).toEqual([{ title: 'Bí thư', org: 'Đảng ủy xã Lịch Hội Thượng' }]);
    expect(r.persons).not.toContain('Thái Nguyên');
  });

  it('chairs "thay mặt Đoàn Chủ tịch" and reads bylines in capitals and with a rank', () => {
    const r = read(
      'Sáng 12/8/2025, Đảng bộ xã Pà Vầy Sủ tổ chức Đại hội lần thứ I. Đồng chí Vàng Mí Lử, Bí thư Đảng ủy xã, thay mặt Đoàn Chủ tịch điều hành Đại hội với sự tham dự của 150 đại biểu chính thức.\n\nTHU HIỀN\n',
    );
    expect(r.sessions[0].chair).toBe('Vàng Mí Lử');
    expect(r.authors).toEqual(['Thu Hiền']);
    const b = read('Ngày 5/3/2024, Ban CHQS huyện tổ chức hội nghị tổng kết công tác quân sự, quốc phòng địa phương năm 2023 với nhiều nội dung quan trọng.\n\nTrung uý Vi Văn Hậu (Ban CHQS huyện)\n');
    expect(b.authors).toEqual(['Vi Văn Hậu']);
  });

  it('names a bare "Huyện ủy" by the district whose own site the article is on, named in passing', () => {
    const text =
      'Ngày 12/10/2022, Ủy ban Kiểm tra Huyện ủy kiểm tra Đảng ủy xã Giao Tiến. Đồng chí Trần Văn Kiên, Chủ nhiệm UBKT Huyện ủy làm Trưởng đoàn.\n\n' +
      'Tin liên quan\n- Giao Thủy: Hội nghị tập huấn nghiệp vụ\n';
    const url = 'https://giaothuy.namdinh.dcs.vn/kiem-tra/bai-1.html';
    expect(read(text, { url }).positions('Trần Văn Kiên')).toEqual([{ title: 'Chủ nhiệm', org: 'Ủy ban Kiểm tra Huyện ủy Giao Thủy' }]);
    expect(read(text, { url: 'https://baonamdinh.vn/kiem-tra/bai-1.html' }).positions('Trần Văn Kiên')).toEqual([{ title: 'Chủ nhiệm', org: 'Ủy ban Kiểm tra Huyện ủy' }]);
  });

  it('reads a district of three words, the last a direction, from a banner in capitals', () => {
    const r = read('ĐẢNG BỘ HUYỆN ĐIỆN BIÊN ĐÔNG - TỈNH ĐIỆN BIÊN\n\nNgày 5/9/2022, Ban Thường vụ Huyện ủy tổ chức hội nghị. Đồng chí Lò Văn Mừng, Bí thư Huyện ủy chủ trì.');
    expect(r.positions('Lò Văn Mừng')).toEqual([{ title: 'Bí thư', org: 'Huyện ủy Điện Biên Đông' }]);
  });
});
