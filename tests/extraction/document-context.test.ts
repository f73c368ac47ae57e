import { read } from './helpers';

describe('what the sentences around a number say of it', () => {
  it('gives a number dated "cùng ngày" the issuer of the one before when their issuer codes agree', () => {
    const r = read(
      'Đồng chí Hà Văn Sơn công bố Quyết định số 312-QĐ/HU ngày 4/5/2024 của Ban Thường vụ Huyện ủy Bảo Lạc về việc thành lập Chi bộ Trường THPT Bảo Lạc, ' +
        'và Quyết định số 313-QĐ/HU cùng ngày về việc chỉ định chi ủy; Kế hoạch số 21/KH-UBND cùng ngày về kiểm tra.',
    );
    expect(r.documents.find((d) => d.number === '313-QĐ/HU')).toMatchObject({ date: '2024-05-04', issuer: 'Ban Thường vụ Huyện ủy Bảo Lạc' });
    expect(r.documents.find((d) => d.number === '21/KH-UBND')?.issuer).toBeNull();
  });

  it('reads the body that "ra Quyết định", not a clause ending in "diễn ra"', () => {
    const r = read(
      'Xã Mường Mô có 14 bản. Xã Mường Mô tổ chức hội nghị. Ngoài ra, Đảng ủy xã đã ra Quyết định số 31-QĐ/ĐU thành lập Chi bộ Trạm Y tế xã Mường Mô. ' +
        'Hội nghị của Đảng ủy xã diễn ra Chỉ thị số 05-CT/TW vẫn được quán triệt.',
    );
    expect(r.documents.find((d) => d.number === '31-QĐ/ĐU')?.issuer).toBe('Đảng ủy xã Mường Mô');
    expect(r.documents.find((d) => d.number === '05-CT/TW')?.issuer).toBeNull();
  });

  it('gives resolutions a council passed, the council written bare, the council that held the session', () => {
    const r = read(
      'Chiều 30/9/2025, HĐND xã Ea Kiết tổ chức kỳ họp chuyên đề. HĐND xã đã bầu bổ sung Phó Chủ tịch UBND xã; thông qua Nghị quyết số 21/NQ-HĐND và Nghị quyết số 22/NQ-HĐND ngày 30/9/2025.',
    );
    expect(r.documents.map((d) => d.issuer)).toEqual(['Hội đồng nhân dân xã Ea Kiết', 'Hội đồng nhân dân xã Ea Kiết']);
  });

  it('gives a number a conference issued the body that held it, and no date the text does not give', () => {
    const r = read(
      'Sáng 6/1, Ban Chấp hành Đảng bộ phường Tân Mai tổ chức Hội nghị lần thứ 4. Hội nghị đã thảo luận, thống nhất ban hành Nghị quyết số 11-NQ/ĐU về nhiệm vụ năm 2026.',
    );
    expect(r.documents[0]).toMatchObject({ issuer: 'Ban Chấp hành Đảng bộ phường Tân Mai', date: null });
  });

  it('reads joint resolutions with long issuer codes and a "Chương trình hành động"', () => {
    const r = read(
      'Theo Nghị quyết liên tịch số 03/2026/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN và Chương trình hành động số 07-CTr/TU ngày 2/3/2021 của Tỉnh ủy Tây Ninh.',
    );
    expect(r.documents.map((d) => [d.number, d.type])).toEqual([
      ['03/2026/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', 'Nghị quyết liên tịch'],
      ['07-CTr/TU', 'Chương trình hành động'],
    ]);
  });
});

describe('foundings told in a clause', () => {
  it('reads a body founded as the object of a reporting verb, not a clause about how a founding is done', () => {
    const r = read(
      'Báo cáo với đoàn, đồng chí Vừ A Dính cho biết Đảng bộ xã Sà Phìn được thành lập theo Quyết định số 1511-QĐ/TU ngày 28/6/2025 của Ban Thường vụ Tỉnh ủy Tuyên Quang. ' +
        'Việc thành lập chi bộ được thực hiện theo Hướng dẫn số 09-HD/BTCTU ngày 1/7/2025 của Ban Tổ chức Tỉnh ủy.',
    );
    expect(r.foundings).toEqual([{ org: 'Đảng bộ xã Sà Phìn', number: '1511-QĐ/TU' }]);
  });
});

describe('issuers told by the numbers around one', () => {
  it('keeps the issuer and date after a list to the last number when the issuer codes differ', () => {
    const r = read('Hội nghị quán triệt Chỉ thị 42-CT/TW và Kế hoạch số 09-KH/ĐU ngày 20/2/2025 của Đảng ủy xã Yên Sơn về công tác phòng, chống thiên tai.');
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['42-CT/TW', null, null],
      ['09-KH/ĐU', '2025-02-20', 'Đảng ủy xã Yên Sơn'],
    ]);
  });

  it('leaves a number of the same code that only bears the same date without an issuer', () => {
    const r = read(
      'Đồng chí Trần Văn Hưng công bố Quyết định số 511-QĐ/HU ngày 2/8/2024 của Ban Thường vụ Huyện ủy Lạc Sơn về việc điều động cán bộ. ' +
        'Quyết định số 512-QĐ/HU ngày 2/8/2024 chỉ định đồng chí Bùi Văn Thắng giữ chức Bí thư Đảng ủy xã.',
    );
    expect(r.documents.map((d) => d.issuer)).toEqual(['Ban Thường vụ Huyện ủy Lạc Sơn', null]);
  });

  it('gives a number attached to the one before ("kèm theo") its issuer', () => {
    const r = read(
      'Ban Thường vụ Đảng ủy phường Tân An ban hành Kế hoạch số 14-KH/ĐU về thực hiện nghị quyết đại hội; kèm theo Chương trình hành động số 03-CTr/ĐU với 6 nhóm giải pháp. ' +
        'Các chi bộ thực hiện theo Chương trình số 04-CTr/ĐU.',
    );
    expect(r.documents.map((d) => d.issuer)).toEqual(['Ban Thường vụ Đảng ủy phường Tân An', 'Ban Thường vụ Đảng ủy phường Tân An', null]);
  });

  it('gives a decision the body that "quyết định" before its number', () => {
    const r = read(
      'Ủy ban Kiểm tra Đảng ủy xã Tà Hộc tổ chức kỳ họp. Ủy ban Kiểm tra quyết định thi hành kỷ luật bằng hình thức khiển trách (Quyết định số 07-QĐ/UBKTĐU ngày 5/3/2025). ' +
        'Đoàn đã công bố quyết định số 08-QĐ/UBKTĐU.',
    );
    expect(r.documents.map((d) => d.issuer)).toEqual(['Ủy ban Kiểm tra Đảng ủy xã Tà Hộc', null]);
  });

  it('gives a decision the body that acted on it ("được X chọn ... theo"), when its code names that kind', () => {
    const r = read(
      'Chi bộ thôn Đồng Tâm được Ban Thường vụ Đảng ủy xã Quảng Hòa chọn tổ chức đại hội điểm theo Quyết định số 41-QĐ/ĐU ngày 3/3/2025. ' +
        'Xã được UBND huyện hỗ trợ kinh phí theo Quyết định số 87-QĐ/HU.',
    );
    expect(r.documents.map((d) => d.issuer)).toEqual(['Ban Thường vụ Đảng ủy xã Quảng Hòa', null]);
    const committee = read('Đảng bộ xã Yên Sơn là đại hội điểm của huyện Lục Yên, được Ban Thường vụ Huyện ủy lựa chọn theo Quyết định số 221 - QĐ/HU ngày 12/5/2020.');
    expect(committee.documents.map((d) => d.issuer)).toEqual(['Ban Thường vụ Huyện ủy Lục Yên']);
  });

  it('gives a council resolution dated the day of the council session that told it the council', () => {
    const r = read(
      'Sáng 8/7/2025, HĐND xã Nậm Cang tổ chức kỳ họp thứ hai. Kết quả bầu cử được thể hiện tại Nghị quyết số 07/NQ-HĐND ngày 8/7/2025. ' +
        'Kỳ họp cũng xem xét Nghị quyết số 02/NQ-HĐND ngày 1/7/2025.',
    );
    expect(r.documents.map((d) => d.issuer)).toEqual(['Hội đồng nhân dân xã Nậm Cang', null]);
  });

  it('dates numbers listed before "cùng ký ngày", and gives numbers a "Cụ thể," sentence details the issuer and date told before', () => {
    const r = read(
      'Ban Thường vụ Đảng ủy Công an huyện Krông Pa quyết định thành lập hai chi bộ. Theo đó, Chi bộ Công an xã Ia Mlah được thành lập theo Quyết định số 21-QĐ/ĐUCA, ' +
        'Chi bộ Công an xã Ia Rsai theo Quyết định số 22-QĐ/ĐUCA, cùng ký ngày 14/10/2020.\n' +
        'Ngày 11/8/2025, Ban Thường vụ Đảng ủy phường Phú Thạnh đã ký các quyết định thành lập chi bộ khu phố. Cụ thể, Chi bộ Khu phố 1 (Quyết định số 51-QĐ/ĐU) được thành lập trên cơ sở hợp nhất hai chi bộ.',
    );
    const doc = (n: string) => r.documents.find((d) => d.number === n)!;
    expect([doc('21-QĐ/ĐUCA').date, doc('22-QĐ/ĐUCA').date]).toEqual(['2020-10-14', '2020-10-14']);
    expect(doc('21-QĐ/ĐUCA').issuer).toBe('Ban Thường vụ Đảng ủy Công an huyện Krông Pa');
    expect(doc('51-QĐ/ĐU')).toMatchObject({ date: '2025-08-11', issuer: 'Ban Thường vụ Đảng ủy phường Phú Thạnh' });
  });
});
