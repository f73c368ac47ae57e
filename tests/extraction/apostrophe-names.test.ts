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
});
