import { read } from './helpers';

const doc = (r: ReturnType<typeof read>, number: string) => r.documents.find((d) => d.number === number);

describe('decisions told together, with one date and one issuer for all', () => {
  it('gives the numbers after "ba quyết định ngày D của X" that date and issuer, up to the count', () => {
    const r = read(
      'Chiều 3/11, Đảng ủy phường Tân Lập tổ chức lễ công bố. Đồng chí Vũ Thị Hằng công bố ba quyết định ngày 28/10/2025 của Ban Thường vụ Đảng ủy phường. ' +
        'Theo Quyết định số 201-QĐ/ĐU, Chi bộ Khu phố 3 được thành lập. Quyết định số 202-QĐ/ĐU thành lập Chi bộ Khu phố 4. Quyết định số 203-QĐ/ĐU chỉ định chi ủy. ' +
        'Đảng ủy phường cũng quán triệt Quyết định số 204-QĐ/ĐU.',
    );
    for (const n of ['201-QĐ/ĐU', '202-QĐ/ĐU', '203-QĐ/ĐU']) expect(doc(r, n)).toMatchObject({ date: '2025-10-28', issuer: 'Ban Thường vụ Đảng ủy phường Tân Lập' });
    expect(doc(r, '204-QĐ/ĐU')?.date).toBeNull();
  });

  it('dates the resolutions a council passed "đều mang ngày D:" before listing them', () => {
    const r = read(
      'Ngày 1/7/2025, HĐND xã Hải Bình tổ chức Kỳ họp thứ nhất. Kỳ họp biểu quyết thông qua 2 nghị quyết đều mang ngày 01/7/2025: Nghị quyết số 04/NQ-HĐND về chương trình giám sát; Nghị quyết số 05/NQ-HĐND thành lập Văn phòng HĐND và UBND xã.',
    );
    for (const n of ['04/NQ-HĐND', '05/NQ-HĐND']) expect(doc(r, n)?.date).toBe('2025-07-01');
  });

  it('reads the subject and the date before "đã ban hành hai quyết định."', () => {
    const r = read(
      'Trước đó, ngày 14/4/2019, Ban Thường vụ Huyện đoàn Tây Sơn đã ban hành hai quyết định. Câu lạc bộ Thanh niên khởi nghiệp ra đời theo Quyết định số 41-QĐ/HĐ; ' +
        'Quyết định số 42-QĐ/HĐ thành lập Chi đoàn Bệnh viện huyện.',
    );
    for (const n of ['41-QĐ/HĐ', '42-QĐ/HĐ']) expect(doc(r, n)).toMatchObject({ date: '2019-04-14', issuer: 'Ban Thường vụ Huyện đoàn Tây Sơn' });
  });

  it('gives a list opened by "X đã ban hành:" the date and subject of its lead', () => {
    const r = read(
      'Ngày 9/3/2018, Đảng ủy xã Phước Sơn đã ban hành:\n- Quyết định số 17-QĐ/ĐU thành lập Chi bộ Hợp tác xã Phước Sơn;\n- Quyết định số 18-QĐ/ĐU chỉ định Bí thư Chi bộ.\n\nCác chi bộ sinh hoạt đều đặn.',
    );
    for (const n of ['17-QĐ/ĐU', '18-QĐ/ĐU']) expect(doc(r, n)).toMatchObject({ date: '2018-03-09', issuer: 'Đảng ủy xã Phước Sơn' });
  });

  it('dates the numbers before "đều ký ngày D của X", and a list above "Các quyết định đều được ký ngày D"', () => {
    const r = read(
      'Hai tổ được thành lập theo Quyết định số 21/QĐ-HND và Quyết định số 22/QĐ-HND, đều ký ngày 5/6/2022 của Ban Thường vụ Hội Nông dân xã Tân Hòa.\n' +
        'Ông Lê Văn Thắng công bố các quyết định của Chủ tịch UBND huyện Tân Phú:\n- Quyết định số 310/QĐ-UBND thành lập Phòng Kinh tế;\n- Quyết định số 311/QĐ-UBND tổ chức lại Phòng Nội vụ.\nCác quyết định đều được ký ngày 20/6/2022.',
    );
    for (const n of ['21/QĐ-HND', '22/QĐ-HND']) expect(doc(r, n)).toMatchObject({ date: '2022-06-05', issuer: 'Ban Thường vụ Hội Nông dân xã Tân Hòa' });
    for (const n of ['310/QĐ-UBND', '311/QĐ-UBND']) expect(doc(r, n)).toMatchObject({ date: '2022-06-20', issuer: 'Chủ tịch Ủy ban nhân dân huyện Tân Phú' });
  });

  it('takes an office that signs a decision as its issuer, and the date of a clause before the subject', () => {
    const r = read(
      'Ngày 7/9/2021, ông Hoàng Văn Tùng, Chủ tịch UBND xã Đồng Tâm đã ký Quyết định số 98/QĐ-UBND thành lập Tổ an ninh. ' +
        'Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, ngày 2/10/2021 ' +
        'Ban Thường vụ Đảng ủy xã Đồng Tâm đã ký Quyết định số 60-QĐ/ĐU thành lập Tổ dân vận.',
    );
    expect(doc(r, '98/QĐ-UBND')).toMatchObject({ date: '2021-09-07', issuer: 'Chủ tịch Ủy ban nhân dân xã Đồng Tâm' });
    expect(doc(r, '60-QĐ/ĐU')).toMatchObject({ date: '2021-10-02', issuer: 'Ban Thường vụ Đảng ủy xã Đồng Tâm' });
    expect(doc(r, '05-CT/TW')).toMatchObject({ date: '2016-05-15', issuer: 'Bộ Chính trị' });
  });
});

describe('issuers that are the standing board of an association the lexicon does not name', () => {
  it('reads "Ban Thường vụ Hội Khuyến học phường X" and a special zone ("đặc khu") as its unit', () => {
    const r = read(
      'Chi hội được thành lập theo Quyết định số 21/QĐ-KH ngày 3/4/2024 của Ban Thường vụ Hội Khuyến học phường Vĩnh Phước. ' +
        'Tổ được lập theo Quyết định số 31/QĐ-HNC ngày 9/9/2025 của Ban Thường vụ Hội Nghề cá đặc khu Phú Quý.',
    );
    expect(r.documents.map((d) => d.issuer)).toEqual(['Ban Thường vụ Hội Khuyến học phường Vĩnh Phước', 'Ban Thường vụ Hội Nghề cá đặc khu Phú Quý']);
  });

  it('still reads a ward named "Hội ..." as a ward', () => {
    const r = read('Ngày 2/1/2026, Ủy ban MTTQ Việt Nam phường Hội An Tây tổ chức hội nghị. Hội LHPN phường Hội An Tây ban hành Kế hoạch số 03/KH-HPN ngày 9/1/2026.');
    expect(r.facts.adminUnits.map((u) => u.name)).toContain('phường Hội An Tây');
  });
});

describe('dates and issuers told after a list', () => {
  it('dates the numbers of a list of lines with "cùng ký ngày D của X" on the line after, and a list ended by ", cùng ngày D của X"', () => {
    const a = read(
      'Bà Lê Thị Nga công bố các quyết định thành lập:\n- Tổ an ninh khu phố 1: Quyết định số 301/QĐ-UBND;\n- khu phố 2: Quyết định số 302/QĐ-UBND,\n' +
        'cùng ký ngày 9/9/2020 của Chủ tịch UBND phường Tân Định.',
    );
    expect(a.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['301/QĐ-UBND', '2020-09-09', 'Chủ tịch Ủy ban nhân dân phường Tân Định'],
      ['302/QĐ-UBND', '2020-09-09', 'Chủ tịch Ủy ban nhân dân phường Tân Định'],
    ]);
    const b = read('Ban Thường vụ Tỉnh ủy đã ban hành các quyết định: Đảng bộ xã A được thành lập theo Quyết định số 11-QĐ/TU; Đảng bộ xã B theo Quyết định số 12-QĐ/TU, cùng ngày 20/6/2025 của Ban Thường vụ Tỉnh ủy Cao Bằng.');
    expect(b.documents.map((d) => d.date)).toEqual(['2025-06-20', '2025-06-20']);
  });

  it('dates a number "ký ngày D"', () => {
    expect(read('Theo Quyết định số 45/QĐ-HND ký ngày 2/10/2019, tổ có 8 thành viên.').documents[0].date).toBe('2019-10-02');
  });

  it('dates by "các quyết định đều ký ngày D" only the decisions above, not a law cited among them', () => {
    const r = read(
      'Ngày Luật số 30/2023/QH15 có hiệu lực, Chủ tịch UBND xã Tân Lợi đã ký các quyết định thành lập:\n' +
        '1. Tổ bảo vệ an ninh ấp Bờ Đập (Quyết định số 71/QĐ-UBND);\n' +
        '2. ấp Rạch Lùm (Quyết định số 72/QĐ-UBND),\n' +
        'các quyết định đều ký ngày 28/6/2024.',
    );
    expect(doc(r, '30/2023/QH15')?.date).toBeNull();
    expect([doc(r, '71/QĐ-UBND')?.date, doc(r, '72/QĐ-UBND')?.date]).toEqual(['2024-06-28', '2024-06-28']);
  });

  it('gives the decisions "Chủ tịch UBND xã đã ký" the office as their issuer', () => {
    const r = read('Ngày 28/6/2024, Chủ tịch UBND xã Tân Lợi đã ký các quyết định thành lập:\n1. Tổ bảo vệ an ninh ấp Bờ Đập (Quyết định số 71/QĐ-UBND);\n2. ấp Rạch Lùm (Quyết định số 72/QĐ-UBND).');
    expect(r.documents.map((d) => d.issuer)).toEqual(['Chủ tịch Ủy ban nhân dân xã Tân Lợi', 'Chủ tịch Ủy ban nhân dân xã Tân Lợi']);
  });
});

