import { read } from './helpers';

describe('foundings listed one a line', () => {
  it('reads a body and its number on each numbered line under a founding lead', () => {
    const r = read(
      'Sáng 5/8/2025, Đảng ủy xã Nậm Cha tổ chức hội nghị. Đồng chí Lò Văn Hặc công bố các quyết định của Ban Thường vụ Đảng ủy xã thành lập:\n' +
        '1. Chi bộ Trường Mầm non xã: Quyết định số 21-QĐ/ĐU;\n' +
        '2. Chi bộ Trạm Y tế xã: Quyết định số 22-QĐ/ĐU.\n' +
        'Các quyết định đều ký ngày 3/8/2025.',
      { title: 'Đảng ủy xã Nậm Cha thành lập hai chi bộ trực thuộc' },
    );
    expect(r.foundings).toEqual([
      { org: 'Chi bộ Trường Mầm non xã Nậm Cha', number: '21-QĐ/ĐU' },
      { org: 'Chi bộ Trạm Y tế xã Nậm Cha', number: '22-QĐ/ĐU' },
    ]);
  });

  it('gives a line naming only a unit the first line\'s body in that unit', () => {
    const r = read(
      'Ông Trịnh Văn Lâm đọc các quyết định thành lập:\n' +
        '- Tổ tự quản an ninh tổ dân phố 4: Quyết định số 305/QĐ-UBND;\n' +
        '- tổ dân phố 6: Quyết định số 306/QĐ-UBND,\n' +
        'cùng ký ngày 2/5/2022 của Chủ tịch UBND phường Tân Hòa.',
    );
    expect(r.foundings.map((f) => f.number)).toEqual(['305/QĐ-UBND', '306/QĐ-UBND']);
    expect(r.foundings[1].org).toMatch(/^Tổ tự quản an ninh tổ dân phố 6/u);
  });

  it('reads a line whose number stands in brackets after the body, a unit-only line taking the first line\'s body', () => {
    const r = read(
      'Chủ tịch UBND xã Tân Lợi đã ký các quyết định thành lập:\n' +
        '1. Tổ phòng cháy chữa cháy ấp Bờ Đập (Quyết định số 71/QĐ-UBND);\n' +
        '2. ấp Rạch Lùm (Quyết định số 72/QĐ-UBND).',
    );
    expect(r.foundings).toEqual([
      { org: 'Tổ phòng cháy chữa cháy ấp Bờ Đập', number: '71/QĐ-UBND' },
      { org: 'Tổ phòng cháy chữa cháy ấp Rạch Lùm', number: '72/QĐ-UBND' },
    ]);
  });

  it('reads a village whose name opens with another level word ("ấp Xóm Mới") as one unit', () => {
    const r = read('Ông Lê Văn Tài đọc các quyết định thành lập:\n- Tổ hòa giải ấp Xóm Mới: Quyết định số 15/QĐ-UBND;\n- ấp Bản Chùa: Quyết định số 16/QĐ-UBND.');
    expect(r.foundings.map((f) => f.org)).toEqual(['Tổ hòa giải ấp Xóm Mới', 'Tổ hòa giải ấp Bản Chùa']);
  });

  it('reads no founding from a list under a lead that founds nothing', () => {
    const r = read('Ông Trịnh Văn Lâm đọc các văn bản:\n- Kế hoạch phòng cháy: Quyết định số 305/QĐ-UBND;\n- Chi bộ Trạm Y tế: Quyết định số 306/QĐ-UBND.');
    expect(r.foundings).toEqual([]);
  });
});

describe('foundings spread over places', () => {
  it('founds the body once in each village listed after "tại N thôn", with or without a colon or the level word again', () => {
    const a = read('UBND xã Tà Long ban hành Quyết định số 77/QĐ-UBND thành lập Tổ an ninh cộng đồng tại 3 thôn Ba Ngày, Tà Lao và A Xing.');
    expect(a.foundings.map((f) => f.org)).toEqual(['Tổ an ninh cộng đồng thôn Ba Ngày', 'Tổ an ninh cộng đồng thôn Tà Lao', 'Tổ an ninh cộng đồng thôn A Xing']);
    const b = read('Huyện ủy ban hành Quyết định số 310-QĐ/HU thành lập Tổ dân vận tại 2 bản vùng cao: bản Nậm Khao và bản Pa Tần.');
    expect(b.foundings.map((f) => f.org)).toEqual(['Tổ dân vận bản Nậm Khao', 'Tổ dân vận bản Pa Tần']);
  });

  it('founds the body in each commune listed right after its own', () => {
    const r = read('Quyết định số 41-QĐ/BTGHU về việc thành lập Tổ báo cáo viên cơ sở xã Hương Sơn, xã Hương Lộc và xã Hương Phú.');
    expect(r.foundings.map((f) => f.org)).toEqual([
      'Tổ báo cáo viên cơ sở xã Hương Sơn', 'Tổ báo cáo viên cơ sở xã Hương Lộc', 'Tổ báo cáo viên cơ sở xã Hương Phú',
    ]);
  });

  it('reads a list of bodies a split makes, each numbered in brackets', () => {
    const r = read(
      'Chi bộ khu phố 7 phường Tân Mai có 120 đảng viên. Ban Thường vụ Đảng ủy phường đã chia tách thành hai chi bộ: Chi bộ khu phố 7A (Quyết định số 88-QĐ/ĐU) và Chi bộ khu phố 7B (Quyết định số 89-QĐ/ĐU).',
      { title: 'Phường Tân Mai chia tách chi bộ khu phố 7' },
    );
    expect(r.foundings).toEqual([
      { org: 'Chi bộ khu phố 7A phường Tân Mai', number: '88-QĐ/ĐU' },
      { org: 'Chi bộ khu phố 7B phường Tân Mai', number: '89-QĐ/ĐU' },
    ]);
  });
});

describe('foundings that name the body short', () => {
  it('takes "thành lập Câu lạc bộ" and "Tổ ra đời từ" as the body the article launched in full', () => {
    const a = read(
      'Hội Nông dân xã Ea Tiêu tổ chức lễ ra mắt Câu lạc bộ Nông dân trồng cà phê bền vững buôn Kram. ' +
        'Ông Y Lim Niê công bố Quyết định số 07/QĐ-HND về việc thành lập Câu lạc bộ và Quyết định số 08/QĐ-HND công nhận Ban Chủ nhiệm.',
    );
    expect(a.foundings).toEqual([{ org: 'Câu lạc bộ Nông dân trồng cà phê bền vững buôn Kram', number: '07/QĐ-HND' }]);
    const b = read('Hội LHPN xã Mường Mô tổ chức ra mắt Tổ phụ nữ tự quản bản Nậm Củm. Tổ ra đời từ Quyết định số 05/QĐ-HPN ngày 1/3/2024 của Hội LHPN xã.');
    expect(b.foundings.map((f) => f.org)).toEqual(['Tổ phụ nữ tự quản bản Nậm Củm']);
  });

  it('reads the sentence\'s subject as the body of a decision "về việc thành lập" with nothing after', () => {
    const r = read(
      'Ngày 4/9/2023, Hội Nông dân xã Đạ Tông ra mắt Tổ hội nghề nghiệp trồng hoa ly thôn Đưng K\'Si. ' +
        'Tổ hội đi vào hoạt động sau khi Ban Thường vụ Hội Nông dân xã ban hành Quyết định số 11/QĐ-HND về việc thành lập, gồm 12 hội viên.',
    );
    expect(r.foundings).toEqual([{ org: 'Tổ hội nghề nghiệp trồng hoa ly thôn Đưng K\'Si', number: '11/QĐ-HND' }]);
  });

  it('leaves a head word alone unfounded when the article launched no such body', () => {
    const r = read('Ông Y Lim Niê công bố Quyết định số 07/QĐ-HND về việc thành lập Câu lạc bộ và Quyết định số 08/QĐ-HND công nhận Ban Chủ nhiệm.');
    expect(r.foundings).toEqual([]);
  });
});

describe('foundings told otherwise', () => {
  it('reads "Theo Quyết định số N, X đã khai sinh Y"', () => {
    const r = read('Theo Quyết định số 45/QĐ-HND ký ngày 2/10/2019, Ban Thường vụ Hội Nông dân huyện Tuy Phong đã chính thức khai sinh Tổ hợp tác nuôi dê xã Vĩnh Hảo với 8 thành viên.');
    expect(r.foundings).toEqual([{ org: 'Tổ hợp tác nuôi dê xã Vĩnh Hảo', number: '45/QĐ-HND' }]);
  });

  it('reads bodies told after a semicolon with the verb left out, not a clause with a verb of its own', () => {
    const r = read(
      'Ban Thường vụ Tỉnh ủy đã ban hành các quyết định: Đảng bộ xã Tân Lập được thành lập theo Quyết định số 2101-QĐ/TU; ' +
        'Đảng bộ xã Tân Phú theo Quyết định số 2102-QĐ/TU; Chi bộ thôn 3 được giải thể theo Quyết định số 2103-QĐ/TU.',
    );
    expect(r.foundings).toEqual([
      { org: 'Đảng bộ xã Tân Lập', number: '2101-QĐ/TU' },
      { org: 'Đảng bộ xã Tân Phú', number: '2102-QĐ/TU' },
    ]);
  });

  it('reads militia units and unit names that end in a number the text repeats', () => {
    const a = read('Trung đội Dân quân cơ động xã Mỹ Lộc được thành lập theo Quyết định số 90/QĐ-UBND ngày 3/10/2025 của Chủ tịch UBND xã.');
    expect(a.foundings).toEqual([{ org: 'Trung đội Dân quân cơ động xã Mỹ Lộc', number: '90/QĐ-UBND' }]);
    const b = read('Chiều 6/1, Ủy ban bầu cử xã Kỳ Lạc 2 họp phiên thứ nhất. Ủy ban bầu cử xã Kỳ Lạc 2 được thành lập theo Quyết định số 12/QĐ-UBND của UBND xã.');
    expect(b.foundings).toEqual([{ org: 'Ủy ban bầu cử xã Kỳ Lạc 2', number: '12/QĐ-UBND' }]);
    const c = read('Ông Lê Văn Tám, Chủ tịch UBND xã Tân An 3 năm liền được khen thưởng.');
    expect(c.positions('Lê Văn Tám')).toEqual([{ title: 'Chủ tịch', org: 'Ủy ban nhân dân xã Tân An' }]);
  });
});

describe('offices in founded bodies', () => {
  it('reads "Bí thư ĐTN xã", "được giao làm Đội trưởng" and "làm Trung đội trưởng" of the bodies launched', () => {
    const r = read(
      'Sáng 2/9/2024, Huyện đoàn tổ chức lễ ra mắt Đội thanh niên tình nguyện tuần tra biên giới xã Mường Lống. ' +
        'Đồng chí Lầu Bá Chò, Bí thư ĐTN xã Mường Lống được giao làm Đội trưởng. ' +
        'Ban CHQS xã cũng ra mắt Trung đội Dân quân cơ động xã Mường Lống và giao nhiệm vụ cho đồng chí Vi Văn Hùng làm Trung đội trưởng.',
    );
    expect(r.positions('Lầu Bá Chò')).toEqual([
      { title: 'Bí thư', org: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Mường Lống' },
      { title: 'Đội trưởng', org: 'Đội thanh niên tình nguyện tuần tra biên giới xã Mường Lống' },
    ]);
    expect(r.positions('Vi Văn Hùng')).toEqual([{ title: 'Trung đội trưởng', org: 'Trung đội Dân quân cơ động xã Mường Lống' }]);
  });
});

describe('foundings in a table', () => {
  it('founds the body of a row by the decision whose number is another cell of it', () => {
    const r = read(
      'Chiều 4/3/2025, Đảng ủy phường Quang Trung công bố quyết định thành lập các chi bộ khu dân cư. Các quyết định ký ngày 1/3/2025 của Ban Thường vụ Đảng ủy phường:\n' +
        'Số quyết định | Chi bộ | Số đảng viên\n' +
        '45-QĐ/ĐU | Chi bộ khu dân cư số 2 | 33\n' +
        '46-QĐ/ĐU | Chi bộ khu dân cư số 5 | 27',
    );
    expect(r.foundings.map((f) => f.number)).toEqual(['45-QĐ/ĐU', '46-QĐ/ĐU']);
    expect(r.foundings[0].org).toMatch(/^Chi bộ khu dân cư số 2/u);
    expect(r.documents.map((d) => d.date)).toEqual(['2025-03-01', '2025-03-01']);
  });

  it('founds the body the lead names in the village of a row\'s village cell, signed and dated as the lead says', () => {
    const r = read(
      'Năm 2024, các quyết định thành lập tổ hòa giải do Chủ tịch UBND xã Mường Khoa ký ngày 12/4/2024, cụ thể:\n' +
        'STT | Bản | Quyết định | Tổ trưởng\n' +
        '1 | Nà Khằn | 51/QĐ-UBND | Lò Văn Pọm\n' +
        '2 | Huổi Ke | 52/QĐ-UBND | Tòng Thị Ón',
    );
    expect(r.foundings.map((f) => [f.org, f.number])).toEqual([
      ['Tổ hòa giải bản Nà Khằn', '51/QĐ-UBND'], ['Tổ hòa giải bản Huổi Ke', '52/QĐ-UBND'],
    ]);
    expect(r.documents.map((d) => [d.date, d.issuer])).toEqual(Array(2).fill(['2024-04-12', 'Chủ tịch Ủy ban nhân dân xã Mường Khoa']));
  });

  it('founds nothing from a table of decisions where no founding is told', () => {
    const r = read('Danh sách văn bản đã ban hành trong quý:\n45-QĐ/ĐU | Chi bộ khu dân cư số 2 | kỷ luật khiển trách');
    expect(r.foundings).toEqual([]);
    expect(r.documents.map((d) => d.number)).toEqual(['45-QĐ/ĐU']);
  });
});

describe('foundings whose number a label introduces', () => {
  it('reads cards "• Tên tổ: X / Quyết định thành lập: số N", dated by "được X ký quyết định thành lập trong cùng ngày D, cụ thể:"', () => {
    const r = read(
      'Hai tổ được UBND xã Trà Giang ký quyết định thành lập trong cùng ngày 14/10/2013, cụ thể:\n\n' +
        '• Tên tổ: Tổ bảo vệ rừng cộng đồng thôn Gò Rê\n  Quyết định thành lập: số 112/QĐ-UBND\n  Tổ trưởng: ông Hồ Văn Nót\n' +
        '• Tên tổ: Tổ bảo vệ rừng cộng đồng thôn Nước Lang\n  Quyết định thành lập: số 113/QĐ-UBND\n  Tổ trưởng: ông Đinh Văn Dền',
    );
    expect(r.foundings.map((f) => [f.org, f.number])).toEqual([
      ['Tổ bảo vệ rừng cộng đồng thôn Gò Rê', '112/QĐ-UBND'], ['Tổ bảo vệ rừng cộng đồng thôn Nước Lang', '113/QĐ-UBND'],
    ]);
    expect(r.documents.map((d) => [d.date, d.issuer])).toEqual([['2013-10-14', 'Ủy ban nhân dân xã Trà Giang'], ['2013-10-14', 'Ủy ban nhân dân xã Trà Giang']]);
  });

  it('reads "X chính thức ra mắt (QĐ thành lập: số N ngày D của Y)"', () => {
    const r = read('Chiều 26/8, tại nhà văn hóa bản, Tổ tiết kiệm và vay vốn bản Eo Kén chính thức ra mắt (QĐ thành lập: số 09/QĐ-HND ngày 20/8/2022 của BTV Hội Nông dân xã Pù Luông).');
    expect(r.foundings.map((f) => [f.org, f.number])).toEqual([['Tổ tiết kiệm và vay vốn bản Eo Kén', '09/QĐ-HND']]);
  });

  it('reads a list told as what was founded: "các mô hình được thành lập trước đó là A (Quyết định số N) và B (Quyết định số M)"', () => {
    const r = read('Các mô hình được Hội Phụ nữ xã Đồng Tâm thành lập trước đó là Tổ phụ nữ nuôi ong thôn Khe Cát (Quyết định số 05/QĐ-HPN ngày 3/3/2023) và Câu lạc bộ Phụ nữ khởi nghiệp xã Đồng Tâm (Quyết định số 11/QĐ-HPN ngày 9/9/2023).');
    expect(r.foundings.map((f) => [f.org, f.number])).toEqual([
      ['Tổ phụ nữ nuôi ong thôn Khe Cát xã Đồng Tâm', '05/QĐ-HPN'], ['Câu lạc bộ Phụ nữ khởi nghiệp xã Đồng Tâm', '11/QĐ-HPN'],
    ]);
    const n = read('Người được bầu làm tổ trưởng là bà Lò Thị Hoa (Quyết định số 06/QĐ-HPN).');
    expect(n.foundings).toEqual([]);
  });

  it('reads bare numbers sharing a code ("số 14 và 15/QĐ-HCCB") as documents of their own, each founding its body in order', () => {
    const r = read('Ông Phạm Văn Khải đọc Quyết định số 14 và 15/QĐ-HCCB ngày 8/5/2024 của Ban Thường vụ Hội Cựu chiến binh huyện Yên Mô về việc thành lập Chi hội Cựu chiến binh thôn Bình Hải và Chi hội Cựu chiến binh thôn Bình Sơn.');
    expect(r.documents.map((d) => [d.number, d.date])).toEqual([['14/QĐ-HCCB', '2024-05-08'], ['15/QĐ-HCCB', '2024-05-08']]);
    expect(r.foundings.map((f) => [f.org, f.number])).toEqual([
      ['Chi hội Cựu chiến binh thôn Bình Hải', '14/QĐ-HCCB'], ['Chi hội Cựu chiến binh thôn Bình Sơn', '15/QĐ-HCCB'],
    ]);
    const p = read('Các Quyết định số 21, 22 và 23-QĐ/ĐU cùng ngày 2/3/2025 thành lập Chi bộ thôn Na Ngoa, Chi bộ thôn Na Hẩu và Chi bộ thôn Khe Cọ.');
    expect(p.foundings.map((f) => f.number)).toEqual(['21-QĐ/ĐU', '22-QĐ/ĐU', '23-QĐ/ĐU']);
    const t = read('Quyết định số 31/QĐ-UBND và 32/QĐ-UBND về việc thành lập Tổ công tác A, Tổ công tác B và Tổ công tác C.');
    expect(t.foundings.map((f) => f.number)).toEqual(['32/QĐ-UBND', '32/QĐ-UBND', '32/QĐ-UBND']);
  });

  it('pairs numbers with bodies told "lần lượt" or "theo thứ tự", the body again for each place of a list', () => {
    const r = read('Các Quyết định số 11/QĐ-MTTQ-BTT, 12/QĐ-MTTQ-BTT và 13/QĐ-MTTQ-BTT do Ban Thường trực UBMTTQ phường Long Tuyền ban hành hôm 4-5 lần lượt thành lập Tổ hòa giải khu vực Bình Nhựt, khu vực Bình Dương và khu vực Bình Hòa.');
    expect(r.foundings.map((f) => [f.org, f.number])).toEqual([
      ['Tổ hòa giải khu vực Bình Nhựt', '11/QĐ-MTTQ-BTT'], ['Tổ hòa giải khu vực Bình Dương', '12/QĐ-MTTQ-BTT'], ['Tổ hòa giải khu vực Bình Hòa', '13/QĐ-MTTQ-BTT'],
    ]);
    // "hôm 4-5" with no year and no publishedAt: the day and month only.
    expect(r.documents.map((d) => d.date)).toEqual(['--05-04', '--05-04', '--05-04']);
    const t = read('Bằng các Quyết định số 21/QĐ-HND, 22/QĐ-HND và 23/QĐ-HND ký ngày 3-6-2024, Ban Thường vụ Hội Nông dân xã Tân Hòa thành lập, theo thứ tự, các Tổ hội nuôi tôm ấp Cây Gừa, ấp Rạch Lùm và ấp Kinh Tắc.');
    expect(t.foundings.map((f) => f.number)).toEqual(['21/QĐ-HND', '22/QĐ-HND', '23/QĐ-HND']);
    expect(t.foundings[2].org).toMatch(/^Tổ hội nuôi tôm ấp Kinh Tắc/);
    expect(t.documents.map((d) => [d.date, d.issuer])).toEqual(Array(3).fill(['2024-06-03', 'Ban Thường vụ Hội Nông dân xã Tân Hòa']));
  });

  it('reads a body "hiện có N hội viên, được thành lập trên cơ sở hợp nhất A, B (cũ), theo Quyết định số N"', () => {
    const r = read('Hội Nông dân xã Phú Tân hiện có 540 hội viên, được thành lập trên cơ sở hợp nhất Hội Nông dân 3 xã thuộc huyện Cái Nước, tỉnh Cà Mau (cũ), theo Quyết định số 77/QĐ-HND ngày 1/7/2025 của Ban Thường vụ Hội Nông dân tỉnh Cà Mau.');
    expect(r.foundings.map((f) => [f.org, f.number])).toEqual([['Hội Nông dân xã Phú Tân', '77/QĐ-HND']]);
  });

  it('reads bodies counted in lowercase and founded once in each village listed ("Theo đó, 2 tổ ... được thành lập tại thôn A và thôn B")', () => {
    const r = read('Ngày 5/5/2022, Chủ tịch UBND xã Ia Dom ký Quyết định số 77/QĐ-UBND. Theo đó, 2 tổ tự quản đường biên được thành lập tại thôn Đăk Ui và thôn Ia Mơr.');
    expect(r.foundings.map((f) => [f.org, f.number])).toEqual([
      ['Tổ tự quản đường biên thôn Đăk Ui', '77/QĐ-UBND'], ['Tổ tự quản đường biên thôn Ia Mơr', '77/QĐ-UBND'],
    ]);
    const wrong = read('Ngày 5/5/2022, Chủ tịch UBND xã Ia Dom ký Quyết định số 77/QĐ-UBND. Theo đó, 3 tổ tự quản đường biên được thành lập tại thôn Đăk Ui và thôn Ia Mơr.');
    expect(wrong.foundings).toEqual([]);
  });

  it('reads item lists under "X ra quyết định thành lập hai chi bộ, cụ thể:" a blank line above, and "Hai quyết định được ký ban hành ngày D"', () => {
    const r = read(
      'Ban Thường vụ Đảng ủy xã Ia Tơi ra quyết định thành lập hai chi bộ, cụ thể:\n\n' +
        '+ Chi bộ làng Kon Brông (Quyết định số 61-QĐ/ĐU), gồm 4 đảng viên;\n+ Chi bộ làng Kon Pia (Quyết định số 62-QĐ/ĐU), gồm 3 đảng viên.\n\n' +
        'Hai quyết định được ký ban hành ngày 2/5/2016.',
    );
    expect(r.foundings.map((f) => [f.org, f.number])).toEqual([['Chi bộ làng Kon Brông', '61-QĐ/ĐU'], ['Chi bộ làng Kon Pia', '62-QĐ/ĐU']]);
    expect(r.documents.map((d) => [d.date, d.issuer])).toEqual(Array(2).fill(['2016-05-02', 'Ban Thường vụ Đảng ủy xã Ia Tơi']));
  });

  it('reads "Name: Quyết định số N" lines under "các quyết định do X ký cùng ngày D, cụ thể:" when the founding was told before, and leads that name signer and day', () => {
    const r = read(
      'Đảng ủy phường Phú Hậu trao quyết định thành lập 2 chi bộ.\n' +
        'Đồng chí Lê Thị Na đọc các quyết định do Ban Thường vụ Đảng ủy phường Phú Hậu ký cùng ngày 15/7/2025, cụ thể:\n' +
        '1. Chi bộ Trường Mầm non Hoa Sen: Quyết định số 21-QĐ/ĐU;\n2. Chi bộ tổ dân phố Lạc Sơn: Quyết định số 22-QĐ/ĐU.',
    );
    expect(r.foundings.map((f) => f.number)).toEqual(['21-QĐ/ĐU', '22-QĐ/ĐU']);
    expect(r.documents.map((d) => [d.date, d.issuer])).toEqual(Array(2).fill(['2025-07-15', 'Ban Thường vụ Đảng ủy phường Phú Hậu']));
    const p = read('Đồng chí Trần Văn Ba công bố các quyết định được Ban Thường vụ Thành ủy Bà Rịa ký ngày 26/02/2025:\n1. Quyết định số 1885-QĐ/TU về việc thành lập Đảng bộ các cơ quan Đảng thành phố;');
    expect(p.documents.map((d) => [d.date, d.issuer])).toEqual([['2025-02-26', 'Ban Thường vụ Thành ủy Bà Rịa']]);
    const a = read('Ban Thường vụ Đoàn xã Ea Kao đã ký ngày 15/3/2019 các quyết định: Quyết định số 05-QĐ/ĐTN thành lập Chi đoàn buôn Kmang; Quyết định số 06-QĐ/ĐTN chỉ định Ban Chấp hành lâm thời.');
    expect(a.documents.map((d) => d.date)).toEqual(['2019-03-15', '2019-03-15']);
    expect(a.documents[1].issuer).toMatch(/^Ban Thường vụ Đoàn Thanh niên .*xã Ea Kao$/u);
  });

  it('reads bulleted cards "• Chi bộ X: QĐ số N — Bí thư: ..." under "Các quyết định do đồng chí thay mặt Ban Thường vụ ký ngày D, gồm:"', () => {
    const r = read(
      'Đảng ủy xã Mỹ Đức công bố quyết định thành lập 2 chi bộ trực thuộc.\n' +
        'Các quyết định do đồng chí thay mặt Ban Thường vụ ký ngày 9/10/2025, gồm:\n' +
        '• Chi bộ Trạm Y tế xã Mỹ Đức: QĐ số 45-QĐ/ĐU — Bí thư: đồng chí Lê Thị Hoa\n• Chi bộ Trường Tiểu học Mỹ Đức: QĐ số 46-QĐ/ĐU — Bí thư: đồng chí Phan Văn Tư',
    );
    expect(r.foundings.map((f) => f.number)).toEqual(['45-QĐ/ĐU', '46-QĐ/ĐU']);
    expect(r.documents.map((d) => d.date)).toEqual(['2025-10-09', '2025-10-09']);
  });
});
