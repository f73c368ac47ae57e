import { read } from './helpers';

/*
 * Offices written after the body they head ("Đội trưởng", "Chi hội phó",
 * "Trưởng Tiểu ban"), with the body named in full earlier: where it was
 * launched or founded.
 */
describe('offices of a body named before the person', () => {
  it('gives a team leader and deputy the team launched earlier in the article', () => {
    const r = read(
      'Sáng 9/6/2024, Huyện đoàn Bắc Hà tổ chức lễ ra mắt Đội thanh niên xung kích bảo vệ rừng, hưởng ứng tháng thanh niên. ' +
        'Đội gồm 20 đội viên là đoàn viên các xã vùng cao. Đồng chí Sùng Seo Pao, Bí thư Đoàn xã Bản Liền, được giao làm Đội trưởng; ' +
        'đồng chí Lù Thị Mai làm Đội phó.',
    );
    expect(r.positions('Sùng Seo Pao')).toContainEqual({ title: 'Đội trưởng', org: expect.stringMatching(/^Đội thanh niên xung kích bảo vệ rừng/u) });
    expect(r.positions('Lù Thị Mai')).toEqual([{ title: 'Đội phó', org: expect.stringMatching(/^Đội thanh niên xung kích bảo vệ rừng/u) }]);
  });

  it('gives a branch head and deputy the branch founded before', () => {
    const r = read(
      'Hội Nông dân xã Tân Mỹ vừa thành lập Chi hội nông dân nuôi ong ấp Bình Lợi theo Quyết định số 07-QĐ/HND ngày 3/9/2025. ' +
        'Ông Trương Văn Hậu được bầu làm Chi hội trưởng; bà Lâm Thị Nga làm Chi hội phó.',
    );
    expect(r.positions('Trương Văn Hậu')).toEqual([{ title: 'Chi hội trưởng', org: expect.stringMatching(/^Chi hội nông dân nuôi ong ấp Bình Lợi/iu) }]);
    expect(r.positions('Lâm Thị Nga')).toEqual([{ title: 'Chi hội phó', org: expect.stringMatching(/^Chi hội nông dân nuôi ong ấp Bình Lợi/iu) }]);
  });

  it('gives the head of each sub-committee the one its decision founded', () => {
    const r = read(
      'Ban Thường vụ Huyện ủy Kỳ Anh ban hành Quyết định số 1201-QĐ/HU về việc thành lập Tiểu ban Văn kiện, do đồng chí Phan Văn Tâm, Bí thư Huyện ủy làm Trưởng Tiểu ban; ' +
        'Quyết định số 1202-QĐ/HU về việc thành lập Tiểu ban Nhân sự, do đồng chí Hồ Thị Lài, Phó Bí thư Thường trực Huyện ủy làm Trưởng Tiểu ban.',
    );
    expect(r.positions('Phan Văn Tâm')).toContainEqual({ title: 'Trưởng Tiểu ban', org: expect.stringMatching(/^Tiểu ban Văn kiện/u) });
    expect(r.positions('Hồ Thị Lài')).toContainEqual({ title: 'Trưởng Tiểu ban', org: expect.stringMatching(/^Tiểu ban Nhân sự/u) });
  });

  it('reads a deputy head of a health station and the Front board "Dân chủ - Pháp luật"', () => {
    const r = read(
      'Đoàn làm việc tại Trạm Y tế xã Quế Lâm. Đồng chí Hà Văn Sinh - Phó Trạm trưởng báo cáo tình hình khám chữa bệnh. ' +
        'Tham gia đoàn có bà Đỗ Thị Hường, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Quảng Nam.',
    );
    expect(r.positions('Hà Văn Sinh')).toEqual([{ title: 'Phó Trạm trưởng', org: expect.stringMatching(/^Trạm Y tế xã Quế Lâm/u) }]);
    expect(r.positions('Đỗ Thị Hường')).toContainEqual({
      title: 'Trưởng Ban', org: 'Ban Dân chủ - Pháp luật Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam',
    });
  });

  it('reads a hospital department founded by a decision, and "Trưởng khoa" as the head of the department founded before', () => {
    const r = read(
      'Ngày 9/6/2022, Sở Y tế tỉnh Hà Tĩnh ban hành Quyết định số 1201/QĐ-SYT về việc thành lập Khoa Phục hồi chức năng, Bệnh viện bố trí 3 bác sĩ cho khoa. ' +
        'Chi bộ Khoa Phục hồi chức năng được thành lập theo Quyết định số 31-QĐ/ĐU ngày 1/8/2022 của Đảng ủy Bệnh viện; đồng chí Trần Văn Hưng, Trưởng khoa, được chỉ định làm Bí thư Chi bộ.',
    );
    expect(r.foundings).toContainEqual({ org: 'Khoa Phục hồi chức năng', number: '1201/QĐ-SYT' });
    expect(r.positions('Trần Văn Hưng')).toContainEqual({ title: 'Trưởng khoa', org: 'Khoa Phục hồi chức năng' });
  });

  it('gives "Chủ nhiệm câu lạc bộ" the club launched before it', () => {
    const r = read(
      'Ngày 12/4/2023, Hội LHPN xã Tân Lập tổ chức lễ ra mắt Câu lạc bộ Phụ nữ làm kinh tế giỏi xã Tân Lập. Chị Hoàng Thị Mơ được bầu làm Chủ nhiệm câu lạc bộ; chị Nông Thị Vân làm Phó Chủ nhiệm Câu lạc bộ.',
    );
    expect(r.positions('Hoàng Thị Mơ')).toEqual([{ title: 'Chủ nhiệm', org: 'Câu lạc bộ Phụ nữ làm kinh tế giỏi xã Tân Lập' }]);
    expect(r.positions('Nông Thị Vân')).toEqual([{ title: 'Phó Chủ nhiệm', org: 'Câu lạc bộ Phụ nữ làm kinh tế giỏi xã Tân Lập' }]);
  });

  it('gives "Tổ trưởng" the group founded before it', () => {
    const r = read(
      'Ngày 3/4/2025, Ban Thường vụ Huyện ủy Đăk Glei ban hành Quyết định số 402-QĐ/HU thành lập Tổ giúp việc Ban Thường vụ Huyện ủy về công tác nhân sự đại hội, do đồng chí A Đàn, Phó Trưởng Ban Tổ chức Huyện ủy làm Tổ trưởng.',
    );
    expect(r.positions('A Đàn')).toContainEqual({ title: 'Tổ trưởng', org: 'Tổ giúp việc Ban Thường vụ Huyện ủy Đăk Glei về công tác nhân sự đại hội' });
  });
});
