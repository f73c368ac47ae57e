import { read } from './helpers';

describe('numbered documents and foundings', () => {
  it('reads Party and state numbers with type, date, issuer, subject and their codes', () => {
    const r = read(
      'Thực hiện Nghị quyết số 15 - NQ/TU, ngày 3/2/2022 của Ban Thường vụ Tỉnh ủy Yên Bái về phát triển du lịch và ' +
        'Kế hoạch số 27/KH-UBND ngày 12 tháng 3 năm 2023 của Ủy ban nhân dân huyện Lục Yên, xã đã triển khai nhiều mô hình.',
    );
    expect(r.documents).toEqual([
      { number: '15-NQ/TU', type: 'Nghị quyết', date: '2022-02-03', issuer: 'Ban Thường vụ Tỉnh ủy Yên Bái', kindCode: 'NQ', issuerCode: 'TU', subject: 'phát triển du lịch' },
      { number: '27/KH-UBND', type: 'Kế hoạch', date: '2023-03-12', issuer: 'Ủy ban nhân dân huyện Lục Yên', kindCode: 'KH', issuerCode: 'UBND', subject: null },
    ]);
  });

  it('reads a document without a date or issuer, and shares an issuer written once for two', () => {
    const r = read('Quán triệt Quyết định số 99-QĐ/TW và Quyết định số 100-QĐ/TW của Bộ Chính trị; thực hiện Hướng dẫn 05-HD/BTGTU.');
    expect(r.documents.map((d) => [d.number, d.type, d.date, d.issuer])).toEqual([
      ['99-QĐ/TW', 'Quyết định', null, 'Bộ Chính trị'],
      ['100-QĐ/TW', 'Quyết định', null, 'Bộ Chính trị'],
      ['05-HD/BTGTU', 'Hướng dẫn', null, null],
    ]);
  });

  it('keeps the same Party number of two issuers apart (numbers restart per issuer)', () => {
    const r = read('Theo Quyết định số 12-QĐ/ĐU của Đảng ủy xã An Phú và Quyết định số 12-QĐ/ĐU của Đảng ủy xã An Bình.');
    const ids = r.facts.documents.map((d) => d.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('reads foundings written three ways', () => {
    const a = read('Chi bộ Công an xã Thạnh Lợi được thành lập theo Quyết định số 45-QĐ/ĐU ngày 2/8/2025 của Đảng ủy xã Thạnh Lợi.');
    expect(a.foundings).toEqual([{ org: 'Chi bộ Công an xã Thạnh Lợi', number: '45-QĐ/ĐU' }]);
    const b = read('Theo Quyết định số 310-QĐ/HU ngày 9/9/2024 của Huyện ủy Đức Cơ, Đảng bộ xã Ia Dơk được thành lập với 210 đảng viên.');
    expect(b.foundings).toEqual([{ org: 'Đảng bộ xã Ia Dơk', number: '310-QĐ/HU' }]);
    const c = read('Ban Thường vụ Huyện ủy ban hành Quyết định số 77-QĐ/HU về việc thành lập Chi bộ Trường Mầm non Sao Mai.');
    expect(c.foundings).toEqual([{ org: 'Chi bộ Trường Mầm non Sao Mai', number: '77-QĐ/HU' }]);
  });

  it('finds no document in dates, scores or page numbers', () => {
    expect(read('Ngày 7/7/2024, 7/7 thôn đạt chuẩn; tỷ lệ 30/34 hộ; trang 1/12.').documents).toEqual([]);
  });
});

describe('documents written other ways', () => {
  it('reads a numbered letter without a kind code, a resolution of a plenum, and a "Thông báo kết luận"', () => {
    const r = read(
      'Thực hiện Công văn số 1234/UBND-VP ngày 2/3/2024 của UBND tỉnh; Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng; ' +
        'Thông báo kết luận số 56-TB/TU của Ban Thường vụ Tỉnh ủy.',
    );
    expect(r.documents.map((d) => [d.number, d.type, d.kindCode, d.issuerCode, d.issuer])).toEqual([
      ['1234/UBND-VP', 'Công văn', null, 'UBND-VP', 'Ủy ban nhân dân tỉnh'],
      ['18-NQ/TW', 'Nghị quyết', 'NQ', 'TW', 'Ban Chấp hành Trung ương Đảng'],
      ['56-TB/TU', 'Thông báo', 'TB', 'TU', 'Ban Thường vụ Tỉnh ủy'],
    ]);
  });
});

describe('a document named twice', () => {
  it('is one document with what both mentions say', () => {
    const r = read('Sơ kết Nghị quyết 57-NQ/TW\nNgày 9/1/2025, Huyện ủy sơ kết Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.');
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([['57-NQ/TW', '2024-12-22', 'Bộ Chính trị']]);
  });
});

describe('issuers and foundings told by the sentence', () => {
  it('takes the subject of "ban hành" or "thành lập" as the issuer when the number agrees', () => {
    const r = read(
      'Trong năm, Ban Thường vụ Tỉnh ủy đã ban hành 8 chỉ thị, trong đó có Chỉ thị số 21-CT/TU ngày 4/5/2024 về chuyển đổi số. ' +
        'Huyện ủy Krông Pắc cũng thành lập Tổ công tác đặc biệt theo Quyết định số 640-QĐ/HU ngày 9/9/2024. ' +
        'UBND xã đã ban hành Kế hoạch số 15-KH/TU.',
    );
    expect(r.documents.map((d) => [d.number, d.issuer])).toEqual([
      ['21-CT/TU', 'Ban Thường vụ Tỉnh ủy'],
      ['640-QĐ/HU', 'Huyện ủy Krông Pắc'],
      ['15-KH/TU', null],
    ]);
  });

  it('leaves the issuer null when only the number\'s code tells it', () => {
    expect(read('Chi bộ Khu phố 4 được thành lập theo Quyết định số 19-QĐ/ĐU ngày 2/2/2024.').documents[0].issuer).toBeNull();
  });

  it('reads the issuer "Thủ tướng Chính phủ"', () => {
    expect(read('Xã đạt 15/19 tiêu chí theo Quyết định số 211/QĐ-TTg ngày 1/3/2024 của Thủ tướng Chính phủ.').documents[0].issuer).toBe('Thủ tướng Chính phủ');
  });

  it('reads foundings told actively and right after the number', () => {
    const a = read('Tỉnh ủy thành lập Ban Chỉ đạo phòng, chống lãng phí theo Quyết định số 88-QĐ/TU ngày 1/4/2025.');
    expect(a.foundings).toEqual([{ org: 'Ban Chỉ đạo phòng, chống lãng phí', number: '88-QĐ/TU' }]);
    const b = read('Hội nghị thống nhất ban hành Quyết định số 57-QĐ/ĐU ngày 6/11/2025 thành lập Chi bộ Khu dân cư số 3 trực thuộc Đảng bộ phường.');
    expect(b.foundings).toEqual([{ org: 'Chi bộ khu dân cư số 3', number: '57-QĐ/ĐU' }]);
  });
});

describe('founded bodies named by the whole stretch the sentence gives them', () => {
  it('keeps lowercase words, commas and a numbered unit in the founded body\'s name', () => {
    const a = read('Ngày 3/5/2024, Đảng ủy xã Tân Hội đã thành lập Chi bộ Hợp tác xã Nông nghiệp sạch Tân Hội theo Quyết định số 31-QĐ/ĐU ngày 2/5/2024.');
    expect(a.foundings).toEqual([{ org: 'Chi bộ Hợp tác xã Nông nghiệp sạch Tân Hội', number: '31-QĐ/ĐU' }]);
    const b = read('Ban Thường vụ Huyện ủy ban hành Quyết định số 412-QĐ/HU thành lập Chi bộ cơ sở Công ty Cổ phần Cấp nước Sông Lô trực thuộc Đảng bộ huyện.');
    expect(b.foundings).toEqual([{ org: 'Chi bộ cơ sở Công ty Cổ phần Cấp nước Sông Lô', number: '412-QĐ/HU' }]);
    const c = read('Chi bộ Trường Trung học phổ thông dân tộc nội trú Mường Lát được thành lập theo Quyết định số 9-QĐ/ĐU của Đảng ủy xã.');
    expect(c.foundings).toEqual([{ org: 'Chi bộ Trường Trung học phổ thông dân tộc nội trú Mường Lát', number: '9-QĐ/ĐU' }]);
  });

  it('reads "Theo đó, X được thành lập" in the sentence after the number', () => {
    const r = read('Đồng chí Hứa Văn Tài công bố Quyết định số 88/QĐ-UBND ngày 4/6/2024 của UBND xã Hồng Phong. Theo đó, Tổ hòa giải, tư vấn pháp luật thôn Nà Mò được thành lập với 5 thành viên.');
    expect(r.foundings).toEqual([{ org: 'Tổ hòa giải, tư vấn pháp luật thôn Nà Mò', number: '88/QĐ-UBND' }]);
  });

  it('keeps the name of a board whose fields run through several commas to its unit, before "gồm"', () => {
    const r = read(
      'Ngày 2/9/2025, Ban Thường vụ Đảng ủy phường ban hành Quyết định số 57-QĐ/ĐU thành lập Ban Chỉ đạo về cải cách hành chính, chuyển đổi số, xây dựng chính quyền điện tử phường Hưng Lợi gồm 11 thành viên.',
    );
    expect(r.foundings).toEqual([{ org: 'Ban Chỉ đạo về cải cách hành chính, chuyển đổi số, xây dựng chính quyền điện tử phường Hưng Lợi', number: '57-QĐ/ĐU' }]);
    const cut = read('Ngày 2/9/2025, Ban Thường vụ Đảng ủy phường ban hành Quyết định số 57-QĐ/ĐU thành lập Ban Chỉ đạo cải cách hành chính, với sự tham gia của các ngành.');
    expect(cut.foundings).toEqual([{ org: 'Ban Chỉ đạo cải cách hành chính', number: '57-QĐ/ĐU' }]);
  });

  it('reads a body that "ra đời theo" a decision as founded by it', () => {
    const r = read('Tại buổi lễ, Hội Cựu chiến binh xã Phong Thạnh ra đời theo Quyết định số 19/QĐ-CCB ngày 1/7/2025 của Hội Cựu chiến binh tỉnh.');
    expect(r.foundings).toEqual([{ org: 'Hội Cựu chiến binh xã Phong Thạnh', number: '19/QĐ-CCB' }]);
    expect(read('Phong trào ra đời từ năm 2019, theo Quyết định số 19/QĐ-UBND của UBND xã.').foundings).toEqual([]);
  });

  it('reads no body from a bare word that only opens founded bodies ("Tổ", "Trường")', () => {
    const r = read('Tổ công tác của huyện đã làm việc với Trường Tiểu học Hòa Bình.');
    expect(r.facts.organizations.map((o) => o.name)).toEqual([]);
  });
});


describe('documents dated by their sentence', () => {
  it('dates a document issued in a dated sentence, "Cùng ngày" and "cùng ngày" after a number', () => {
    const r = read(
      'Ngày 14/02/2022, Ban Thường vụ Huyện ủy Bảo Lâm ban hành Quyết định số 310-QĐ/HU thành lập Chi bộ Trường Mầm non Hoa Sen. ' +
        'Cùng ngày, Ban Thường vụ Huyện ủy ban hành Quyết định số 311-QĐ/HU chỉ định Chi ủy lâm thời. ' +
        'Chi bộ Trường Tiểu học Lý Bôn được thành lập theo Quyết định số 312-QĐ/HU cùng ngày của Ban Thường vụ Huyện ủy Bảo Lâm.',
    );
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['310-QĐ/HU', '2022-02-14', 'Ban Thường vụ Huyện ủy Bảo Lâm'],
      ['311-QĐ/HU', '2022-02-14', 'Ban Thường vụ Huyện ủy Bảo Lâm'],
      ['312-QĐ/HU', '2022-02-14', 'Ban Thường vụ Huyện ủy Bảo Lâm'],
    ]);
  });

  it('keeps a document without any date undated', () => {
    expect(read('Các chi bộ tiếp tục thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã Yên Phú.').documents[0].date).toBeNull();
  });

  it('reads "ký ban hành chiều 3/4/2024" in a later sentence', () => {
    const r = read('UBND xã Tân Tiến vừa ban hành Kế hoạch số 45/KH-UBND về phòng cháy.\nKế hoạch do ông Vũ Văn Hòa, Chủ tịch UBND xã ký ban hành chiều 3/4/2024.');
    expect(r.documents[0].date).toBe('2024-04-03');
  });
});

describe('laws', () => {
  it('reads a law number of the legislature and "được Quốc hội thông qua ngày ..."', () => {
    const r = read('Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 được Quốc hội thông qua ngày 10/11/2022 đã tạo cơ sở pháp lý quan trọng.');
    expect(r.documents.map((d) => [d.number, d.type, d.date, d.issuer])).toEqual([['10/2022/QH15', 'Luật', '2022-11-10', 'Quốc hội']]);
  });
});

describe('documents listed together and bodies named by what they belong to', () => {
  it('gives every number of a list the date and issuer written after the last one', () => {
    const r = read(
      'Hội nghị công bố Quyết định số 412-QĐ/TU và Quyết định số 413-QĐ/TU cùng ngày 14/10/2024 của Ban Thường vụ Tỉnh ủy Sóc Trăng. ' +
        'Kỳ họp thông qua các Nghị quyết số 21/NQ-HĐND, 22/NQ-HĐND, 23/NQ-HĐND ngày 18/7/2024 của HĐND huyện Mỹ Tú.',
    );
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['412-QĐ/TU', '2024-10-14', 'Ban Thường vụ Tỉnh ủy Sóc Trăng'],
      ['413-QĐ/TU', '2024-10-14', 'Ban Thường vụ Tỉnh ủy Sóc Trăng'],
      ['21/NQ-HĐND', '2024-07-18', 'Hội đồng nhân dân huyện Mỹ Tú'],
      ['22/NQ-HĐND', '2024-07-18', 'Hội đồng nhân dân huyện Mỹ Tú'],
      ['23/NQ-HĐND', '2024-07-18', 'Hội đồng nhân dân huyện Mỹ Tú'],
    ]);
  });

  it('dates a document by "Cùng ngày 3/9/2025," or "Cũng trong ngày 3/9," opening its sentence', () => {
    const r = read('Cùng ngày 03/9/2025, Ban Thường vụ Đảng ủy xã ban hành Quyết định số 19-QĐ/ĐU. Cũng trong ngày 4/9, Đảng ủy xã ban hành Quyết định số 20-QĐ/ĐU.', { publishedAt: '2025-09-05' });
    expect(r.documents.map((d) => [d.number, d.date])).toEqual([['19-QĐ/ĐU', '2025-09-03'], ['20-QĐ/ĐU', '2025-09-04']]);
  });

  it('reads the chair of a People\'s Committee, the Standing Committee of the National Assembly and "BCH Trung ương" as issuers', () => {
    const r = read(
      'Tỉnh Tây Ninh\nTheo Quyết định số 2207/QĐ-UBND ngày 2/10/2025 của Chủ tịch UBND tỉnh và Nghị quyết số 1682/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội, ' +
        'thực hiện Quy định số 296-QĐ/TW ngày 30/5/2025 của BCH Trung ương tại tỉnh Tây Ninh.',
    );
    expect(r.documents.map((d) => d.issuer)).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh', 'Ủy ban Thường vụ Quốc hội', 'Ban Chấp hành Trung ương Đảng']);
  });

  it('ties a founding to the number of its own sentence, not to the one before', () => {
    const r = read(
      'Đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy công bố Quyết định số 1201-QĐ/TU về việc kết thúc hoạt động của Đảng bộ Khối Doanh nghiệp tỉnh. ' +
        'Theo Quyết định số 1202-QĐ/TU ngày 30/01/2025 của Ban Thường vụ Tỉnh ủy, Đảng bộ các cơ quan Đảng tỉnh Nam Định được thành lập.',
    );
    expect(r.foundings).toEqual([{ org: 'Đảng bộ các cơ quan Đảng tỉnh Nam Định', number: '1202-QĐ/TU' }]);
  });

  it('names a founded board by the body it belongs to, in full', () => {
    const r = read('Tỉnh Hà Nam\nỦy ban nhân dân tỉnh ban hành Quyết định số 88/QĐ-UBND về việc thành lập Ban Chỉ đạo chuyển đổi số của UBND tỉnh; tại tỉnh Hà Nam.');
    expect(r.foundings).toEqual([{ org: 'Ban Chỉ đạo chuyển đổi số của Ủy ban nhân dân tỉnh Hà Nam', number: '88/QĐ-UBND' }]);
  });
});

describe('the workplace an article is about', () => {
  it('reads a bare "công ty" as the one company the article names in full', () => {
    const r = read(
      'Lễ ra mắt Chi bộ Công ty TNHH Chế biến - Xuất khẩu Gỗ Tân Phú diễn ra tại xã Tân Phú. ' +
        'Chi bộ Công ty được thành lập theo Quyết định số 31-QĐ/ĐU ngày 2/6/2025 của Đảng ủy xã Tân Phú. ' +
        'Công đoàn cơ sở Công ty được thành lập theo Quyết định số 54/QĐ-LĐLĐ. ' +
        'Đồng chí Lưu Văn Hòa, Phó Giám đốc công ty, làm Bí thư Chi bộ; ông Mai Đức Long, Tổng Giám đốc Công ty phát biểu.',
    );
    expect(r.foundings).toEqual([
      { org: 'Chi bộ Công ty TNHH Chế biến - Xuất khẩu Gỗ Tân Phú', number: '31-QĐ/ĐU' },
      { org: 'Công đoàn cơ sở Công ty TNHH Chế biến - Xuất khẩu Gỗ Tân Phú', number: '54/QĐ-LĐLĐ' },
    ]);
    expect(r.positions('Lưu Văn Hòa')).toEqual([
      { title: 'Phó Giám đốc', org: 'Công ty TNHH Chế biến - Xuất khẩu Gỗ Tân Phú' },
      { title: 'Bí thư', org: 'Chi bộ Công ty TNHH Chế biến - Xuất khẩu Gỗ Tân Phú' },
    ]);
    expect(r.positions('Mai Đức Long')).toEqual([{ title: 'Tổng Giám đốc', org: 'Công ty TNHH Chế biến - Xuất khẩu Gỗ Tân Phú' }]);
  });

  it('reads a workplace whose name runs in lowercase to its proper name, and a founded body before an aside in brackets', () => {
    const r = read(
      'Hợp tác xã Dịch vụ chăn nuôi bò sữa Tà Xùa có 40 thành viên. ' +
        'Chi bộ Hợp tác xã (trực thuộc Đảng bộ xã Tà Xùa) chính thức ra đời theo Quyết định số 77-QĐ/ĐU ngày 1/9/2025 của Ban Thường vụ Đảng ủy xã. ' +
        'Ông Sùng A Dình, Chủ nhiệm hợp tác xã, được chỉ định làm Bí thư Chi bộ Hợp tác xã.',
    );
    expect(r.foundings).toEqual([{ org: 'Chi bộ Hợp tác xã Dịch vụ chăn nuôi bò sữa Tà Xùa', number: '77-QĐ/ĐU' }]);
    expect(r.positions('Sùng A Dình')).toContainEqual({ title: 'Chủ nhiệm', org: 'Hợp tác xã Dịch vụ chăn nuôi bò sữa Tà Xùa' });
    const c = read('Công ty Cổ phần Chè Bảo Lộc trực thuộc Tổng công ty. Ông Lê Văn An, Giám đốc công ty phát biểu.');
    expect(c.positions('Lê Văn An')).toEqual([{ title: 'Giám đốc', org: 'Công ty Cổ phần Chè Bảo Lộc' }]);
  });

  it('reads a workplace written in lowercase up to its proper name before punctuation, when the article names it no other way', () => {
    const r = read('Dự có ông Lê Văn Tư, Giám đốc Hợp tác xã rau an toàn Tân Lập, và bà con xã viên. Ông Nguyễn Văn Ba, Phó Giám đốc hợp tác xã, phát biểu.');
    expect(r.positions('Nguyễn Văn Ba')).toEqual([{ title: 'Phó Giám đốc', org: 'Hợp tác xã rau an toàn Tân Lập' }]);
    const c = read('Công ty cổ phần Tinh bột sắn ở xã, nay là Công ty Cổ phần Nông sản Bình Minh. Ông Vũ Đức An, Giám đốc công ty, phát biểu.');
    expect(c.positions('Vũ Đức An')).toEqual([{ title: 'Giám đốc', org: 'Công ty Cổ phần Nông sản Bình Minh' }]);
  });

  it('leaves "công ty" bare when the article names two companies', () => {
    const r = read('Công ty Cổ phần Mía đường An Khê và Công ty TNHH Nông sản Đak Pơ ký kết hợp tác. Ông Trần Văn Bình, Giám đốc công ty phát biểu.');
    expect(r.positions('Trần Văn Bình')).toEqual([{ title: 'Giám đốc', org: 'Công ty' }]);
  });
});

describe('what the sentence around a number says of it', () => {
  it('dates and names the issuer of the numbers listed after a lead', () => {
    const r = read(
      'Xã Tân Hòa\nCác nghị quyết được HĐND xã Tân Hòa thông qua ngày 15/12/2024, trong đó có: Nghị quyết số 31/NQ-HĐND về dự toán ngân sách; Nghị quyết số 32/NQ-HĐND về đầu tư công.',
    );
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['31/NQ-HĐND', '2024-12-15', 'Hội đồng nhân dân xã Tân Hòa'],
      ['32/NQ-HĐND', '2024-12-15', 'Hội đồng nhân dân xã Tân Hòa'],
    ]);
  });

  it('gives resolutions passed at a session the council that held it', () => {
    const r = read('Sáng 10/7/2024, HĐND xã Long Phú khóa XII tổ chức kỳ họp thứ 9. Kỳ họp đã biểu quyết thông qua Nghị quyết số 15/NQ-HĐND ngày 10/7/2024 về phát triển kinh tế.');
    expect(r.documents[0].issuer).toBe('Hội đồng nhân dân xã Long Phú');
  });

  it('shares the sentence\'s subject with the later numbers, and dates by a clause before it', () => {
    const r = read(
      'Căn cứ Điều lệ Đảng, Ban Thường vụ Đảng ủy xã Hòa Sơn đã ban hành Quyết định số 71-QĐ/ĐU về việc thành lập Chi bộ Quân sự xã và Quyết định số 72-QĐ/ĐU về việc chỉ định Chi ủy. ' +
        'Thực hiện Kế hoạch số 11/KH-UBND ngày 2/8/2024 của UBND tỉnh, ngày 20/9/2024, UBND huyện Krông Bông đã ban hành Quyết định số 880/QĐ-UBND về việc thành lập Tổ công tác.',
    );
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['71-QĐ/ĐU', null, 'Ban Thường vụ Đảng ủy xã Hòa Sơn'],
      ['72-QĐ/ĐU', null, 'Ban Thường vụ Đảng ủy xã Hòa Sơn'],
      ['11/KH-UBND', '2024-08-02', 'Ủy ban nhân dân tỉnh'],
      ['880/QĐ-UBND', '2024-09-20', 'Ủy ban nhân dân huyện Krông Bông'],
    ]);
  });

  it('reads the head of a body as an issuer ("của Giám đốc Công an tỉnh")', () => {
    const r = read('Tỉnh Hà Nam\nThực hiện Quyết định số 1523/QĐ-CAT-PX01 của Giám đốc Công an tỉnh về điều động cán bộ tại tỉnh Hà Nam.');
    expect(r.documents[0].issuer).toBe('Giám đốc Công an tỉnh Hà Nam');
  });
});

describe('delegations and their founding decisions', () => {
  it('names a delegation by its number and sending body, and a bare "Đoàn" founded later by that one', () => {
    const r = read(
      'Ngày 14/7/2024, Đoàn kiểm tra số 4 của Ban Thường vụ Tỉnh ủy Lâm Đồng do đồng chí K\' Bình làm Trưởng đoàn làm việc với Đảng ủy xã Đạ Tông. ' +
        'Đoàn được thành lập theo Quyết định số 905-QĐ/TU của Ban Thường vụ Tỉnh ủy. Đoàn giám sát của Thường trực HĐND huyện Lạc Dương được thành lập theo Quyết định số 12/QĐ-HĐND.',
    );
    expect(r.foundings).toEqual([
      { org: 'Đoàn kiểm tra số 4 của Ban Thường vụ Tỉnh ủy Lâm Đồng', number: '905-QĐ/TU' },
      { org: 'Đoàn giám sát của Thường trực Hội đồng nhân dân huyện Lạc Dương', number: '12/QĐ-HĐND' },
    ]);
  });

  it('reads the issuer after the number as "do X ký ban hành"', () => {
    const r = read('Theo Quyết định số 88-QĐ/ĐU ngày 3/6/2024 do Ban Thường vụ Đảng ủy phường An Khánh ký ban hành, Chi bộ Khu phố 4 được thành lập.');
    expect(r.documents[0].issuer).toBe('Ban Thường vụ Đảng ủy phường An Khánh');
    expect(r.documents[0].date).toBe('2024-06-03');
  });
});

describe('founded bodies named by a stretch of words', () => {
  it('gives a body named by a free stretch the unit that closes it, with its commune', () => {
    const r = read(
      'Xã Đăk Choong, huyện Xốp\nHội viên xã Đăk Choong trồng sâm. Chi hội Nông dân trồng sâm Ngọc Linh thôn Đăk Ba được thành lập theo Quyết định số 07-QĐ/HND của Hội Nông dân xã Đăk Choong.',
    );
    expect(r.foundings).toEqual([{ org: 'Chi hội Nông dân trồng sâm Ngọc Linh thôn Đăk Ba xã Đăk Choong', number: '07-QĐ/HND' }]);
  });

  it('names a bare founded board by the one full name the article writes with its unit', () => {
    const r = read(
      'Tây Giang: Ban Chỉ đạo các Chương trình mục tiêu quốc gia triển khai nhiệm vụ\n' +
        'Chiều 2/4/2024, Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Tây Giang tổ chức hội nghị. Ban Chỉ đạo được thành lập theo Quyết định số 511/QĐ-UBND của UBND huyện.',
    );
    expect(r.foundings).toEqual([{ org: 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Tây Giang', number: '511/QĐ-UBND' }]);
  });

  it('reads the Central Military Commission as the issuer of its resolutions', () => {
    const r = read('Ngày 21/9/2023, Đảng ủy Quân sự huyện Trần Đề kiểm tra việc thực hiện Nghị quyết số 847-NQ/QUTW ngày 28/12/2021 của Quân ủy Trung ương.');
    expect(r.documents.map((d) => d.issuer)).toEqual(['Quân ủy Trung ương']);
  });

  it('names the central level of a mass organization ("Ban Thường vụ Trung ương Hội Nông dân Việt Nam"), and no board "còn"', () => {
    const r = read('Thực hiện Hướng dẫn số 38-HD/HNDTW của Ban Thường vụ Trung ương Hội Nông dân Việt Nam, Ban Chấp hành Hội LHPN xã Nà Hang ban hành Quyết định số 09/QĐ-HPN. Cùng ngày, Ban Chấp hành còn ban hành Quyết định số 10/QĐ-HPN công nhận bà Hà Thị Pằn làm Tổ trưởng.');
    expect(r.documents.map((d) => d.issuer)).toEqual([
      'Ban Thường vụ Trung ương Hội Nông dân Việt Nam', 'Ban Chấp hành Hội Liên hiệp Phụ nữ xã Nà Hang', 'Ban Chấp hành Hội Liên hiệp Phụ nữ xã Nà Hang',
    ]);
  });

  it('dates and issues a number told last: "được X quyết định thành lập ngày D theo QĐ số N"', () => {
    const r = read('Chi bộ Công an xã Tân Thủy – tổ chức đảng được Đảng ủy xã Tân Thủy quyết định thành lập ngày 10/10/2025 theo QĐ số 35-QĐ/ĐU – gồm 14 đảng viên.');
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([['35-QĐ/ĐU', '2025-10-10', 'Đảng ủy xã Tân Thủy']]);
  });
});


describe('issuers told by the verb around the number', () => {
  it('reads "được X quyết định thành lập tại Quyết định số N" and "... thành lập trong năm 2024 (Quyết định số N ...)"', () => {
    const r = read('Tổ bảo vệ an ninh trật tự thôn Nà Lừa được Ban Thường vụ Đảng ủy xã Bằng Thành quyết định thành lập tại Quyết định số 214-QĐ/ĐU ngày 3/4.');
    expect(r.documents.map((d) => [d.number, d.issuer])).toEqual([['214-QĐ/ĐU', 'Ban Thường vụ Đảng ủy xã Bằng Thành']]);
    const b = read('Câu lạc bộ là mô hình thứ hai được Ban Chấp hành Hội Phụ nữ xã Tân Lập thành lập trong năm 2024 (Quyết định số 19/QĐ-HPN ngày 2/11/2024).');
    expect(b.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([['19/QĐ-HPN', '2024-11-02', 'Ban Chấp hành Hội Phụ nữ xã Tân Lập']]);
  });

  it('reads a body that hands over or announces a decision as its issuer, not a person who does', () => {
    const r = read('Tiếp đó, BCH Đoàn xã Mỹ Lộc công bố Quyết định số 31-QĐ/ĐTN thành lập Chi đoàn thôn Đông Hải. Ban Thường vụ Đảng ủy xã Mỹ Lộc trao Quyết định số 102-QĐ/ĐU cho Chi bộ thôn Đông Hải.');
    expect(r.documents.map((d) => [d.number, d.issuer])).toEqual([
      ['31-QĐ/ĐTN', 'Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Mỹ Lộc'],
      ['102-QĐ/ĐU', 'Ban Thường vụ Đảng ủy xã Mỹ Lộc'],
    ]);
    const p = read('Đồng chí Lê Văn Tình, Bí thư Đảng ủy xã Mỹ Lộc trao Quyết định số 103-QĐ/ĐU cho Chi bộ thôn Tây Hải.');
    expect(p.documents.map((d) => d.issuer)).toEqual([null]);
  });

  it('takes no issuer from the code of a number before the verb ("Quyết định số 16-QĐ/ĐTN thành lập ..., cùng Quyết định số 17-QĐ/ĐTN")', () => {
    const r = read('Ngày 5/3/2025, Quyết định số 16-QĐ/ĐTN thành lập Chi đoàn thôn Hạ, cùng Quyết định số 17-QĐ/ĐTN giải thể Chi đoàn thôn Thượng cũ.');
    expect(r.documents.map((d) => d.issuer)).toEqual([null, null]);
    const s = read('Theo Quyết định số 25/QĐ-UBND thành lập Tổ công tác, tổ gồm 7 người.');
    expect(s.documents.map((d) => d.issuer)).toEqual([null]);
  });

  it('reads the issuer after the bracket a bare number stands in, an association the lexicon lacks, and the office of a person who signed', () => {
    const r = read('Quyết định thành lập Chi bộ thôn Nà Pục (số 61-QĐ/ĐU, ngày 4/6/2020) của Ban Thường vụ Đảng ủy xã Cốc Đán đã được trao.');
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([['61-QĐ/ĐU', '2020-06-04', 'Ban Thường vụ Đảng ủy xã Cốc Đán']]);
    const a = read('Căn cứ Quyết định số 07/QĐ-HDD ngày 3/3/2023 của Hội Đông y tỉnh Hà Giang, hội nghị đã bầu Ban Chấp hành.');
    expect(a.documents.map((d) => d.issuer)).toEqual(['Hội Đông y tỉnh Hà Giang']);
    const o = read('Tổ công tác được thành lập theo Quyết định số 210/QĐ-UBND ngày 5/9/2024, do ông Trần Văn Sáu, Chủ tịch UBND xã Long Hựu ký, gồm 7 người.');
    expect(o.documents.map((d) => d.issuer)).toEqual(['Chủ tịch Ủy ban nhân dân xã Long Hựu']);
  });

  it('dates "Quyết định cùng ngày số N" as the one before and reads the body that renames by it as its issuer', () => {
    const r = read('Quyết định số 15/QĐ-HND ngày 2/4/2022 của Ban Thường vụ Hội Nông dân xã Yên Hợp thành lập Tổ hội nuôi ong. Cũng tại Quyết định cùng ngày số 16/QĐ-HND, Ban Thường vụ Hội Nông dân xã Yên Hợp đổi tên Tổ hội trồng quế thôn Khe Tát.');
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['15/QĐ-HND', '2022-04-02', 'Ban Thường vụ Hội Nông dân xã Yên Hợp'], ['16/QĐ-HND', '2022-04-02', 'Ban Thường vụ Hội Nông dân xã Yên Hợp'],
    ]);
  });

  it('reads "do X ký ngày D", "X tiếp tục ký hai quyết định: ...; Cả hai quyết định cùng ghi ngày D", and "Cùng ngày, X có Quyết định số N"', () => {
    const r = read('Tổ được thành lập theo Quyết định số 31/QĐ-UBND do Chủ tịch UBND xã Sơn Kỳ ký ngày 9-4-2019. Cùng ngày, UBND xã Sơn Kỳ có Quyết định số 32/QĐ-UBND công nhận tổ trưởng.');
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['31/QĐ-UBND', '2019-04-09', 'Chủ tịch Ủy ban nhân dân xã Sơn Kỳ'], ['32/QĐ-UBND', '2019-04-09', 'Ủy ban nhân dân xã Sơn Kỳ'],
    ]);
    const t = read(
      'Ngày 3/2/2020, Ban Thường vụ Hội Nông dân huyện Na Rì ban hành Quyết định số 10/QĐ-HND kiện toàn Ban Chấp hành. ' +
        'Sau đó, Ban Thường vụ Hội Nông dân huyện Na Rì tiếp tục ký hai quyết định: số 11/QĐ-HND thành lập Chi hội A; số 12/QĐ-HND thành lập Chi hội B. Cả hai quyết định cùng ghi ngày 5 tháng 3 năm 2020.',
    );
    expect(t.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['10/QĐ-HND', '2020-02-03', 'Ban Thường vụ Hội Nông dân huyện Na Rì'],
      ['11/QĐ-HND', '2020-03-05', 'Ban Thường vụ Hội Nông dân huyện Na Rì'],
      ['12/QĐ-HND', '2020-03-05', 'Ban Thường vụ Hội Nông dân huyện Na Rì'],
    ]);
  });

  it('reads a month written as a word ("16 tháng Ba năm 2026"), "ký cùng ngày", and "X ra quyết định thành lập Y (Quyết định số N)"', () => {
    const r = read('Ban Thường vụ Đảng ủy xã Yên Sơn ban hành 2 quyết định cùng được ký ngày 16 tháng Ba năm 2026: Quyết định số 41-QĐ/ĐU thành lập Chi bộ thôn Đồng Mới; Quyết định số 42-QĐ/ĐU ký cùng ngày đổi tên Chi bộ thôn Đồng Cũ.');
    expect(r.documents.map((d) => [d.number, d.date])).toEqual([['41-QĐ/ĐU', '2026-03-16'], ['42-QĐ/ĐU', '2026-03-16']]);
    const m = read('Quyết định số 17-QĐ/ĐU ngày 2 tháng Mười một năm 2024 của Đảng ủy xã Yên Sơn; Quyết định số 18-QĐ/ĐU ngày 5 tháng Chạp năm 2024.');
    expect(m.documents.map((d) => d.date)).toEqual(['2024-11-02', '2024-12-05']);
    const c = read('Tháng 10/2025, Ban Chấp hành Hội Người cao tuổi xã Ea Kao ra quyết định thành lập Câu lạc bộ Thơ ca buôn Kô Tam (Quyết định số 09/QĐ-NCT).');
    expect(c.documents.map((d) => d.issuer)).toEqual(['Ban Chấp hành Hội Người cao tuổi xã Ea Kao']);
  });

  it('reads a body opening its clause that announces decisions told together as their issuer, and a name with a capitalized stop word', () => {
    const r = read('Tại hội nghị, Ban Thường vụ Huyện ủy Ia Grai công bố 2 quyết định cùng ký ngày 3/3/2025: Quyết định số 310-QĐ/HU thành lập Chi bộ Phòng Nội vụ; Quyết định số 311-QĐ/HU giải thể Chi bộ Phòng Lao động.');
    expect(r.documents.map((d) => d.issuer)).toEqual(['Ban Thường vụ Huyện ủy Ia Grai', 'Ban Thường vụ Huyện ủy Ia Grai']);
    const p = read('Tại hội nghị, đồng chí Lê Văn Hải, Bí thư Huyện ủy Ia Grai công bố 2 quyết định cùng ký ngày 3/3/2025: Quyết định số 310-QĐ/HU thành lập Chi bộ Phòng Nội vụ; Quyết định số 311-QĐ/HU giải thể Chi bộ Phòng Lao động.');
    expect(p.documents.map((d) => d.issuer)).toEqual([null, null]);
    const h = read('Căn cứ Quyết định số 06/QĐ-HLV ngày 2/4/2020 của Ban Chấp hành Hội Làm vườn huyện Mường Khương, Chi hội Làm vườn xã Pha Long chính thức ra đời với 30 hội viên.');
    expect(h.documents.map((d) => d.issuer)).toEqual(['Ban Chấp hành Hội Làm vườn huyện Mường Khương']);
    expect(h.foundings.map((f) => [f.org, f.number])).toEqual([['Chi hội Làm vườn xã Pha Long', '06/QĐ-HLV']]);
  });

  it('dates the decisions before "Các nghị quyết đều được ký ban hành ngày D"', () => {
    const r = read('Kỳ họp HĐND xã Tiên Lãng đã thông qua Nghị quyết số 31/NQ-HĐND và Nghị quyết số 32/NQ-HĐND. Các nghị quyết đều được ký ban hành ngày 20/12/2023.');
    expect(r.documents.map((d) => d.date)).toEqual(['2023-12-20', '2023-12-20']);
  });

  it('reads "KT. Chủ tịch" signing for the office, "Hai quyết định được X ban hành cùng ngày D", "Cả hai văn bản đề ngày D", "cùng ngày ban hành", "Cũng ký cùng ngày,"', () => {
    const a = read('Tổ công tác được thành lập theo Quyết định số 3148/QĐ-UBND ngày 19/6/2025, do KT. Chủ tịch UBND huyện An Biên, Phó Chủ tịch Danh Văn Lợi ký.');
    expect(a.documents.map((d) => d.issuer)).toEqual(['Chủ tịch Ủy ban nhân dân huyện An Biên']);
    const b = read('Tiểu ban Văn kiện (thành lập theo Quyết định số 1340-QĐ/HU) và Tiểu ban Nhân sự (Quyết định số 1341-QĐ/HU) đã làm việc. Hai quyết định được Ban Thường vụ Huyện ủy Lục Ngạn ban hành cùng ngày 10/12/2019.');
    expect(b.documents.map((d) => [d.date, d.issuer])).toEqual(Array(2).fill(['2019-12-10', 'Ban Thường vụ Huyện ủy Lục Ngạn']));
    const c = read('Tổ ở thôn A ra đời theo Quyết định số 27/QĐ-UBND; tổ ở thôn B theo Quyết định số 28/QĐ-UBND. Cả hai văn bản đề ngày 02/4/2024, do KT. Chủ tịch UBND xã Lộc Bắc, Phó Chủ tịch Cil Duy ký.');
    expect(c.documents.map((d) => [d.date, d.issuer])).toEqual(Array(2).fill(['2024-04-02', 'Chủ tịch Ủy ban nhân dân xã Lộc Bắc']));
    const d = read('Ban Chấp hành Hội NCT xã Ea Tul ban hành Quyết định số 07/QĐ-NCT ngày 18/8/2025 thành lập Chi hội NCT thôn A; cùng ngày ban hành Quyết định số 08/QĐ-NCT chỉ định Ban Chấp hành lâm thời. Cũng ký cùng ngày, Quyết định số 09/QĐ-NCT công nhận tổ trưởng.');
    expect(d.documents.map((x) => x.date)).toEqual(['2025-08-18', '2025-08-18', '2025-08-18']);
    expect(d.documents[1].issuer).toBe('Ban Chấp hành Hội Người cao tuổi xã Ea Tul');
  });

  it('keeps a lead\'s signer and day to the list under it, and reads "ký ngay trong ngày D"', () => {
    const r = read(
      'Đồng chí Lê Văn A đọc các quyết định do Ban Thường vụ Đảng ủy xã Hòa Phú ký cùng ngày 15/7/2025, cụ thể:\n' +
        '1. Chi bộ thôn A: Quyết định số 11-QĐ/ĐU;\n2. Chi bộ thôn B: Quyết định số 12-QĐ/ĐU.\n\n' +
        'Cũng tại hội nghị, đồng chí Lê Văn A công bố Quyết định số 16-QĐ/ĐU về việc giải thể Chi bộ thôn C.',
    );
    expect(r.documents.map((d) => [d.number, d.date])).toEqual([['11-QĐ/ĐU', '2025-07-15'], ['12-QĐ/ĐU', '2025-07-15'], ['16-QĐ/ĐU', null]]);
    const k = read('Phiên họp ban hành Quyết định số 01/QĐ-CCB, ký ngay trong ngày 12/9/2025, thành lập Chi hội CCB Cơ quan xã.');
    expect(k.documents.map((d) => d.date)).toEqual(['2025-09-12']);
  });
});
