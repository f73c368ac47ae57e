import { read } from './helpers';

const idOf = (text: string, name: string, meta = {}) => read(text, meta).facts.persons.find((p) => p.name === name)?.id;

describe('ids and resolution across articles', () => {
  it('gives the same input the same ids', () => {
    const text = 'Tỉnh Hà Giang\nNgày 1/6/2024, đồng chí Vừ Mí Lử, Bí thư Huyện ủy Mèo Vạc chủ trì hội nghị. Thực hiện Kế hoạch số 12/KH-UBND của UBND huyện.';
    expect(read(text).facts).toEqual(read(text).facts);
  });

  it('makes one person of the same name in the same province, two of the same name in two provinces', () => {
    const a = idOf('Tỉnh Quảng Trị\nĐồng chí Lê Văn Hải, Phó Chủ tịch UBND huyện Hải Lăng dự hội nghị.', 'Lê Văn Hải');
    const b = idOf('Quảng Trị: đồng chí Lê Văn Hải, Phó Chủ tịch UBND huyện Hải Lăng làm việc với xã.', 'Lê Văn Hải');
    const c = idOf('Tỉnh Cà Mau\nĐồng chí Lê Văn Hải, Chủ tịch UBND xã Tân Hưng dự hội nghị.', 'Lê Văn Hải');
    expect(a).toBeDefined();
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('makes one person of two articles about one commune, whether or not they name the province', () => {
    const a = idOf('Tỉnh Yên Bái\nNgày 2/3/2025, đồng chí Triệu Văn Phú, Bí thư Đảng ủy xã Khánh Hòa, huyện Lục Yên chủ trì hội nghị.', 'Triệu Văn Phú');
    const b = idOf('Huyện Lục Yên\nĐồng chí Triệu Văn Phú, Huyện ủy viên, Bí thư Đảng ủy xã Khánh Hòa dự hội nghị.', 'Triệu Văn Phú');
    expect(a).toBeDefined();
    expect(a).toBe(b);
  });

  it('keeps the same name in two communes of one province apart', () => {
    const a = idOf('Tỉnh Yên Bái\nĐồng chí Triệu Văn Phú, Chủ tịch UBND xã Khánh Hòa dự hội nghị.', 'Triệu Văn Phú');
    const b = idOf('Tỉnh Yên Bái\nĐồng chí Triệu Văn Phú, Chủ tịch UBND xã Minh Xuân dự hội nghị.', 'Triệu Văn Phú');
    expect(a).not.toBe(b);
  });

  it('ties a person without a unit of their own to the unit the article is about', () => {
    const text = (commune: string) => `Ngày 4/4/2025, Đảng ủy xã ${commune} tổ chức hội nghị. Đảng ủy xã ${commune} mời đồng chí Lục Thị Nga, Phó Bí thư Đảng ủy phát biểu.`;
    expect(idOf(text('Tân Lập'), 'Lục Thị Nga')).toBe(idOf(`${text('Tân Lập')}\nTin: Hồng Hà`, 'Lục Thị Nga'));
    expect(idOf(text('Tân Lập'), 'Lục Thị Nga')).not.toBe(idOf(text('Yên Thắng'), 'Lục Thị Nga'));
  });

  it('makes a byline without offices one writer of the site', () => {
    const a = read('Ngày 1/1/2025, Đảng ủy xã An Phú tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024 và triển khai nhiệm vụ năm 2025.\n\nHoàng Minh', { url: 'https://baoyenbai.vn/a' });
    const b = read('Ngày 2/2/2025, Đảng ủy xã Bình Hòa tổ chức hội nghị sơ kết công tác kiểm tra, giám sát quý I và triển khai nhiệm vụ quý II.\n\nHoàng Minh', { url: 'https://baoyenbai.vn/b' });
    const author = (r: typeof a) => r.facts.authors[0]?.personId;
    expect(author(a)).toBeDefined();
    expect(author(a)).toBe(author(b));
  });

  it('keeps same-name people apart when no place is known at all', () => {
    const a = idOf('Đồng chí Hà Văn Bình, Bí thư Chi bộ phát biểu.', 'Hà Văn Bình', { url: 'https://a.example/1' });
    const b = idOf('Đồng chí Hà Văn Bình, Bí thư Chi bộ phát biểu.', 'Hà Văn Bình', { url: 'https://b.example/2' });
    expect(a).not.toBe(b);
  });

  it('shares organization and unit ids across articles by canonical key', () => {
    const a = read('Ngày 3/3/2024, Đảng ủy xã Phú Lộc tổ chức hội nghị.\nĐảng ủy xã Phú Lộc triển khai nhiệm vụ.').facts;
    const b = read('Đảng ủy xã Phú Lộc vừa tổng kết công tác.').facts;
    const org = (f: typeof a) => f.organizations.find((o) => o.name === 'Đảng ủy xã Phú Lộc')?.id;
    expect(org(a)).toBeDefined();
    expect(org(a)).toBe(org(b));
    expect(a.adminUnits.find((u) => u.name === 'xã Phú Lộc')?.id).toBe(b.adminUnits.find((u) => u.name === 'xã Phú Lộc')?.id);
  });

  it('states a unit hierarchy written next to each other', () => {
    const f = read('Đảng ủy phường Tân Lập (quận Ngô Quyền) tổ chức hội nghị.').facts;
    const ward = f.adminUnits.find((u) => u.name === 'phường Tân Lập')!;
    const district = f.adminUnits.find((u) => u.name === 'quận Ngô Quyền')!;
    expect(ward.parentId).toBe(district.id);
    expect(ward.level).toBe('WARD');
  });

  it('links "đồng chí Bí thư Đảng ủy các cơ quan Đảng tỉnh" to its holder, not to the secretary of the Tỉnh ủy', () => {
    const r = read(
      'Sáng 3/2/2025, Ban Thường vụ Tỉnh ủy Yên Bái tổ chức hội nghị. Đồng chí Trần Huy Tuấn, Bí thư Tỉnh ủy dự. Đồng chí Lê Minh Ngọc được chỉ định giữ chức Bí thư Đảng ủy các cơ quan Đảng tỉnh.\n' +
        'Chiều cùng ngày, Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh họp hội nghị lần thứ nhất, do đồng chí Bí thư Đảng ủy các cơ quan Đảng tỉnh chủ trì.',
    );
    expect(r.sessions.map((s) => s.chair)).toEqual([null, 'Lê Minh Ngọc']);
  });
});

