import { read } from './helpers';

describe('offices a clause gives a person', () => {
  it('reads "trúng cử chức danh", "giữ chức danh" and "được chỉ định là"', () => {
    const r = read(
      'Kết quả, đồng chí Lò Thị Hạnh - Ủy viên Ban Thường vụ Đảng ủy xã Nậm Tăm trúng cử chức danh Phó Bí thư Thường trực Đảng ủy xã Nậm Tăm. ' +
        'Ông Vì Văn Chiến, Chủ tịch Hội Nông dân xã Nậm Tăm được chỉ định là Ủy viên Ban Thường vụ Đảng ủy xã Nậm Tăm.',
    );
    expect(r.positions('Lò Thị Hạnh')).toContainEqual({ title: 'Phó Bí thư Thường trực', org: 'Đảng ủy xã Nậm Tăm' });
    expect(r.positions('Vì Văn Chiến')).toContainEqual({ title: 'Ủy viên Ban Thường vụ', org: 'Đảng ủy xã Nậm Tăm' });
  });

  it('gives the office a transfer names to the person transferred, with the workplace as its body', () => {
    const r = read(
      'Quyết định điều động ông Tòng Văn Lả, Phó Chủ tịch UBND xã Chiềng Ơn đến nhận công tác tại Phòng Tư pháp huyện Quỳnh Nhai, giữ chức Phó Trưởng phòng. ' +
        'Ban Thường vụ Huyện ủy điều động, chỉ định đồng chí Cầm Thị Ngoan, Phó Chánh Văn phòng Huyện ủy Quỳnh Nhai, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Đảng ủy xã Chiềng Ơn.',
    );
    expect(r.positions('Tòng Văn Lả')).toContainEqual({ title: 'Phó Trưởng phòng', org: 'Phòng Tư pháp huyện Quỳnh Nhai' });
    expect(r.positions('Cầm Thị Ngoan')).toContainEqual({ title: 'Phó Bí thư', org: 'Đảng ủy xã Chiềng Ơn' });
  });

  it('gives no office to a person named before another who took it', () => {
    const r = read(
      'Phát biểu, ông Lý Văn Sài ghi nhận những đóng góp của ông Chẩu Văn Lìn trong thời gian giữ chức Chủ tịch UBND xã Tả Ngảo. ' +
        'Ông Sần Văn Páo và ông Giàng A Tủa được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tả Ngảo.',
    );
    expect(r.positions('Lý Văn Sài')).toEqual([]);
    expect(r.positions('Sần Văn Páo')).toEqual([{ title: 'Phó Chủ tịch', org: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Tả Ngảo' }]);
    expect(r.positions('Giàng A Tủa')).toEqual([{ title: 'Phó Chủ tịch', org: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Tả Ngảo' }]);
  });

  it('reads "chỉ định bổ sung đồng chí X làm ...", and no office in "làm việc"', () => {
    const r = read(
      'Quyết định số 21-QĐ/ĐU chỉ định bổ sung đồng chí Đinh Thị Hoa làm Phó Bí thư Chi bộ thôn Làng Mòn. ' +
        'Đồng chí Bùi Văn Khang, Phó Chủ tịch UBND xã Tân Pheo làm việc với thôn Làng Mòn.',
    );
    expect(r.positions('Đinh Thị Hoa')).toEqual([{ title: 'Phó Bí thư', org: 'Chi bộ thôn Làng Mòn' }]);
    expect(r.positions('Bùi Văn Khang')).toEqual([{ title: 'Phó Chủ tịch', org: 'Ủy ban nhân dân xã Tân Pheo' }]);
  });

  it('reads an office held before, written "nguyên"', () => {
    const r = read('Đồng chí Trần Đức Hạnh, nguyên Phó Chủ tịch UBND huyện Mỹ Đức nhận Huy hiệu 55 năm tuổi Đảng.');
    expect(r.positions('Trần Đức Hạnh')).toEqual([{ title: 'Phó Chủ tịch', org: 'Ủy ban nhân dân huyện Mỹ Đức' }]);
  });

  it('reads the office a dismissal names before the person, and none without "đối với"', () => {
    const r = read(
      'Các đại biểu đã xem xét việc miễn nhiệm chức danh Phó Chủ tịch UBND xã Ea Hu đối với ông Trần Văn Lộc. ' +
        'Sau khi miễn nhiệm chức danh Chủ tịch, ông Hồ Văn Tư phát biểu.',
    );
    expect(r.positions('Trần Văn Lộc')).toEqual([{ title: 'Phó Chủ tịch', org: 'Ủy ban nhân dân xã Ea Hu' }]);
    expect(r.positions('Hồ Văn Tư')).toEqual([]);
  });

  it('reads "tái cử" as taking the office, and gives none to the person named before another\'s office', () => {
    const r = read('Đại hội đã bầu Chi ủy gồm 3 đồng chí; đồng chí Sầm Văn Khiêm tái cử Bí thư Chi bộ bản Nà Pục, đồng chí Lường Thị Xuân giữ chức Phó Bí thư Chi bộ.');
    expect(r.positions('Sầm Văn Khiêm')).toEqual([{ title: 'Bí thư', org: 'Chi bộ bản Nà Pục' }]);
    expect(r.positions('Lường Thị Xuân')).toEqual([{ title: 'Phó Bí thư', org: 'Chi bộ bản Nà Pục' }]);
  });

  it('reads the office taken after a transfer and a joining clause, and after a transfer without its workplace', () => {
    const r = read(
      'Quyết định điều động đồng chí Mạc Văn Tuyển, Phó Trưởng Ban Dân vận Huyện ủy, đến nhận công tác tại Đảng bộ xã Tà Xùa, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy xã Tà Xùa. ' +
        'Quyết định luân chuyển đồng chí Hờ Thị Dua, Phó Chánh Văn phòng Huyện ủy, đến nhận công tác và chỉ định giữ chức Phó Bí thư Đảng ủy xã Làng Chếu.',
    );
    expect(r.positions('Mạc Văn Tuyển')).toContainEqual({ title: 'Bí thư', org: 'Đảng ủy xã Tà Xùa' });
    expect(r.positions('Hờ Thị Dua')).toContainEqual({ title: 'Phó Bí thư', org: 'Đảng ủy xã Làng Chếu' });
    const none = read('Đồng chí Hờ Thị Dua, Phó Chánh Văn phòng Huyện ủy, đến công tác và trao đổi với chi bộ về việc giữ chức năng giám sát.');
    expect(none.positions('Hờ Thị Dua')).toEqual([{ title: 'Phó Chánh Văn phòng', org: 'Văn phòng Huyện ủy' }]);
  });

  it('gives the office taken after a list of bare names to each name of the list, and none to a list without one', () => {
    const r = read(
      'Kỳ họp thứ nhất HĐND huyện Si Ma Cai bầu đồng chí Sùng Seo Páo giữ chức Chủ tịch UBND huyện; các đồng chí Thào Thị Mỷ, Lù Văn Dính và Vàng A Sủng được bầu làm Phó Chủ tịch UBND huyện.',
    );
    for (const name of ['Thào Thị Mỷ', 'Lù Văn Dính', 'Vàng A Sủng']) {
      expect(r.positions(name)).toEqual([{ title: 'Phó Chủ tịch', org: 'Ủy ban nhân dân huyện Si Ma Cai' }]);
    }
    const own = read('Dự hội nghị có đồng chí Thào Thị Mỷ và Lù Văn Dính, Chủ tịch UBND xã Bản Mế; đồng chí Vàng A Sủng được bầu làm Trưởng thôn Sín Chải.');
    expect(own.positions('Thào Thị Mỷ')).toEqual([]);
    expect(own.positions('Lù Văn Dính')).toEqual([{ title: 'Chủ tịch', org: 'Ủy ban nhân dân xã Bản Mế' }]);
  });

  it('reads "là <office>" after a job in apposition, of the body of the office of its kind before it', () => {
    const r = read(
      'Xã Đắk Sin ra mắt chi bộ mới\nSáng 6/3/2023, Đảng ủy xã Đắk Sin tổ chức lễ ra mắt Chi bộ Hợp tác xã Dịch vụ Nông nghiệp Đắk Sin. ' +
        'Theo quyết định, ông Điểu Khanh, Giám đốc Hợp tác xã, giữ chức Bí thư Chi bộ; bà Thị Hồng Nhung, Kế toán trưởng Hợp tác xã, là Phó Bí thư.',
    );
    expect(r.positions('Thị Hồng Nhung')).toContainEqual({ title: 'Phó Bí thư', org: 'Chi bộ Hợp tác xã Dịch vụ Nông nghiệp Đắk Sin' });
    expect(read('Ông Điểu Khanh, Bí thư Chi bộ thôn 3, là người có uy tín trong thôn.').positions('Điểu Khanh')).toHaveLength(1);
  });
});
