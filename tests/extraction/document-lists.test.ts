import { read } from './helpers';

describe('numbers listed after one issuing verb', () => {
  it('gives items after semicolons the issuer and day of the verb that opens the list', () => {
    const r = read(
      'Ngày 12/3/2025, Ban Thường vụ Huyện ủy Bảo Lạc ban hành Quyết định số 402-QĐ/HU về việc kiện toàn Ban Chỉ đạo công tác dân vận; ' +
        'Quyết định số 403-QĐ/HU về việc phân công nhiệm vụ các ủy viên; và Quyết định số 404-QĐ/HU về việc điều động cán bộ.',
    );
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['402-QĐ/HU', '2025-03-12', 'Ban Thường vụ Huyện ủy Bảo Lạc'],
      ['403-QĐ/HU', '2025-03-12', 'Ban Thường vụ Huyện ủy Bảo Lạc'],
      ['404-QĐ/HU', '2025-03-12', 'Ban Thường vụ Huyện ủy Bảo Lạc'],
    ]);
  });

  it('keeps a number after a semicolon that opens another clause apart', () => {
    const r = read(
      'Ngày 12/3/2025, Ban Thường vụ Huyện ủy Bảo Lạc ban hành Quyết định số 402-QĐ/HU về việc kiện toàn Ban Chỉ đạo; ' +
        'các xã triển khai theo Quyết định số 17-QĐ/ĐU.',
    );
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['402-QĐ/HU', '2025-03-12', 'Ban Thường vụ Huyện ủy Bảo Lạc'],
      ['17-QĐ/ĐU', null, null],
    ]);
  });

  it('does not share a day written after the first number', () => {
    const r = read(
      'Ban Thường vụ Huyện ủy Bảo Lạc ban hành Quyết định số 402-QĐ/HU ngày 12/3/2025 về việc kiện toàn Ban Chỉ đạo; Quyết định số 403-QĐ/HU về việc phân công nhiệm vụ.',
    );
    expect(r.documents.map((d) => [d.number, d.date])).toEqual([
      ['402-QĐ/HU', '2025-03-12'],
      ['403-QĐ/HU', null],
    ]);
  });
});
