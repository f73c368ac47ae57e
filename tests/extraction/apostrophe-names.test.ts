import { read } from './helpers';

describe('names with an apostrophe inside a syllable', () => {
  it('reads a unit whose syllable goes on in lowercase after the apostrophe ("Krông A\'na", "Đắk R\'lấp")', () => {
    const r = read("Ngày 4/9/2023, Huyện ủy Đắk R'lấp tổ chức hội nghị. Dự có ông Điểu Lâm, Bí thư Huyện ủy Đắk R'lấp; bà H'Yên Niê, Phó Chủ tịch UBND huyện Krông A'na.");
    expect(r.positions('Điểu Lâm')).toEqual([{ title: 'Bí thư', org: "Huyện ủy Đắk R'lấp" }]);
    expect(r.positions("H'Yên Niê")).toEqual([{ title: 'Phó Chủ tịch', org: "Ủy ban nhân dân huyện Krông A'na" }]);
  });

  it('still reads a capital after the apostrophe and leaves a quote mark out of a name', () => {
    const r = read("Ngày 4/9/2023, xã Đạ Chais tổ chức lễ. Dự có ông K'Brơi, Bí thư Đảng ủy xã Đạ Chais; phong trào 'Dân vận khéo' được nhân rộng.");
    expect(r.positions("K'Brơi")).toEqual([{ title: 'Bí thư', org: 'Đảng ủy xã Đạ Chais' }]);
  });

  it('reads a capital "Ông" after a family name as a syllable of the name, and a village numbered before a comma', () => {
    const r = read("Ngày 12/5/2024, Đảng ủy xã Tà Nung chỉ định Chi ủy lâm thời: đồng chí Bon Jrang Ha Liên làm Bí thư Chi bộ; đồng chí Rơ Ông K'Duyên, Trưởng thôn Păng Tiêng 3, làm Phó Bí thư Chi bộ. Ông Lê Văn Thành, Chủ tịch UBND xã Tà Nung phát biểu.");
    expect(r.persons).not.toContain("K'Duyên");
    expect(r.positions("Rơ Ông K'Duyên")).toEqual([
      { title: 'Trưởng thôn', org: 'thôn Păng Tiêng 3 xã Tà Nung' },
      { title: 'Phó Bí thư', org: 'Chi bộ thôn Păng Tiêng 3 xã Tà Nung' },
    ]);
    expect(r.positions('Lê Văn Thành')).toEqual([{ title: 'Chủ tịch', org: 'Ủy ban nhân dân xã Tà Nung' }]);
  });
});
