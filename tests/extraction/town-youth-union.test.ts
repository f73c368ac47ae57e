import { read } from './helpers';

describe('the Youth Union of a town or an urban district', () => {
  it('reads "Thị đoàn" and "Quận đoàn" as the Youth Union committee of their unit', () => {
    const r = read('Ngày 26/3/2023, Thị đoàn Nghi Sơn tổ chức lễ kỷ niệm. Dự có anh Lương Đức Mạnh, Bí thư Thị đoàn; chị Vi Thị Thắm, Phó Bí thư Quận đoàn Hải An.');
    expect(r.positions('Lương Đức Mạnh')).toEqual([{ title: 'Bí thư', org: 'Thị đoàn Nghi Sơn' }]);
    expect(r.positions('Vi Thị Thắm')).toEqual([{ title: 'Phó Bí thư', org: 'Quận đoàn Hải An' }]);
  });

  it('reads the standing committee of a "Thị đoàn" as a document\'s issuer', () => {
    const r = read('Thị đoàn Kỳ Anh ban hành Kế hoạch số 15-KH/TĐTN ngày 4/4/2024 của Ban Thường vụ Thị đoàn về tháng thanh niên.');
    expect(r.documents.map((d) => d.issuer)).toEqual(['Ban Thường vụ Thị đoàn Kỳ Anh']);
  });

  it('leaves "Thị ủy" the Party committee', () => {
    const r = read('Ngày 26/3/2023, Thị ủy Nghi Sơn tổ chức hội nghị. Dự có ông Lê Văn Tuyến, Bí thư Thị ủy.');
    expect(r.positions('Lê Văn Tuyến')).toEqual([{ title: 'Bí thư', org: 'Thị ủy Nghi Sơn' }]);
  });
});
