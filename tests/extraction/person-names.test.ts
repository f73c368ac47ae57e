import { read } from './helpers';

describe('names of persons', () => {
  it('reads persons after "cử tri", "cô" and "thầy", but not those words before a common noun', () => {
    const r = read(
      'Tại buổi tiếp xúc, cử tri Thạch Thị Sa Rin phản ánh về đường giao thông; cô Lê Thị Thanh Hoa và thầy Đoàn Minh Quang được tuyên dương. ' +
        'Cử tri xã Long Hiệp kiến nghị nhiều nội dung; cô giáo trẻ và cử tri các ấp cùng dự.',
    );
    expect(r.persons).toEqual(expect.arrayContaining(['Thạch Thị Sa Rin', 'Lê Thị Thanh Hoa', 'Đoàn Minh Quang']));
    expect(r.persons).toHaveLength(3);
  });

  it('reads a name of one syllable written with an apostrophe after an honorific', () => {
    const r = read('Làm việc với đoàn có đồng chí K\'Lịch – Phó Bí thư Đảng ủy, Chủ tịch UBND xã Đạ Tông.');
    expect(r.positions("K'Lịch")).toEqual([
      { title: 'Phó Bí thư', org: 'Đảng ủy xã Đạ Tông' },
      { title: 'Chủ tịch', org: 'Ủy ban nhân dân xã Đạ Tông' },
    ]);
  });

  it('reads a deputy of a council written in lowercase before the name', () => {
    const r = read('Tham gia đoàn có đại biểu HĐND tỉnh Lê Thị Hồng Vân và đại diện Sở Tư pháp.');
    expect(r.positions('Lê Thị Hồng Vân')).toEqual([{ title: 'Đại biểu Hội đồng nhân dân', org: 'Hội đồng nhân dân tỉnh' }]);
  });

  it('takes no person from a province\'s name after a title ("Chủ tịch Hồ Chí Minh")', () => {
    const r = read('Trước ảnh Chủ tịch Hồ Chí Minh, các đảng viên mới đọc lời tuyên thệ. Đồng chí Chủ tịch Nguyễn Văn Tâm trao quyết định.');
    expect(r.persons).toEqual(['Nguyễn Văn Tâm']);
  });

  it('reads a name ending in "Chiều" before its offices, not "Chiều" opening a date', () => {
    const r = read('Cùng đi có đồng chí Nông Thị Chiều - Phó Bí thư Huyện ủy Hà Quảng. Đồng chí Lý Văn Tùng Chiều 14/3 đã làm việc tại xã.');
    expect(r.positions('Nông Thị Chiều')).toEqual([{ title: 'Phó Bí thư', org: 'Huyện ủy Hà Quảng' }]);
    expect(r.persons).not.toContain('Lý Văn Tùng Chiều');
  });

  it('reads a person after "thương binh" when a family name follows, not the common noun', () => {
    const r = read('Ngày 26/7/2025, đoàn đến thăm gia đình thương binh Vàng Seo Pao ở thôn Nà Chì. Các thương binh nặng được tặng quà.');
    expect(r.sessions[0].participants).toEqual(['Vàng Seo Pao']);
  });

  it('reads a person called "đại biểu" at a council\'s sitting as a deputy of the council that holds it', () => {
    const r = read(
      'Ngày 18/12/2024, HĐND xã Cư Pui tổ chức kỳ họp thứ mười. Dự kỳ họp có đồng chí Y Thuên Ayun, Phó Chủ tịch HĐND huyện Krông Bông.\n' +
        'Tại phiên chất vấn, đại biểu Nay H\'Nhi đề nghị làm rõ tiến độ làm đường.',
    );
    expect(r.positions("Nay H'Nhi")).toEqual([{ title: 'Đại biểu Hội đồng nhân dân', org: 'Hội đồng nhân dân xã Cư Pui' }]);
  });

  it('reads a person called "đại biểu" at a congress with no office, and none from "các đại biểu"', () => {
    const r = read('Ngày 9/9/2025, Đảng bộ xã Hòa Phong tổ chức đại hội. Đại biểu Nguyễn Thị Lan trình bày tham luận; các đại biểu thảo luận sôi nổi.');
    expect(r.persons).toEqual(['Nguyễn Thị Lan']);
    expect(r.positions('Nguyễn Thị Lan')).toEqual([]);
  });

  it('reads a name after "chị" whose family name the lexicon lacks when its middle name is "Thị" or "Văn"', () => {
    const r = read('Ngày 16/4/2021, Hội LHPN xã Lăng tổ chức Đại hội. Dự có chị Alăng Thị Nhỏ, Phó Chủ tịch Hội LHPN huyện Tây Giang; chị cũng trao quà.');
    expect(r.positions('Alăng Thị Nhỏ')).toEqual([{ title: 'Phó Chủ tịch', org: 'Hội Liên hiệp Phụ nữ huyện Tây Giang' }]);
    expect(read('Ngày 2/3/2021, chị Xuân Hồng Nhỏ rất vui.').persons).toEqual([]);
  });

  it('takes a name written with its syllables joined and apart for one person', () => {
    const r = read('Ngày 9/10/2024, đồng chí Pơloong Văn Hiệp, Phó Bí thư Thường trực Đảng ủy xã Arớt dự buổi giám sát. Kết luận, đồng chí Pơ Loong Văn Hiệp đề nghị chi ủy khắc phục hạn chế.');
    expect(r.persons).toEqual(['Pơloong Văn Hiệp']);
  });

  it('reads a name ending in a title or unit word ("Ksor Y Ban", "Phạm Văn Tỉnh") before a verb', () => {
    const r = read('Dự có ông Ksor Y Ban, Phó Bí thư Đảng ủy xã. Ông Ksor Y Ban cam kết hỗ trợ thanh niên; đồng chí Phạm Văn Tỉnh làm Phó Chủ tịch UBND xã.');
    expect(r.persons).toEqual(['Ksor Y Ban', 'Phạm Văn Tỉnh']);
  });
});
