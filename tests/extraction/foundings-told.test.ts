import { read } from './helpers';

describe('foundings told other ways', () => {
  it('reads sub-committees founded by a list of decisions, each serving the congress the first names', () => {
    const r = read(
      'Ngày 10/7/2024, Ban Thường vụ Huyện ủy Lục Yên ban hành Quyết định số 301-QĐ/HU về việc thành lập Tiểu ban Văn kiện Đại hội đại biểu Đảng bộ huyện lần thứ XXIV; ' +
        'Quyết định số 302-QĐ/HU về việc thành lập Tiểu ban Nhân sự; và Quyết định số 303-QĐ/HU về việc thành lập Tiểu ban Tổ chức phục vụ Đại hội.',
    );
    expect(r.foundings).toEqual([
      { org: 'Tiểu ban Văn kiện Đại hội đại biểu Đảng bộ huyện Lục Yên lần thứ XXIV', number: '301-QĐ/HU' },
      { org: 'Tiểu ban Nhân sự Đại hội đại biểu Đảng bộ huyện Lục Yên lần thứ XXIV', number: '302-QĐ/HU' },
      { org: 'Tiểu ban Tổ chức phục vụ Đại hội đại biểu Đảng bộ huyện Lục Yên lần thứ XXIV', number: '303-QĐ/HU' },
    ]);
  });

  it('gives boards founded in one clause the body the last is named with', () => {
    const r = read(
      'Kỳ họp thứ nhất HĐND xã Phú Lộc khóa I thông qua Nghị quyết số 05/NQ-HĐND ngày 2/7/2025 về việc thành lập Ban Văn hóa - Xã hội ' +
        'và Nghị quyết số 06/NQ-HĐND cùng ngày về việc thành lập Ban Kinh tế - Ngân sách của HĐND xã Phú Lộc.',
    );
    expect(r.foundings).toEqual([
      { org: 'Ban Văn hóa - Xã hội Hội đồng nhân dân xã Phú Lộc', number: '05/NQ-HĐND' },
      { org: expect.stringMatching(/^Ban Kinh tế - Ngân sách (?:của )?Hội đồng nhân dân xã Phú Lộc$/u), number: '06/NQ-HĐND' },
    ]);
  });

  it('leaves a board of another clause its own name', () => {
    const r = read(
      'Đảng ủy xã Phú Lộc ban hành Quyết định số 11-QĐ/ĐU về việc thành lập Ban Chỉ đạo chuyển đổi số. ' +
        'UBND xã ban hành Quyết định số 12/QĐ-UBND về việc thành lập Ban Quản lý chợ của UBND xã Phú Lộc.',
    );
    expect(r.foundings.find((f) => f.number === '11-QĐ/ĐU')?.org).not.toMatch(/Ủy ban nhân dân/u);
  });

  it('reads a club launched by a decision ("ra mắt theo Quyết định"), named short after its name in full', () => {
    const r = read(
      'Sáng 9/5/2024, Hội Nông dân xã Minh Xuân tổ chức lễ ra mắt Câu lạc bộ Nông dân làm giàu xã Minh Xuân. ' +
        'Câu lạc bộ ra mắt theo Quyết định số 14/QĐ-HND ngày 2/5/2024 của Ban Thường vụ Hội Nông dân huyện Lục Yên, gồm 25 hội viên.',
    );
    expect(r.foundings).toEqual([{ org: 'Câu lạc bộ Nông dân làm giàu xã Minh Xuân', number: '14/QĐ-HND' }]);
  });

  it('gives a team founded short the name it was launched with and the unit of the body that founded it', () => {
    const r = read(
      'Ngày 2/6/2024, Thị đoàn Kỳ Anh tổ chức lễ ra mắt Đội thanh niên xung kích bảo vệ môi trường biển. ' +
        'Đội thanh niên xung kích được thành lập theo Quyết định số 41-QĐ/TĐTN ngày 28/5/2024 của Ban Thường vụ Thị đoàn.',
    );
    expect(r.foundings).toEqual([{ org: 'Đội thanh niên xung kích bảo vệ môi trường biển thị xã Kỳ Anh', number: '41-QĐ/TĐTN' }]);
  });

  it('reads no founding from one to come or one asked for', () => {
    const planned = [
      'Theo kế hoạch, Câu lạc bộ Nông dân làm giàu xã Minh Xuân sẽ ra mắt theo Quyết định số 14/QĐ-HND của Hội Nông dân huyện.',
      'Theo kế hoạch, Tổ công tác đặc biệt xã Minh Xuân sẽ được thành lập theo Quyết định số 20/QĐ-UBND của UBND huyện.',
      'Ngày 3/6/2024, UBND huyện Lục Yên có Tờ trình số 88/TTr-UBND về việc đề nghị thành lập Trường Tiểu học Khánh Thiện.',
      'Ban Thường vụ Huyện ủy Lục Yên ban hành Hướng dẫn số 05-HD/HU về việc thành lập chi bộ thôn.',
    ];
    for (const text of planned) expect(read(text).foundings).toEqual([]);
  });

  it('reads a founding with its agent, day or ground between the verb and "theo"', () => {
    const texts = [
      'Chi bộ bản Phiêng Luông được Đảng ủy xã Mường Hung thành lập theo Quyết định số 19-QĐ/ĐU ngày 6/2/2023.',
      'Chi bộ bản Phiêng Luông được thành lập ngày 6/2/2023 theo Quyết định số 19-QĐ/ĐU của Đảng ủy xã Mường Hung.',
      'Chi bộ bản Phiêng Luông được thành lập trên cơ sở tách Chi bộ bản Phiêng Cại theo Quyết định số 19-QĐ/ĐU của Đảng ủy xã Mường Hung.',
      'Chi bộ bản Phiêng Luông (thành lập theo Quyết định số 19-QĐ/ĐU của Đảng ủy xã Mường Hung) hiện có 11 đảng viên.',
    ];
    for (const text of texts) expect(read(text).foundings).toEqual([{ org: 'Chi bộ bản Phiêng Luông', number: '19-QĐ/ĐU' }]);
  });

  it('reads the number in brackets after the body a clause founds', () => {
    const r = read('Tại buổi lễ, đồng chí Bí thư Đảng ủy xã trao Quyết định thành lập Chi bộ bản Phiêng Luông (Quyết định số 19-QĐ/ĐU ngày 6/2/2023).');
    expect(r.foundings).toEqual([{ org: 'Chi bộ bản Phiêng Luông', number: '19-QĐ/ĐU' }]);
    const asked = read('Đảng ủy xã có tờ trình đề nghị thành lập Chi bộ bản Phiêng Luông (Tờ trình số 07-TTr/ĐU ngày 6/1/2023).');
    expect(asked.foundings).toEqual([]);
  });

  it('reads the founding among subjects given "lần lượt" to a list of numbers, each number with the date after the last', () => {
    const r = read(
      'Ngày 2/12/2025, Ủy ban bầu cử tỉnh Điện Biên họp phiên thứ nhất và ban hành các Quyết định số 04/QĐ-UBBC, số 05/QĐ-UBBC và số 06/QĐ-UBBC cùng ngày 2/12/2025, ' +
        'lần lượt về ban hành Quy chế hoạt động của Ủy ban; phân công nhiệm vụ cho các thành viên; thành lập Tổ giúp việc Ủy ban bầu cử tỉnh.',
    );
    expect(r.foundings).toEqual([{ org: 'Tổ giúp việc Ủy ban bầu cử tỉnh Điện Biên', number: '06/QĐ-UBBC' }]);
    expect(r.documents.map((d) => d.date)).toEqual(['2025-12-02', '2025-12-02', '2025-12-02']);
    const unmatched = read('Ủy ban bầu cử tỉnh Điện Biên ban hành các Quyết định số 04/QĐ-UBBC và số 05/QĐ-UBBC, lần lượt về quy chế; phân công; thành lập Tổ giúp việc Ủy ban bầu cử tỉnh.');
    expect(unmatched.foundings).toEqual([]);
  });

  it('reads a working group a sentence introduces with "có", helping the body whose decision founded it', () => {
    const r = read(
      'Ngày 3/4/2024, UBND huyện Mường Chà ban hành Quyết định số 812/QĐ-UBND thành lập Ban Chỉ đạo chuyển đổi số huyện Mường Chà. ' +
        'Giúp việc cho Ban Chỉ đạo có Tổ giúp việc được thành lập theo Quyết định số 02/QĐ-BCĐ ngày 8/4/2024 của Ban Chỉ đạo.',
    );
    expect(r.foundings).toContainEqual({ org: 'Tổ giúp việc Ban Chỉ đạo chuyển đổi số huyện Mường Chà', number: '02/QĐ-BCĐ' });
  });

  it('names a cell founded in a co-operative written short ("Chi bộ HTX ...") with the co-operative\'s full name in the text', () => {
    const r = read(
      'Ngày 5/6/2024, đoàn công tác của Huyện ủy Yên Thế đến làm việc với Hợp tác xã Dịch vụ nông nghiệp Đồng Tâm. ' +
        'Chiều 20/6/2024, Đảng ủy xã Đồng Tâm công bố Quyết định số 88-QĐ/ĐU ngày 18/6/2024 về việc thành lập Chi bộ HTX Đồng Tâm trực thuộc Đảng bộ xã.',
    );
    expect(r.foundings).toEqual([{ org: 'Chi bộ Hợp tác xã Dịch vụ nông nghiệp Đồng Tâm', number: '88-QĐ/ĐU' }]);
  });

  it('keeps the election a steering board serves in its name, and the short name in a heading stands for it', () => {
    const r = read(
      'Ban Chỉ đạo bầu cử xã Quỳnh Phú họp phiên thứ nhất\n' +
        'Sáng 9/1/2026, Ban Chỉ đạo bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 xã Quỳnh Phú tổ chức phiên họp thứ nhất. ' +
        'Ban Chỉ đạo được thành lập theo Quyết định số 57-QĐ/ĐU ngày 29/12/2025 của Ban Thường vụ Đảng ủy xã.',
    );
    const name = 'Ban Chỉ đạo bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 xã Quỳnh Phú';
    expect(r.foundings).toEqual([{ org: name, number: '57-QĐ/ĐU' }]);
    const council = read('Ngày 2/3/2021, Ban Chỉ đạo bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 huyện Tân Kỳ họp phiên thứ hai.');
    expect(council.facts.organizations.map((o) => o.name)).toContain('Ban Chỉ đạo bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 huyện Tân Kỳ');
  });

  it('reads a steering board "phòng, chống" whole from its launch, with the unit of the body that founded it, and the working group that helps it', () => {
    const r = read(
      'Sáng 12/9/2019, UBND huyện Châu Thành tổ chức hội nghị ra mắt Ban Chỉ đạo phòng, chống dịch cúm gia cầm và triển khai nhiệm vụ. ' +
        'Ban Chỉ đạo được thành lập theo Quyết định số 3301/QĐ-UBND ngày 9/9/2019 của UBND huyện, gồm 15 thành viên. ' +
        'Giúp việc cho Ban Chỉ đạo, Quyết định số 3302/QĐ-UBND cùng ngày thành lập Tổ giúp việc do Trạm Chăn nuôi và Thú y huyện làm thường trực.',
    );
    expect(r.foundings).toEqual([
      { org: 'Ban Chỉ đạo phòng, chống dịch cúm gia cầm huyện Châu Thành', number: '3301/QĐ-UBND' },
      { org: 'Tổ giúp việc Ban Chỉ đạo phòng, chống dịch cúm gia cầm huyện Châu Thành', number: '3302/QĐ-UBND' },
    ]);
  });

  it('reads every body a founding lists, the boards under the committee the first belongs to, and not the subject of the next clause', () => {
    const r = read(
      'Xã Nậm Cuổi kiện toàn tổ chức bộ máy\nNgày 4/7/2025, Đảng ủy xã Nậm Cuổi công bố Quyết định số 15-QĐ/ĐU ngày 2/7/2025 của Ban Thường vụ Đảng ủy xã về việc thành lập Văn phòng Đảng ủy và Ban Tuyên giáo và Dân vận; ' +
        'Quyết định số 16-QĐ/ĐU cùng ngày về thành lập Chi bộ Công an xã, Chi bộ Quân sự xã và Chi bộ Trạm Y tế xã trực thuộc Đảng bộ xã.',
    );
    expect(r.foundings).toEqual([
      { org: 'Văn phòng Đảng ủy xã Nậm Cuổi', number: '15-QĐ/ĐU' },
      { org: 'Ban Tuyên giáo và Dân vận Đảng ủy xã Nậm Cuổi', number: '15-QĐ/ĐU' },
      { org: 'Chi bộ Công an xã Nậm Cuổi', number: '16-QĐ/ĐU' },
      { org: 'Chi bộ Quân sự xã Nậm Cuổi', number: '16-QĐ/ĐU' },
      { org: 'Chi bộ Trạm Y tế xã Nậm Cuổi', number: '16-QĐ/ĐU' },
    ]);
    const one = read('Theo Quyết định số 21-QĐ/ĐU ngày 1/3/2024 của Đảng ủy xã Nậm Cuổi về việc thành lập Chi bộ bản Huổi Lả, Chi bộ gồm 9 đảng viên.');
    expect(one.foundings).toEqual([{ org: 'Chi bộ bản Huổi Lả', number: '21-QĐ/ĐU' }]);
  });

  it('names the committee a founded body\'s free-text name speaks of with the article\'s unit of its level', () => {
    const r = read(
      'Huyện ủy Mang Yang chuẩn bị đại hội\nNgày 2/4/2025, Ban Thường vụ Huyện ủy Mang Yang ban hành Quyết định số 315-QĐ/HU thành lập Tổ giúp việc Ban Thường vụ Huyện ủy về công tác nhân sự đại hội.',
    );
    expect(r.foundings).toEqual([{ org: 'Tổ giúp việc Ban Thường vụ Huyện ủy Mang Yang về công tác nhân sự đại hội', number: '315-QĐ/HU' }]);
  });

  it('reads a body a sentence introduces with "nhất là", in the village the story is about when the ward founded it', () => {
    const r = read(
      'Phường Vĩnh Thanh: Chi bộ khóm 5 sinh hoạt chuyên đề\nNgày 10/5/2024, Chi bộ khóm 5 phường Vĩnh Thanh sinh hoạt chuyên đề. Từ khi các tổ được củng cố, ' +
        'nhất là Tổ liên gia tự quản số 2 được thành lập theo Quyết định số 41/QĐ-UBND của UBND phường, khóm 5 đã giữ vững an ninh.',
    );
    expect(r.foundings).toEqual([{ org: 'Tổ liên gia tự quản số 2 khóm 5 phường Vĩnh Thanh', number: '41/QĐ-UBND' }]);
  });

  it('reads a body founded "mới" or launched "theo Quyết định số"', () => {
    const r = read(
      'Năm 2021, Hội đã thành lập mới Chi hội Phụ nữ thôn Nặm Lìn theo Quyết định số 07/QĐ-HPN ngày 2/3/2021 của Ban Thường vụ Hội LHPN xã. ' +
        'Sáng 4/5/2023, Hội Cựu chiến binh xã Bản Lầu tổ chức lễ ra mắt Chi hội Cựu chiến binh thôn Cốc Phương theo Quyết định số 11-QĐ/CCB ngày 20/4/2023 của Ban Thường vụ Hội.',
    );
    expect(r.foundings.map((f) => f.number)).toEqual(['07/QĐ-HPN', '11-QĐ/CCB']);
    expect(r.foundings[0].org).toMatch(/^Chi hội Phụ nữ thôn Nặm Lìn/);
    expect(r.foundings[1].org).toMatch(/^Chi hội Cựu chiến binh thôn Cốc Phương/);
  });

  it('reads bodies a founding counts, then lists after "gồm"', () => {
    const r = read(
      'Đồng chí Lý Văn Pao công bố Quyết định số 09-QĐ/ĐU ngày 5/7/2025 của Ban Thường vụ Đảng ủy xã Tả Van về việc thành lập 02 chi bộ trực thuộc, gồm: Chi bộ Công an xã và Chi bộ Trường Mầm non Tả Van. ' +
        'Theo Quyết định số 33/QĐ-MTTQ-BTT ngày 1/12/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai, hai hội đồng được thành lập gồm: Hội đồng tư vấn về Kinh tế và Hội đồng tư vấn về Dân tộc, với 30 thành viên.',
    );
    expect(r.foundings).toEqual([
      { org: expect.stringMatching(/^Chi bộ Công an xã/), number: '09-QĐ/ĐU' },
      { org: 'Chi bộ Trường Mầm non Tả Van', number: '09-QĐ/ĐU' },
      { org: 'Hội đồng tư vấn về Kinh tế Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai', number: '33/QĐ-MTTQ-BTT' },
      { org: 'Hội đồng tư vấn về Dân tộc Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai', number: '33/QĐ-MTTQ-BTT' },
    ]);
  });

  it('reads bodies a founding counts, then lists after a colon, after "là", or one a line under "Theo đó, ... như sau:"', () => {
    const a = read(
      'Ngày 3/5/2024, Đảng ủy Công ty đã ban hành Quyết định số 04-QĐ/ĐU thành lập 03 chi bộ trực thuộc: Chi bộ Đội Khai thác số 1, Chi bộ Đội Khai thác số 2 và Chi bộ Văn phòng Công ty. ' +
        'Quyết định số 05-QĐ/ĐU thành lập 2 tổ đảng là Tổ đảng Cơ khí và Tổ đảng Vận tải.',
    );
    expect(a.foundings.map((f) => [f.org, f.number])).toEqual([
      ['Chi bộ Đội Khai thác số 1', '04-QĐ/ĐU'], ['Chi bộ Đội Khai thác số 2', '04-QĐ/ĐU'], ['Chi bộ Văn phòng Công ty', '04-QĐ/ĐU'], ['Tổ đảng Cơ khí', '05-QĐ/ĐU'], ['Tổ đảng Vận tải', '05-QĐ/ĐU'],
    ]);
    const b = read(
      'Ngày 9/11/2023, Chủ tịch UBND xã Đạ Tông đã ký Quyết định số 77 / QĐ-UBND thành lập các tổ tự quản ở các thôn vùng giáp rừng.\n' +
        'Theo đó, 2 tổ được thành lập như sau:\n1. Tổ tự quản rừng thôn Đạ Nhar: 11 thành viên;\n2. Tổ tự quản rừng thôn Đạ Tro: 9 thành viên.\nCác tổ họp mỗi tháng một lần.',
    );
    expect(b.foundings.map((f) => [f.org.replace(/ xã Đạ Tông$/u, ''), f.number])).toEqual([['Tổ tự quản rừng thôn Đạ Nhar', '77/QĐ-UBND'], ['Tổ tự quản rừng thôn Đạ Tro', '77/QĐ-UBND']]);
  });

  it('reads bodies founded "mới" after the number, and a body founded in brackets after its number', () => {
    const a = read('Ngày 6/12/2025, Ban Thường vụ Đảng ủy phường Phú Hội ban hành Quyết định số 91-QĐ/ĐU thành lập mới Chi bộ Trường Mầm non Sao Mai và Chi bộ Công ty TNHH Nam Việt.');
    expect(a.foundings.map((f) => f.org)).toEqual(['Chi bộ Trường Mầm non Sao Mai', 'Chi bộ Công ty TNHH Nam Việt']);
    const b = read('Hai chi hội ra đời theo Quyết định số 22/QĐ-KH (thành lập Chi hội Khuyến học chùa Sà Lôn) và Quyết định số 23/QĐ-KH (thành lập Chi hội Khuyến học dòng họ Thạch).');
    expect(b.foundings.map((f) => [f.org, f.number])).toEqual([
      ['Chi hội Khuyến học chùa Sà Lôn', '22/QĐ-KH'], ['Chi hội Khuyến học dòng họ Thạch', '23/QĐ-KH'],
    ]);
  });

  it('reads one body for each village a founding lists after the body ("Tổ dân vận ở ba thôn: A, B và C")', () => {
    const r = read('Ngày 5/9/2017, Ban Thường vụ Đảng ủy xã Đông Hưng đã ký Quyết định số 51-QĐ/ĐU thành lập Tổ hòa giải ở hai thôn: Bắc Sơn và Nam Sơn.');
    expect(r.foundings.map((f) => f.org.replace(/ xã Đông Hưng$/u, ''))).toEqual(['Tổ hòa giải thôn Bắc Sơn', 'Tổ hòa giải thôn Nam Sơn']);
  });

  it('reads a list after a colon of bodies each with its number in brackets, the later ones written by their village alone', () => {
    const r = read(
      'Các tổ được thành lập theo các quyết định ký ngày 5/9/2025 của Ban Thường vụ Hội Nông dân xã: Tổ hợp tác trồng tiêu ấp Tân Hòa (Quyết định số 15/QĐ-HND), ấp Tân Lợi (số 16/QĐ-HND) và ấp Tân Phú (số 17/QĐ-HND).',
    );
    expect(r.foundings.map((f) => [f.org, f.number])).toEqual([
      ['Tổ hợp tác trồng tiêu ấp Tân Hòa', '15/QĐ-HND'], ['Tổ hợp tác trồng tiêu ấp Tân Lợi', '16/QĐ-HND'], ['Tổ hợp tác trồng tiêu ấp Tân Phú', '17/QĐ-HND'],
    ]);
  });

  it('reads a body that "ra đời kể từ khi có" or was founded "bằng" a decision, its subject cut before a dash\'s apposition', () => {
    const a = read('Câu lạc bộ Thanh niên khởi nghiệp huyện Tây Sơn chính thức ra đời kể từ khi có Quyết định số 41-QĐ/HĐ, gồm 20 thành viên.');
    expect(a.foundings).toEqual([{ org: 'Câu lạc bộ Thanh niên khởi nghiệp huyện Tây Sơn', number: '41-QĐ/HĐ' }]);
    const b = read('Sau một tháng, Chi bộ Trạm Y tế xã Ia Pết – một trong hai tổ chức đảng được thành lập mới bằng Quyết định số 12-QĐ/ĐU ngày 10/7/2025 – đã đi vào nền nếp.');
    expect(b.foundings).toEqual([{ org: 'Chi bộ Trạm Y tế xã Ia Pết', number: '12-QĐ/ĐU' }]);
  });

  it('reads a ground in brackets before "theo", and a body listed after "còn" with the verb left out', () => {
    const a = read('Chi hội Cựu chiến binh ấp Tân Lợi được thành lập trên cơ sở Ban Liên lạc Cựu chiến binh ấp (hoạt động từ năm 2010), theo Quyết định số 07/QĐ-CCB ngày 10/7/2024 của Ban Thường vụ Hội.');
    expect(a.foundings.map((f) => f.org)).toEqual(['Chi hội Cựu chiến binh ấp Tân Lợi']);
    const b = read('Tổ hợp tác Trồng lúa ấp Tân Hòa ra đời theo Quyết định số 125/QĐ-UBND ngày 12/9/2024, còn Câu lạc bộ Nông dân ấp Tân Hòa theo Quyết định số 08/QĐ-HND cùng ngày.');
    expect(b.foundings.map((f) => [f.org, f.number])).toEqual([['Tổ hợp tác Trồng lúa ấp Tân Hòa', '125/QĐ-UBND'], ['Câu lạc bộ Nông dân ấp Tân Hòa', '08/QĐ-HND']]);
  });

  it('reads the body whose founding decision was handed over, named again after the decision\'s number', () => {
    const r = read(
      'Sáng 3/10/2024, Hội Chữ thập đỏ huyện Trần Đề trao Quyết định thành lập Chi hội Chữ thập đỏ chùa Tà Ek. ' +
        'Theo Quyết định số 27/QĐ-CTĐ ngày 25/9/2024 của Ban Thường vụ Hội Chữ thập đỏ huyện Trần Đề, Chi hội Chữ thập đỏ chùa Tà Ek có 18 hội viên. ' +
        'Theo Quyết định số 28/QĐ-CTĐ ngày 25/9/2024 của Ban Thường vụ Hội, Chi hội Chữ thập đỏ ấp Sa Keo được khen thưởng.',
    );
    expect(r.foundings.map((f) => f.number)).toEqual(['27/QĐ-CTĐ']);
    expect(r.foundings[0].org).toMatch(/^Chi hội Chữ thập đỏ chùa Tà Ek/);
  });

  it('gives a sub-committee founded a sentence later for a bare "Đại hội" the congress the founding before named', () => {
    const r = read(
      'Ngày 15/10/2024, Ban Thường vụ Huyện ủy Gia Lộc ban hành Quyết định số 905-QĐ/HU về việc thành lập Tiểu ban Văn kiện Đại hội Đảng bộ huyện lần thứ XXV do đồng chí Vũ Đức Toàn làm Trưởng tiểu ban, ' +
        'đồng chí Phạm Thị Hoa làm Phó Trưởng tiểu ban thường trực. Tiểu ban Nhân sự Đại hội được thành lập theo Quyết định số 906-QĐ/HU cùng ngày.',
    );
    expect(r.foundings).toEqual([
      { org: 'Tiểu ban Văn kiện Đại hội Đảng bộ huyện Gia Lộc lần thứ XXV', number: '905-QĐ/HU' },
      { org: 'Tiểu ban Nhân sự Đại hội Đảng bộ huyện Gia Lộc lần thứ XXV', number: '906-QĐ/HU' },
    ]);
    expect(r.positions('Phạm Thị Hoa')).toEqual([{ title: 'Phó Trưởng Tiểu ban Thường trực', org: 'Tiểu ban Văn kiện Đại hội Đảng bộ huyện Gia Lộc lần thứ XXV' }]);
  });

  it('reads each body of a list before "được thành lập", a council\'s boards belonging to the council', () => {
    const r = read(
      'Ngày 3/7/2025, HĐND xã Ia Dom họp phiên thứ nhất. HĐND xã hiện có Ban Kinh tế - Ngân sách và Ban Văn hóa - Xã hội, được thành lập theo Nghị quyết số 05/NQ-HĐND ngày 2/7/2025 của HĐND xã.',
    );
    expect(r.foundings).toEqual([
      { org: 'Ban Kinh tế - Ngân sách Hội đồng nhân dân xã Ia Dom', number: '05/NQ-HĐND' },
      { org: 'Ban Văn hóa - Xã hội Hội đồng nhân dân xã Ia Dom', number: '05/NQ-HĐND' },
    ]);
  });

  it('reads bodies numbered in brackets before what founded them, and bodies listed with their numbers, the verb left out', () => {
    const r = read(
      'Ngày 11/8/2025, Ban Thường vụ Đảng ủy phường đã ký các quyết định thành lập chi bộ khu phố. Cụ thể, Chi bộ Khu phố Hòa An (Quyết định số 41-QĐ/ĐU) được thành lập trên cơ sở hợp nhất hai chi bộ cũ; ' +
        'Chi bộ Khu phố Hòa Bình (Quyết định số 42-QĐ/ĐU) hợp nhất Chi bộ khu phố 5 và Chi bộ khu phố 6.\n' +
        'Theo đó, Chi bộ Công an xã Ea Ly được thành lập theo Quyết định số 12-QĐ/ĐUCA, Chi bộ Công an xã Ea Bar theo Quyết định số 13-QĐ/ĐUCA và Chi bộ Công an xã Ea Bia theo Quyết định số 14-QĐ/ĐUCA.\n' +
        'Chi bộ Công an xã Ea Sô (Quyết định số 15-QĐ/ĐUCA) đã tổ chức sinh hoạt.',
    );
    expect(r.foundings.map((f) => [f.org, f.number])).toEqual([
      ['Chi bộ khu phố Hòa An', '41-QĐ/ĐU'],
      ['Chi bộ khu phố Hòa Bình', '42-QĐ/ĐU'],
      ['Chi bộ Công an xã Ea Ly', '12-QĐ/ĐUCA'],
      ['Chi bộ Công an xã Ea Bar', '13-QĐ/ĐUCA'],
      ['Chi bộ Công an xã Ea Bia', '14-QĐ/ĐUCA'],
    ]);
  });

  it('reads a founded body\'s name on through "và" when lowercase words after it reach its unit', () => {
    const r = read(
      'Ngày 2/5/2016, Hội Nông dân xã Tri Tôn tổ chức ra mắt Chi hội Nông dân nghề nghiệp trồng và chế biến thốt nốt ấp Tà Đảnh theo Quyết định số 18/QĐ-HND ngày 20/4/2016 của Ban Thường vụ Hội Nông dân xã.',
    );
    expect(r.foundings).toEqual([{ org: 'Chi hội Nông dân nghề nghiệp trồng và chế biến thốt nốt ấp Tà Đảnh', number: '18/QĐ-HND' }]);
  });
});

describe('initials in a body\'s name', () => {
  it('writes out initials the lexicon knows and those the article defines in brackets', () => {
    const r = read(
      'Sáng 4/7/2024, Hội Cựu Thanh niên xung phong (TNXP) huyện Định Quán tổ chức lễ ra mắt Chi hội Cựu TNXP xã Phú Tân. ' +
        'Chi hội Cựu TNXP xã Phú Tân được thành lập theo Quyết định số 05/QĐ-CTNXP ngày 1/7/2024 của Ban Thường vụ Hội. ' +
        'Cùng ngày, UBND xã Phú Tân ban hành Quyết định số 61/QĐ-UBND thành lập Đội xung kích PCTT ấp Bến Nôm.',
    );
    expect(r.foundings.map((f) => f.org)).toEqual([
      'Chi hội Cựu Thanh niên xung phong xã Phú Tân',
      expect.stringMatching(/^Đội xung kích phòng, chống thiên tai ấp Bến Nôm/u),
    ]);
  });

});

describe('foundings told other ways (holdout L)', () => {
  it('reads the next body founded past an aside in brackets ("Chi bộ A (17 đảng viên) và Chi bộ B")', () => {
    const r = read('Ngày 4/3/2024, Ban Thường vụ Đảng ủy xã Lũng Cú ban hành Quyết định số 51-QĐ/ĐU về việc chia tách Chi bộ thôn Sán Trồ để thành lập Chi bộ thôn Sán Trồ A (16 đảng viên) và Chi bộ thôn Sán Trồ B (12 đảng viên).');
    expect(r.foundings.map((f) => f.org)).toEqual(['Chi bộ thôn Sán Trồ A', 'Chi bộ thôn Sán Trồ B']);
  });

  it('reads a body named in quotes, with the unit or school after the quotes', () => {
    const r = read('Hội LHPN xã Pá Lau ban hành Quyết định số 12/QĐ-HPN thành lập Câu lạc bộ "Phụ nữ làm kinh tế giỏi" thôn Nà Lầu với 20 thành viên.');
    expect(r.foundings.map((f) => f.org)).toEqual(['Câu lạc bộ "Phụ nữ làm kinh tế giỏi" thôn Nà Lầu']);
    const s = read('Ngày 3/4/2024, Hội LHPN xã Pá Lau ban hành Quyết định số 13/QĐ-HPN thành lập Câu lạc bộ "Em yêu khoa học" Trường THCS Pá Lau gồm 25 học sinh.');
    expect(s.foundings.map((f) => f.org)[0]).toMatch(/^Câu lạc bộ "Em yêu khoa học" Trường Trung học cơ sở Pá Lau/u);
  });

  it('reads bodies each with its number in brackets, joined by "và", then "chính thức ra mắt"', () => {
    const r = read('Chi bộ Công ty TNHH May Hòa Bình (Quyết định số 88-QĐ/HU ngày 2/5/2024) và Công đoàn cơ sở Công ty TNHH May Hòa Bình (Quyết định số 15/QĐ-LĐLĐ ngày 4/5/2024) chính thức ra mắt.');
    expect(r.foundings).toEqual([
      { org: 'Chi bộ Công ty TNHH May Hòa Bình', number: '88-QĐ/HU' },
      { org: 'Công đoàn cơ sở Công ty TNHH May Hòa Bình', number: '15/QĐ-LĐLĐ' },
    ]);
  });

  it('reads "tại Quyết định số N ngày D, X quyết định thành lập Y", X the issuer', () => {
    const r = read('Tại Quyết định số 140-QĐ/ĐU ngày 12/5/2025, Ban Thường vụ Đảng ủy xã Quảng Hòa quyết định thành lập Tổ công tác sắp xếp đơn vị hành chính xã Quảng Hòa.');
    expect(r.foundings).toEqual([{ org: 'Tổ công tác sắp xếp đơn vị hành chính xã Quảng Hòa', number: '140-QĐ/ĐU' }]);
    expect(r.documents[0].issuer).toBe('Ban Thường vụ Đảng ủy xã Quảng Hòa');
  });

  it('reads a body "ra đời với Nghị quyết số N" passed at the sitting, dated by "được kỳ họp thông qua ngày D"', () => {
    const r = read('Sáng 23/3/2026, HĐND xã Mỹ Thọ tổ chức kỳ họp thứ nhất. Ban Pháp chế HĐND xã chính thức ra đời với Nghị quyết số 03/NQ-HĐND được kỳ họp thông qua ngày 23/3/2026.');
    expect(r.foundings.map((f) => f.number)).toEqual(['03/NQ-HĐND']);
    expect(r.documents[0]).toMatchObject({ date: '2026-03-23', issuer: 'Hội đồng nhân dân xã Mỹ Thọ' });
  });

  it('reads "Theo đó, X (Quyết định số N) có ..." after a sentence that tells of founding, and ends a name before "cho" whom it is handed', () => {
    const r = read('Đảng ủy xã Tân Lâm đã rà soát đảng viên để thành lập chi bộ riêng. Theo đó, Chi bộ Công an xã Tân Lâm (Quyết định số 36-QĐ/ĐU ngày 25/8/2025) có 9 đảng viên.');
    expect(r.foundings).toEqual([{ org: 'Chi bộ Công an xã Tân Lâm', number: '36-QĐ/ĐU' }]);
    const s = read('Đồng chí Hồ Văn Lâm trao Quyết định số 35-QĐ/ĐU của Đảng ủy xã thành lập Chi bộ Quân sự xã Tân Lâm cho Đại úy Trần Quốc Bảo.');
    expect(s.foundings.map((f) => f.org)).toEqual(['Chi bộ Quân sự xã Tân Lâm']);
  });

  it('dates "cùng ngày, Quyết định số N ..." by the decision before, with its issuer', () => {
    const r = read('Ngày 02/6/2026, Ban Thường vụ Hội LHPN xã Ia Pal ban hành Quyết định số 09/QĐ-HPN thành lập Chi hội Phụ nữ làng Bông; cùng ngày, Quyết định số 10/QĐ-HPN đổi tên Chi hội Phụ nữ thôn 3.');
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['09/QĐ-HPN', '2026-06-02', 'Ban Thường vụ Hội Liên hiệp Phụ nữ xã Ia Pal'],
      ['10/QĐ-HPN', '2026-06-02', 'Ban Thường vụ Hội Liên hiệp Phụ nữ xã Ia Pal'],
    ]);
  });

  it('founds by "thành lập 02 tổ ... nói trên" the bodies the article launched above, as many as it counts', () => {
    const text =
      'Sáng 15/11, Hội Nông dân xã Long Sơn tổ chức ra mắt Tổ hội nghề nghiệp trồng dừa ấp Cây Gáo và Tổ hội nghề nghiệp nuôi dê ấp Bến Đò. ' +
      'Trước đó, Ban Thường vụ Hội Nông dân xã ban hành Quyết định số 31/QĐ-HND về việc thành lập 02 tổ hội nghề nghiệp nói trên.';
    expect(read(text).foundings.map((f) => f.number)).toEqual(['31/QĐ-HND', '31/QĐ-HND']);
    expect(read(text.replace('02 tổ hội', '03 tổ hội')).foundings).toEqual([]);
  });

  it('reads "Câu lạc bộ và Đội xung kích ra mắt theo Quyết định" as the two bodies launched in full above', () => {
    const r = read(
      'Tối 26/3, Đoàn Thanh niên xã Châu Kim tổ chức lễ ra mắt Câu lạc bộ Thanh niên giữ gìn văn hóa Thái xã Châu Kim và Đội Thanh niên xung kích phòng, chống thiên tai xã Châu Kim. ' +
        'Câu lạc bộ và Đội xung kích ra mắt theo Quyết định số 25-QĐ/ĐTN ngày 20/3/2026 của Ban Chấp hành Đoàn xã.',
    );
    expect(r.foundings.map((f) => f.org)).toEqual([
      'Câu lạc bộ Thanh niên giữ gìn văn hóa Thái xã Châu Kim', 'Đội Thanh niên xung kích phòng, chống thiên tai xã Châu Kim',
    ]);
  });

  it('reads names with a comma up to their village, two listed with "và"', () => {
    const r = read('Đồn Biên phòng công bố Quyết định số 32/QĐ-UBND của UBND xã Pả Vi về việc thành lập Tổ tự quản đường biên, mốc quốc giới thôn Mã Pì và Tổ tự quản đường biên, mốc quốc giới thôn Pả Láng.');
    expect(r.foundings.map((f) => f.org)).toEqual([
      'Tổ tự quản đường biên, mốc quốc giới thôn Mã Pì', 'Tổ tự quản đường biên, mốc quốc giới thôn Pả Láng',
    ]);
  });

  it('reads a body whose member count stands before "được thành lập", and a list with who heads each body between', () => {
    const r = read(
      'Ủy ban bầu cử huyện Mường Tè có 15 thành viên, được thành lập theo Quyết định số 89/QĐ-UBND ngày 12/01/2021 của UBND huyện. ' +
        'Ngày 05/02/2021, Ủy ban bầu cử huyện ban hành Quyết định số 07/QĐ-UBBC thành lập hai tiểu ban giúp việc là Tiểu ban Thông tin - Tuyên truyền, do đồng chí Lò Thị Xiêng làm Trưởng tiểu ban, và Tiểu ban An ninh - Trật tự, do đồng chí Lò Văn Chẩu làm Trưởng tiểu ban.',
    );
    expect(r.foundings.map((f) => [f.org.split(' huyện')[0], f.number])).toEqual([
      ['Ủy ban bầu cử', '89/QĐ-UBND'], ['Tiểu ban Thông tin - Tuyên truyền', '07/QĐ-UBBC'], ['Tiểu ban An ninh - Trật tự', '07/QĐ-UBBC'],
    ]);
  });

  it('gives each of two numbers "lần lượt về việc thành lập A và B" its own body', () => {
    const r = read('Đại diện Hội Chữ thập đỏ xã công bố các Quyết định số 03/QĐ-CTĐ và số 04/QĐ-CTĐ ngày 01/3/2023 của Ban Thường vụ Hội Chữ thập đỏ xã Bình Lợi, lần lượt về việc thành lập Đội xung kích nhân đạo xã Bình Lợi và Chi hội Chữ thập đỏ Trường THCS Bình Lợi.');
    expect(r.foundings.map((f) => [f.org.slice(0, 14), f.number])).toEqual([['Đội xung kích ', '03/QĐ-CTĐ'], ['Chi hội Chữ th', '04/QĐ-CTĐ']]);
  });

  it('reads a founding told after another act of the decision: "công nhận đoàn viên, thành lập X", "kết thúc hoạt động của A, B; thành lập C"', () => {
    const a = read('Ngày 18/6/2020, Ban Thường vụ LĐLĐ huyện ban hành Quyết định số 112/QĐ-LĐLĐ công nhận đoàn viên, thành lập Nghiệp đoàn Nghề cá Kim Trung và chỉ định Ban Chấp hành lâm thời.');
    expect(a.foundings.map((f) => f.org)).toEqual(['Nghiệp đoàn Nghề cá Kim Trung']);
    const b = read('Bà Trần Thị Dung công bố Quyết định số 1580-QĐ/HU của Ban Thường vụ Huyện ủy Châu Đức về việc kết thúc hoạt động của Chi bộ Phòng Nông nghiệp và Phát triển nông thôn, Chi bộ Phòng Tài nguyên và Môi trường; thành lập Chi bộ Phòng Nông nghiệp và Môi trường huyện trực thuộc Đảng bộ cơ quan Chính quyền huyện.');
    expect(b.foundings.map((f) => f.org)).toEqual(['Chi bộ Phòng Nông nghiệp và Môi trường huyện Châu Đức']);
  });

  it('founds nothing by a person "ra mắt trên cương vị" Chủ tịch', () => {
    const r = read('Đồng chí Phạm Thị Hạnh, Phó Bí thư Đảng ủy xã Hải An ra mắt trên cương vị Chủ tịch UBND xã theo Quyết định số 2315/QĐ-UBND ngày 28/6/2025 của Chủ tịch UBND tỉnh.');
    expect(r.foundings).toEqual([]);
  });

  it('reads a head word alone founded ("Hội đồng được thành lập theo") as the body of that head the article first names with its unit', () => {
    const r = read('Ngày 17/8/2023, Hội đồng phối hợp phổ biến, giáo dục pháp luật phường Phú Lợi tổ chức phiên họp thứ nhất. Hội đồng được thành lập theo Quyết định số 145/QĐ-UBND ngày 10/8/2023, gồm 11 thành viên.');
    expect(r.foundings.map((f) => f.org)).toEqual(['Hội đồng phối hợp phổ biến, giáo dục pháp luật phường Phú Lợi']);
  });

  it('reads "Các tổ được thành lập theo 4 quyết định của X cùng ký ngày D: Tổ A làng B (QĐ N), làng C (QĐ M)"', () => {
    const r = read('Các tổ được thành lập theo 2 quyết định của UBND xã Ba Tơ cùng ký ngày 01/6/2016: Tổ tự quản an ninh làng Mang Krái (QĐ 45/QĐ-UBND) và làng Gò Nghênh (QĐ 46/QĐ-UBND).');
    expect(r.foundings.map((f) => [f.org, f.number])).toEqual([
      ['Tổ tự quản an ninh làng Mang Krái', '45/QĐ-UBND'], ['Tổ tự quản an ninh làng Gò Nghênh', '46/QĐ-UBND'],
    ]);
    expect(r.documents.map((d) => [d.date, d.issuer])).toEqual([['2016-06-01', 'Ủy ban nhân dân xã Ba Tơ'], ['2016-06-01', 'Ủy ban nhân dân xã Ba Tơ']]);
  });

  it('reads "Quyết định N (Tiểu ban X), Quyết định M (Tiểu ban Y)" under a founding that opens the list', () => {
    const r = read('Hai tiểu ban được lập theo 2 quyết định cùng ký ngày 08/6/2020 của Ban Thường vụ Đảng ủy xã Liên Hòa: Quyết định 145-QĐ/ĐU (Tiểu ban Văn kiện) và Quyết định 146-QĐ/ĐU (Tiểu ban Nhân sự).');
    expect(r.foundings.map((f) => f.number)).toEqual(['145-QĐ/ĐU', '146-QĐ/ĐU']);
    expect(r.foundings[0].org).toMatch(/^Tiểu ban Văn kiện/u);
    expect(r.documents.map((d) => d.date)).toEqual(['2020-06-08', '2020-06-08']);
  });

  it('reads bodies with "(QĐ số N của X)" after each, then "đã được thành lập", and "ra Quyết định (số N ngày D) thành lập X"', () => {
    const r = read('Ban Chỉ đạo bầu cử xã Hòa An (QĐ số 120-QĐ/ĐU của Ban Thường vụ Đảng ủy xã) và Ủy ban bầu cử xã Hòa An (QĐ số 215/QĐ-UBND của UBND xã) đã được thành lập từ cuối tháng 11.');
    expect(r.foundings.map((f) => f.number)).toEqual(['120-QĐ/ĐU', '215/QĐ-UBND']);
    const s = read('Năm 2012, Ban Thường trực Ủy ban MTTQ xã Phước Hà đã ra Quyết định (số 07/QĐ-MT ngày 15/8/2012) thành lập Ban Công tác Mặt trận thôn Tà Dương 2.');
    expect(s.foundings.map((f) => f.org)).toEqual(['Ban Công tác Mặt trận thôn Tà Dương 2']);
  });

  it('reads the body a merger or split makes: "hợp nhất A và B thành C", "chia tách X thành hai chi bộ: A và B"', () => {
    const a = read('Ngày 01/10/2020, Ban Chấp hành Hội NCT xã Phước Lý ban hành Quyết định số 21/QĐ-HNCT hợp nhất Chi hội NCT ấp 3 và Chi hội NCT ấp 4 thành Chi hội Người cao tuổi ấp Long Phú.');
    expect(a.foundings.map((f) => f.org)).toEqual(['Chi hội Người cao tuổi ấp Long Phú']);
    expect(a.documents[0].issuer).toBe('Ban Chấp hành Hội Người cao tuổi xã Phước Lý');
    const b = read('Đảng ủy xã Quý Hòa công bố Quyết định số 56-QĐ/ĐU về việc chia tách Chi bộ Trường Tiểu học và Trung học cơ sở Quý Hòa thành hai chi bộ: Chi bộ Trường Tiểu học Quý Hòa và Chi bộ Trường THCS Quý Hòa.');
    expect(b.foundings.map((f) => f.org)).toEqual(['Chi bộ Trường Tiểu học Quý Hòa', 'Chi bộ Trường Trung học cơ sở Quý Hòa']);
  });

  it('reads "Quyết định thành lập X được Y ký ngày D, mang số N" (the number last), and "Z cũng ra đời theo Quyết định số M"', () => {
    const r = read('Quyết định thành lập Chi hội Cựu giáo chức xã Phú Đình được Ban Thường vụ Hội Cựu giáo chức huyện Định Hóa ký ngày 10/9/2018, mang số 14/QĐ-CGC; Chi hội Cựu giáo chức Trường THPT Định Hóa cũng ra đời theo Quyết định số 15/QĐ-CGC cùng ngày.');
    expect(r.foundings.map((f) => f.number)).toEqual(['14/QĐ-CGC', '15/QĐ-CGC']);
    expect(r.foundings[0].org).toBe('Chi hội Cựu giáo chức xã Phú Đình');
    expect(r.documents[0]).toMatchObject({ date: '2018-09-10', issuer: 'Ban Thường vụ Hội Cựu giáo chức huyện Định Hóa' });
  });

  it('reads "tái lập" as a founding, a subject in quotes, and keeps a village apart from one whose commune repeats its words', () => {
    const r = read('Ông Nguyễn Văn Hưởng công bố Quyết định số 12/QĐ-MTTQ ngày 22/9/2025 của Ban Thường trực Ủy ban MTTQ xã Duy Hòa Đông về việc tái lập Ban Công tác Mặt trận thôn Phú Đông; Quyết định số 13/QĐ-MTTQ cùng ngày về việc kiện toàn Ban Công tác Mặt trận thôn Phú Tây.');
    expect(r.foundings.map((f) => f.org)).toEqual(['Ban Công tác Mặt trận thôn Phú Đông']);
    const q = read('Đồng chí Chà Thị Pa đọc Quyết định số 88-QĐ/ĐU ngày 12/4/2021 của Đảng ủy xã Tá Pạ "về việc thành lập Chi bộ bản Nhù Té 2 trên cơ sở tách ra từ Chi bộ bản Nhù Té".');
    expect(q.foundings.map((f) => f.number)).toEqual(['88-QĐ/ĐU']);
  });

  it('dates decisions "công bố: cùng ngày D, X đã ký các quyết định: số A ...; số B ..." and gives one "cùng ngày" after them their issuer', () => {
    const r = read(
      'Đồng chí Tạ Văn Bình công bố: cùng ngày 02/7/2025, Ban Thường vụ Đảng ủy xã Đạo Trù đã ký các quyết định: số 05-QĐ/ĐU thành lập Chi bộ Cơ quan Đảng ủy xã; số 06-QĐ/ĐU thành lập Chi bộ Trạm Y tế xã. ' +
        'Hội nghị cũng công bố Quyết định số 07-QĐ/ĐU cùng ngày chỉ định Bí thư hai chi bộ.',
    );
    expect(r.documents.map((d) => [d.number, d.date, d.issuer])).toEqual([
      ['05-QĐ/ĐU', '2025-07-02', 'Ban Thường vụ Đảng ủy xã Đạo Trù'],
      ['06-QĐ/ĐU', '2025-07-02', 'Ban Thường vụ Đảng ủy xã Đạo Trù'],
      ['07-QĐ/ĐU', '2025-07-02', 'Ban Thường vụ Đảng ủy xã Đạo Trù'],
    ]);
  });

  it('gives a delegation named without its sender to the body that founds it as the subject, not to the issuer of a passive founding', () => {
    const r = read('Theo Nghị quyết số 07/NQ-HĐND ngày 2/3/2024, Thường trực HĐND huyện Hải Hậu thành lập Đoàn giám sát số 01 để giám sát công tác tiếp công dân.');
    expect(r.foundings.map((f) => f.org)).toEqual(['Đoàn giám sát số 01 của Thường trực Hội đồng nhân dân huyện Hải Hậu']);
    const p = read('Đoàn giám sát được thành lập theo Quyết định số 31/QĐ-HĐND ngày 2/5/2024 của Thường trực HĐND huyện Hải Hậu.');
    expect(p.foundings.map((f) => f.org)).toEqual(['Đoàn giám sát']);
  });

  it('reads "được thành lập bởi Quyết định số N", "ra đời trên cơ sở Quyết định số N", "; trong đó X được thành lập theo", a subject before a dash, and a bare commune closing a name', () => {
    const a = read('Tổ giúp việc Ban Chỉ đạo huyện Đam Rông đã được thành lập bởi Quyết định số 31/QĐ-UBND, ký ngày 2/3/2021.');
    expect(a.foundings.map((f) => [f.org, f.number])).toEqual([['Tổ giúp việc Ban Chỉ đạo huyện Đam Rông', '31/QĐ-UBND']]);
    const b = read('Câu lạc bộ Dân vận khéo xã Phi Liêng ra đời trên cơ sở Quyết định số 12-QĐ/ĐU do Ban Thường vụ Đảng ủy xã ban hành ngày 3/3/2022.');
    expect(b.foundings.map((f) => f.number)).toEqual(['12-QĐ/ĐU']);
    const c = read('Hội thành lập mới 5 chi hội; trong đó Chi hội nghề nghiệp trồng cà phê xã Đạ Tông được thành lập theo Quyết định số 44/QĐ-HND.');
    expect(c.foundings.map((f) => [f.org, f.number])).toEqual([['Chi hội nghề nghiệp trồng cà phê xã Đạ Tông', '44/QĐ-HND']]);
    const d = read('Ủy ban MTTQ Việt Nam xã Đạ Tông - được Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh thành lập theo Quyết định số 09/QĐ-MTTQ-BTT - gồm 40 ủy viên.');
    expect(d.foundings.map((f) => [f.org, f.number])).toEqual([['Ủy ban Mặt trận Tổ quốc Việt Nam xã Đạ Tông', '09/QĐ-MTTQ-BTT']]);
    const e = read('Ban Thường vụ Đoàn xã ra Quyết định 21-QĐ/ĐTN ngày 10/9/2020 thành lập Đội thanh niên xung kích phòng cháy chữa cháy xã. Đội có 20 đội viên, là thanh niên các thôn của xã Phi Liêng.', {
      title: 'Đại hội Đoàn xã Phi Liêng nhiệm kỳ 2022 - 2027',
    });
    expect(e.foundings.map((f) => f.org)).toEqual(['Đội thanh niên xung kích phòng cháy chữa cháy xã Phi Liêng']);
  });

  it('reads "chia X thành hai chi bộ mới là A và B" and "thành lập thêm X, tách ra từ Y, theo Quyết định số N"', () => {
    const r = read('Ban Thường vụ Đảng ủy xã Tân Hội đã ra Quyết định 88-QĐ/ĐU ngày 2-9-2014 chia Chi bộ Trường học thành hai chi bộ mới là Chi bộ Trường Tiểu học Tân Hội và Chi bộ Trường Mầm non Tân Hội.');
    expect(r.foundings.map((f) => f.org)).toEqual(['Chi bộ Trường Tiểu học Tân Hội', 'Chi bộ Trường Mầm non Tân Hội']);
    const t = read('Hội thành lập thêm Chi hội Nông dân thôn Đồng Tâm 2, tách ra từ Chi hội thôn Đồng Tâm, theo Quyết định số 21/QĐ-HND ngày 3-3-2017 của Ban Thường vụ Hội Nông dân xã.');
    expect(t.foundings.map((f) => [f.org, f.number])).toEqual([['Chi hội Nông dân thôn Đồng Tâm 2', '21/QĐ-HND']]);
  });

  it('gives a founding to the decision its verb names, reads "X (được thành lập theo ...)", "ra mắt X, được thành lập theo", and "còn Câu lạc bộ theo ..."', () => {
    const a = read('Thực hiện Thông tư số 12/2019/TT-BNV của Bộ Nội vụ, Trung tâm Dịch vụ công huyện Yên Lạc được thành lập theo Quyết định số 77/QĐ-UBND ngày 2/4/2020 của UBND tỉnh.');
    expect(a.foundings.map((f) => f.number)).toEqual(['77/QĐ-UBND']);
    const b = read('Đảng bộ Sở Tài chính tỉnh Hà Nam (được thành lập theo Quyết định số 2145-QĐ/TU ngày 1/3/2025 của Ban Thường vụ Tỉnh ủy) đã kiện toàn các chi bộ.');
    expect(b.foundings.map((f) => [f.org, f.number])).toEqual([['Đảng bộ Sở Tài chính tỉnh Hà Nam', '2145-QĐ/TU']]);
    const c = read('Tổ dân phố số 3 vừa ra mắt Tổ tự quản về an ninh trật tự tổ dân phố số 3, được thành lập theo Quyết định số 41/QĐ-UBND của UBND phường Quang Trung.');
    expect(c.foundings.map((f) => f.number)).toEqual(['41/QĐ-UBND']);
    const d = read(
      'Sáng 2/4, xã Tân Phong ra mắt Tổ hợp tác trồng bưởi ấp Tân Quy và Câu lạc bộ Phụ nữ với pháp luật ấp Tân Quy. ' +
        'Tổ hợp tác ra đời theo Quyết định số 61/QĐ-UBND của UBND xã Tân Phong, còn Câu lạc bộ theo Quyết định số 09/QĐ-HPN cùng ngày của Ban Thường vụ Hội LHPN xã.',
    );
    expect(d.foundings.map((f) => f.number)).toEqual(['61/QĐ-UBND', '09/QĐ-HPN']);
    expect(d.foundings[1].org).toMatch(/^Câu lạc bộ Phụ nữ với pháp luật ấp Tân Quy/u);
  });

  it('reads a subject opening a quote, a founding past a signing aside, and a body with commas after "với" closed by its unit', () => {
    const a = read('"Chi bộ Công ty TNHH Gỗ Minh Phát được Đảng ủy phường thành lập bằng Quyết định số 17-QĐ/ĐU ngày 3/10/2025, với 5 đảng viên" - đồng chí Lê Văn A chia sẻ.');
    expect(a.foundings.map((f) => [f.org, f.number])).toEqual([['Chi bộ Công ty TNHH Gỗ Minh Phát', '17-QĐ/ĐU']]);
    const b = read('Phiên họp ban hành Quyết định số 01/QĐ-CCB, ký ngay trong ngày 12/9, thành lập Chi hội CCB Cơ quan xã Bản Lìm, gồm 11 hội viên.');
    expect(b.foundings.map((f) => f.number)).toEqual(['01/QĐ-CCB']);
    const c = read('Các chi bộ phối hợp chặt chẽ với Ban Chỉ đạo chuyển đổi số, cải cách hành chính xã Bản Lìm, được thành lập theo Quyết định số 12-QĐ/ĐU ngày 10/7/2025.');
    expect(c.foundings.map((f) => [f.org, f.number])).toEqual([['Ban Chỉ đạo chuyển đổi số, cải cách hành chính xã Bản Lìm', '12-QĐ/ĐU']]);
  });

  it('reads a body after "do" with its founding in brackets ("do Tiểu ban Văn kiện (thành lập theo Quyết định số N) chuẩn bị")', () => {
    const r = read('Văn kiện trình Đại hội do Tiểu ban Văn kiện (thành lập theo Quyết định số 1340-QĐ/HU) chuẩn bị.');
    expect(r.foundings.map((f) => [f.org, f.number])).toEqual([['Tiểu ban Văn kiện', '1340-QĐ/HU']]);
  });
});
