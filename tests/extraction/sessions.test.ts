import { read } from './helpers';

describe('sessions', () => {
  it('reads a dated working session with its chair "làm Trưởng đoàn" and its participants', () => {
    const r = read(
      'Ngày 15/9/2024, Đoàn công tác của Ban Thường vụ Huyện ủy do đồng chí Tạ Văn Hải, Bí thư Huyện ủy làm Trưởng đoàn đã có buổi làm việc với Đảng ủy xã Hòa Lợi. ' +
        'Tham gia đoàn có đồng chí Kiều Thị Nga, Trưởng Ban Dân vận Huyện ủy.',
    );
    expect(r.sessions).toEqual([{ date: '2024-09-15', kind: 'WORKING_SESSION', chair: 'Tạ Văn Hải', participants: ['Tạ Văn Hải', 'Kiều Thị Nga'] }]);
  });

  it('takes the chair from "Chủ trì ... có" and from "X ... chủ trì"', () => {
    const a = read('Sáng ngày 02/10/2023, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị. Chủ trì hội nghị có ông Vương Đình Huệ, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.');
    expect(a.sessions[0].chair).toBe('Vương Đình Huệ');
    const b = read('Chiều 20/5/2022, đồng chí Đinh Văn Cường - Phó Chủ tịch UBND huyện chủ trì cuộc họp giao ban.');
    expect(b.sessions[0].chair).toBe('Đinh Văn Cường');
  });

  it('resolves a role-only back-reference as the chair', () => {
    const r = read(
      'Ngày 11/3/2025, Thường trực Huyện ủy làm việc với Hội Nông dân huyện. Dự buổi làm việc có đồng chí Nông Văn Tú, Bí thư Huyện ủy.\n' +
        'Chủ trì buổi làm việc là đồng chí Bí thư Huyện ủy.',
    );
    expect(r.sessions[0].chair).toBe('Nông Văn Tú');
  });

  it('reads two sessions in one article and keeps their people apart', () => {
    const r = read(
      'Ngày 22/8/2025, Đại hội Đảng bộ xã Quang Trung tiến hành phiên trù bị. Đồng chí Lưu Văn Bảo, Bí thư Đảng ủy xã chủ trì phiên trù bị.\n' +
        'Sáng ngày 23/8/2025, Đại hội chính thức khai mạc. Dự đại hội có đồng chí Kim Văn Thọ, Phó Chủ tịch UBND tỉnh.',
    );
    expect(r.sessions.map((s) => [s.date, s.kind, s.chair, s.participants])).toEqual([
      ['2025-08-22', 'CONGRESS', 'Lưu Văn Bảo', ['Lưu Văn Bảo']],
      ['2025-08-23', 'CONGRESS', null, ['Kim Văn Thọ']],
    ]);
  });

  it('skips planned events and dates inside a sentence', () => {
    const r = read(
      'Theo dự kiến, kỳ họp sẽ được tổ chức vào ngày 01/7/2021. Ngày 5/7/2021, kỳ họp sẽ khai mạc tại hội trường. Báo cáo kết quả từ ngày 01/01/2021 đến nay.',
    );
    expect(r.sessions).toEqual([]);
  });

  it('reads date forms, takes a missing year from the publication date, else writes --MM-DD', () => {
    expect(read('Chiều ngày 30 tháng 6 năm 2022, Thường trực Huyện ủy có buổi làm việc với các đoàn thể.').sessions[0].date).toBe('2022-06-30');
    expect(read('Ngày 08/5, Ban Thường vụ Huyện ủy làm việc với Huyện đoàn.').sessions[0].date).toBe('--05-08');
    expect(read('Ngày 08/5, Ban Thường vụ Huyện ủy làm việc với Huyện đoàn.', { publishedAt: '2024-05-09' }).sessions[0].date).toBe('2024-05-08');
    expect(read('Sáng 30/12, Huyện ủy tổ chức hội nghị tổng kết.', { publishedAt: '2025-01-02' }).sessions[0].date).toBe('2024-12-30');
  });

  it('gives the same session ids for the same article', () => {
    const text = 'Ngày 7/8/2025, Đảng ủy xã Bình An tổ chức hội nghị. Đồng chí Tô Văn Kiên, Bí thư Đảng ủy chủ trì.';
    expect(read(text).facts.sessions.map((s) => s.id)).toEqual(read(text).facts.sessions.map((s) => s.id));
  });
});

describe('sessions written other ways', () => {
  it('reads "Sáng nay (12/3)", a stretch of days, and a delegation "dẫn đầu" by its chair', () => {
    const a = read('Sáng nay (12/3), Ban Thường vụ Thành ủy tổ chức hội nghị quán triệt nghị quyết.', { publishedAt: '2024-03-12' });
    expect(a.sessions.map((s) => s.date)).toEqual(['2024-03-12']);
    const b = read('Trong 2 ngày (12-13/3/2024), Hội Liên hiệp Phụ nữ huyện tổ chức đại hội đại biểu lần thứ XV.');
    expect(b.sessions.map((s) => s.date)).toEqual(['2024-03-12']);
    const c = read('Ngày 28-29/6/2023, Hội Nông dân tỉnh tổ chức đại hội đại biểu lần thứ X.');
    expect(c.sessions.map((s) => s.date)).toEqual(['2023-06-28']);
    const d = read('Ngày 4/10/2024, đoàn công tác của Tỉnh ủy do đ/c Châu Văn Lâm, Phó Bí thư Tỉnh ủy dẫn đầu đã kiểm tra tại huyện.');
    expect(d.sessions[0].chair).toBe('Châu Văn Lâm');
    const e = read('Chiều 9/9/2024, hội nghị diễn ra dưới sự chủ trì của đồng chí Giàng A Chu, Chủ tịch UBND huyện.');
    expect(e.sessions[0].chair).toBe('Giàng A Chu');
  });
});

describe('dates after an opening clause', () => {
  it('reads a date between commas after an opening clause, not a document date', () => {
    const a = read('Thực hiện kế hoạch của Huyện ủy, sáng ngày 15/4/2024, Đảng ủy xã Yên Lạc tổ chức hội nghị sơ kết.');
    expect(a.sessions.map((s) => s.date)).toEqual(['2024-04-15']);
    const b = read('Thực hiện Kế hoạch số 05/KH-UBND, ngày 3/2/2024, của UBND huyện về tổ chức hội nghị, các xã đã triển khai.');
    expect(b.sessions).toEqual([]);
  });
});

describe('two events on one day', () => {
  it('reads "Chiều cùng ngày" as a second session of that date, led by the visitor', () => {
    const r = read(
      'Sáng 5-4-2022, đồng chí Lò Văn Pấng, Phó Bí thư Tỉnh ủy đã có buổi làm việc với Đảng ủy xã Mường Chanh. Dự có đồng chí Cầm Thị Lả, Bí thư Đảng ủy xã.\n' +
        'Chiều cùng ngày, đồng chí Lò Văn Pấng tiếp tục làm việc với Huyện ủy Mai Sơn. Tiếp đoàn có đồng chí Vì Văn Toản, Bí thư Huyện ủy Mai Sơn.',
    );
    expect(r.sessions.map((s) => [s.date, s.chair, s.participants])).toEqual([
      ['2022-04-05', 'Lò Văn Pấng', ['Lò Văn Pấng', 'Cầm Thị Lả']],
      ['2022-04-05', 'Lò Văn Pấng', ['Lò Văn Pấng', 'Vì Văn Toản']],
    ]);
  });

  it('reads a chaired or held event "cùng ngày" after a date without a part of the day as its own, a visit going on as the same', () => {
    const a = read(
      'Ngày 02/7/2025, HĐND xã Tân Phong tổ chức kỳ họp thứ nhất. Đồng chí Lê Văn Hòa, Chủ tịch HĐND xã chủ tọa kỳ họp.\n' +
        'Ngay sau kỳ họp, 15 giờ cùng ngày, Chủ tịch UBND xã Đặng Thị Yến chủ trì phiên họp thứ nhất của UBND xã.',
    );
    expect(a.sessions.map((s) => [s.date, s.chair])).toEqual([['2025-07-02', 'Lê Văn Hòa'], ['2025-07-02', 'Đặng Thị Yến']]);
    const b = read(
      'Ngày 12/1/2025, đoàn công tác do đồng chí Vừ A Sình, Phó Bí thư Tỉnh ủy dẫn đầu đã thăm, chúc Tết các gia đình chính sách xã Pa Vây Sử.\n' +
        'Chiều cùng ngày, đoàn đến thăm, tặng quà cán bộ, chiến sĩ Đồn Biên phòng Pa Vây Sử.',
    );
    expect(b.sessions.map((s) => s.date)).toEqual(['2025-01-12']);
  });

  it('keeps a morning and an afternoon of one date apart, a restated date together', () => {
    const a = read('Sáng 9/6/2023, Ban Thường vụ Huyện ủy tổ chức hội nghị.\nChiều 9/6/2023, Ban Thường vụ Huyện ủy làm việc với Hội Nông dân huyện.');
    expect(a.sessions.map((s) => s.date)).toEqual(['2023-06-09', '2023-06-09']);
    const b = read('Ngày 9/6/2023, Ban Thường vụ Huyện ủy tổ chức hội nghị.\nSáng 9/6/2023, hội nghị đã thảo luận các văn bản.');
    expect(b.sessions.map((s) => s.date)).toEqual(['2023-06-09']);
  });
});


describe('chairs written other ways', () => {
  it('takes the first of two who "đồng chủ trì" and reads offices in brackets', () => {
    const a = read('Ngày 6/6/2024, Huyện ủy Chợ Đồn tổ chức hội nghị. Đồng chí Hà Văn Khởi – Bí thư Huyện ủy và đồng chí Mông Thị Tuyết – Phó Bí thư Thường trực Huyện ủy đồng chủ trì hội nghị.');
    expect(a.sessions[0].chair).toBe('Hà Văn Khởi');
    const b = read('Sáng 9/9/2023, Đoàn giám sát của HĐND huyện Ba Bể do ông Nông Văn Hiếu (Phó Chủ tịch HĐND huyện) làm Trưởng đoàn đã giám sát tại xã Cao Thượng.');
    expect(b.sessions[0].chair).toBe('Nông Văn Hiếu');
    expect(b.positions('Nông Văn Hiếu')).toEqual([{ title: 'Phó Chủ tịch', org: 'Hội đồng nhân dân huyện Ba Bể' }]);
  });
});

describe('sessions led by an agency mark or a bullet, chaired by "điều hành"', () => {
  it('reads a session after an agency mark in brackets and after a bullet', () => {
    const r = read(
      '(TTXVN) - Chiều 4-9-2025, Đoàn công tác của Ban Thường vụ Tỉnh ủy do đồng chí Nông Văn Hải làm Trưởng đoàn đã làm việc với Đảng ủy xã Quảng Uyên.\n' +
        '* Sáng 6-9-2025, Ban Thường vụ Đảng ủy xã Quảng Uyên tổ chức hội nghị. Đồng chí Lục Thị Mai, Bí thư Đảng ủy xã điều hành hội nghị.\n' +
        'Đồng chí Phó Giám đốc Sở được giao điều hành hoạt động của Sở.',
    );
    expect(r.sessions.map((s) => [s.date, s.chair])).toEqual([['2025-09-04', 'Nông Văn Hải'], ['2025-09-06', 'Lục Thị Mai']]);
  });

  it('ends a list after a plural title at a name that has offices of its own', () => {
    const r = read('Dự có các Phó Chủ tịch HĐND tỉnh: Lê Văn Hòa, Đinh Thị Hương; Trịnh Văn Khải, UVTW Đảng, Bí thư Tỉnh ủy Hà Nam.');
    expect(r.positions('Đinh Thị Hương')).toEqual([{ title: 'Phó Chủ tịch', org: 'Hội đồng nhân dân tỉnh Hà Nam' }]);
    expect(r.positions('Trịnh Văn Khải')).toEqual([
      { title: 'Ủy viên Trung ương Đảng', org: 'Ban Chấp hành Trung ương Đảng' },
      { title: 'Bí thư', org: 'Tỉnh ủy Hà Nam' },
    ]);
  });
});

describe('sentences around abbreviations and agency marks', () => {
  it('does not end a sentence at "TP." or "TX.", and reads a session after "BHG - "', () => {
    const r = read(
      'Chiều 11/5, tại nhà văn hóa khu phố 3, Đảng ủy phường Tân Hiệp (TP. Biên Hòa) tổ chức lễ công bố quyết định thành lập Chi bộ khu phố 3.\n' +
        'BPO - Sáng 13/5, Đoàn kiểm tra của UBKT Tỉnh ủy tổ chức hội nghị công bố quyết định kiểm tra.',
      { publishedAt: '2023-05-14' },
    );
    expect(r.sessions.map((s) => s.date)).toEqual(['2023-05-11', '2023-05-13']);
  });
});

describe('chairs who open and preside', () => {
  it('reads "khai mạc và chủ tọa kỳ họp" as the chair', () => {
    const r = read('Ngày 27/3/2026, HĐND phường An Hòa tổ chức Kỳ họp thứ nhất. Đ/c Danh Sơn - Bí thư Đảng ủy phường khai mạc và chủ tọa kỳ họp.');
    expect(r.sessions[0].chair).toBe('Danh Sơn');
  });

  it('reads "do đồng chí X ... làm chủ tọa" as the chair', () => {
    const r = read('Sáng 9/10/2025, Đảng bộ xã Tà Xùa tổ chức Đại hội lần thứ I. Đoàn Chủ tịch do đồng chí Mùa A Chu, Bí thư Đảng ủy xã làm chủ tọa.');
    expect(r.sessions[0].chair).toBe('Mùa A Chu');
  });
});

describe('chairs named first in a list of subjects', () => {
  it('takes the first of the subjects joined by "và" before the chair word', () => {
    const a = read(
      'Sáng 4/11/2024, Đảng ủy xã Tân Lập tổ chức hội nghị. Đồng chí Mai Văn Khuê, Bí thư Đảng ủy xã và đồng chí Tống Thị Yến, Phó Bí thư Đảng ủy xã điều hành hội nghị.',
    );
    expect(a.sessions[0].chair).toBe('Mai Văn Khuê');
    const b = read(
      'Ngày 2/12/2024, HĐND huyện Yên Thủy tổ chức kỳ họp. Đồng chí Quách Văn Hào, Chủ tịch HĐND huyện và các Phó Chủ tịch HĐND huyện: Bùi Thị Nhàn, Đinh Văn Lựu chủ trì kỳ họp.',
    );
    expect(b.sessions[0].chair).toBe('Quách Văn Hào');
  });

  it('keeps the chair where the list is of guests, or the subjects are not joined', () => {
    const a = read(
      'Ngày 2/12/2024, HĐND huyện Yên Thủy tổ chức kỳ họp. Dự kỳ họp có đồng chí Quách Văn Hào, Bí thư Huyện ủy; đồng chí Bùi Thị Nhàn và đồng chí Đinh Văn Lựu chủ trì kỳ họp.',
    );
    expect(a.sessions[0].chair).toBe('Bùi Thị Nhàn');
    const b = read('Ngày 2/12/2024, HĐND huyện Yên Thủy tổ chức kỳ họp. Dự có đồng chí Quách Văn Hào và đồng chí Bùi Thị Nhàn, Chủ tịch HĐND huyện chủ trì.');
    expect(b.sessions[0].chair).toBe('Bùi Thị Nhàn');
  });

  it('lets the subject who "đã đi kiểm tra" lead the inspection', () => {
    const r = read('Sáng 21/7/2025, đồng chí Lương Văn Tám, Chủ tịch UBND huyện Bảo Lạc đã đi kiểm tra công trình thủy lợi tại xã Cốc Pàng.');
    expect(r.sessions[0].chair).toBe('Lương Văn Tám');
  });
});

describe('meetings of a cell', () => {
  it('reads a cell\'s regular meeting attended by a visitor, chaired by its secretary', () => {
    const r = read(
      'Ngày 12/9/2024, đồng chí Ksor Hlinh - Phó Bí thư Huyện ủy đã dự sinh hoạt chi bộ định kỳ tại Chi bộ buôn Ea Rớt. Đồng chí Y Khuê - Bí thư Chi bộ chủ trì buổi sinh hoạt.',
    );
    expect(r.sessions.map((s) => [s.date, s.chair])).toEqual([['2024-09-12', 'Y Khuê']]);
  });

  it('reads no session from "sinh hoạt" as daily life', () => {
    expect(read('Ngày 12/9/2024, xã đã đưa vào sử dụng công trình nước sinh hoạt cho 200 hộ dân.').sessions).toEqual([]);
  });
});


describe('session dates written other ways', () => {
  it('reads a dated clause after a semicolon as its own event', () => {
    const r = read('Ngày 3/10/2025, Đại hội đại biểu Hội Nông dân xã Tà Xùa tiến hành phiên trù bị; ngày 4/10/2025, đại hội khai mạc phiên chính thức.');
    expect(r.sessions.map((s) => s.date)).toEqual(['2025-10-03', '2025-10-04']);
  });

  it('reads "Từ 8h00 sáng D", "Tối D vừa qua," and an event named before its date', () => {
    expect(read('Từ 7h30 sáng 12-4-2022, tại hội trường xã, Ủy ban MTTQ xã Mỹ Hòa tổ chức hội nghị tổng kết.').sessions.map((s) => s.date)).toEqual(['2022-04-12']);
    expect(read('Tối 20/11/2024 vừa qua, Ban công tác Mặt trận khu phố 3 tổ chức Ngày hội Đại đoàn kết.').sessions.map((s) => s.date)).toEqual(['2024-11-20']);
    const r = read('Vừa qua, Đoàn kiểm tra của Ban Thường vụ Huyện ủy Quảng Trạch do đồng chí Lê Văn Thái dẫn đầu đã làm việc với Đảng ủy xã Quảng Hợp. Buổi làm việc diễn ra ngày 9/11/2016 tại trụ sở Đảng ủy xã.');
    expect(r.sessions.map((s) => [s.date, s.chair])).toEqual([['2016-11-09', 'Lê Văn Thái']]);
    expect(read('Hội nghị tổng kết dự kiến diễn ra vào ngày 20/12/2024 tại hội trường xã.').sessions).toEqual([]);
  });
});

describe('chairs named by their office alone', () => {
  it('reads "Chủ tịch UBMTTQ xã chủ trì" as the holder the article names, and "Chủ trì, điều hành hội nghị: bà X"', () => {
    const a = read(
      'Ngày 4/5/2017, Ủy ban MTTQ xã Vĩnh Trường tổ chức hội nghị ra mắt Tổ hòa giải ấp Vĩnh Lợi. Chủ tịch UBMTTQ xã chủ trì hội nghị. ' +
        'Ông Châu Văn Sết, Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Trường cho biết tổ có 7 thành viên.',
    );
    expect(a.sessions.map((s) => s.chair)).toEqual(['Châu Văn Sết']);
    const b = read('Chiều 8/6/2022, Ủy ban MTTQ huyện tổ chức hội nghị cử tri. Chủ trì, điều hành hội nghị: bà Mấu Thị Hoa – Phó Chủ tịch Ủy ban MTTQ huyện.');
    expect(b.sessions.map((s) => s.chair)).toEqual(['Mấu Thị Hoa']);
  });

  it('does not read a commune into a person the text names with an honorific', () => {
    const r = read('Sáng 3/4/2019, Hội CCB xã Vĩnh Lộc tổ chức hội nghị. Chủ tịch Hội CCB xã Danh Sơn chủ trì hội nghị. Ông Danh Sơn trao giấy khen cho 5 hội viên.');
    expect(r.sessions.map((s) => s.chair)).toEqual(['Danh Sơn']);
    expect(r.positions('Danh Sơn')).toEqual([{ title: 'Chủ tịch', org: 'Hội Cựu chiến binh xã Vĩnh Lộc' }]);
  });
});
