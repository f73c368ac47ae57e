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
