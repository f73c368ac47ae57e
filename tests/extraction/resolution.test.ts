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
});
