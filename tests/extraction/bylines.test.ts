import { read } from './helpers';

const BODY =
  'Ngày 4/4/2024, Hội Cựu chiến binh xã Đông Hòa tổ chức hội nghị sơ kết quý I với sự tham dự của đông đủ hội viên, ' +
  'các đại biểu đã thảo luận và thống nhất nhiều giải pháp nâng cao chất lượng hoạt động của Hội trong thời gian tới.';

describe('bylines', () => {
  it('reads the persons of the last short lines, not the body after a dash', () => {
    expect(read(`${BODY}\nPhạm Thu Hà - Trung tâm VH,TT&TT huyện`).authors).toEqual(['Phạm Thu Hà']);
    expect(read(`${BODY}\n\nTác giả: Minh Khôi\n\nTin liên quan\n- Hội nghị khác`).authors).toEqual(['Minh Khôi']);
    expect(read(`${BODY}\nThực hiện: Lê Thảo ( Huyện Đông Hòa)`).authors).toEqual(['Lê Thảo']);
    expect(read(`${BODY}\n\nTác giả bài viết: Đàng Văn Lợi\n`).authors).toEqual(['Đàng Văn Lợi']);
    expect(read(`${BODY}\n\nẢnh, bài: H'Nhi\n`).authors).toEqual(["H'Nhi"]);
    expect(read(`${BODY}\nHồng Nhung-Thanh Tâm`).authors).toEqual(['Hồng Nhung', 'Thanh Tâm']);
    expect(read(`${BODY}\nNguồn tin: Thu Trang`).authors).toEqual(['Thu Trang']);
  });

  it('reads a byline under the headline, with its time stamp', () => {
    expect(read(`Hội nghị sơ kết quý I\n\nQuang Huy - Ngọc Lan 08:15 05/04/2024\n\n${BODY}`).authors).toEqual(['Quang Huy', 'Ngọc Lan']);
  });

  it('takes no person from a body or an editorial desk', () => {
    expect(read(`${BODY}\nNguồn UBMTTQVN huyện Đông Hòa`).authors).toEqual([]);
    expect(read(`${BODY}\nTin: Ban Tuyên giáo`).authors).toEqual([]);
    expect(read(`${BODY}\nTác giả: Ban biên tập\nLượt xem: 87`).authors).toEqual([]);
  });
});

describe('bylines in capitals', () => {
  it('reads a byline written in capitals as a name', () => {
    expect(read(`${BODY}\nNGUYỄN HẰNG`).authors).toEqual(['Nguyễn Hằng']);
  });
});

describe('bylines in header cells', () => {
  it('reads the author of a labelled cell in a header line, even one taken for site chrome', () => {
    const body = 'Ngày 3/3/2024, Đảng ủy xã Tân Hòa tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I và triển khai nhiệm vụ quý II năm 2024.';
    const a = read(`Trang chủ | Tin tức | Liên hệ\nĐăng ngày: 04/03/2024 08:15 | Tác giả: Thu Hà | Lượt xem: 210\n\n${body}`);
    expect(a.authors).toEqual(['Thu Hà']);
    const b = read(`Hội nghị sơ kết quý I\nĐăng bởi: Vi Văn Toàn - 10:20 | 04/03\n\n${body}`);
    expect(b.authors).toEqual(['Vi Văn Toàn']);
  });
});

describe('bylines of several labels and footers', () => {
  it('reads "Tin: X - Ảnh: Y" above a site footer as two authors', () => {
    const r = read(
      'Ngày 2/3/2024, Hội Nông dân xã Tân Lập tổ chức đại hội với sự tham dự của 120 đại biểu đại diện cho hơn hai nghìn hội viên trong toàn xã.\n\n' +
        'Tin: Hồng Vân - Ảnh: Quốc Bảo\n\nCổng thông tin điện tử huyện Tân Lập - Khi trích dẫn tin, bài từ trang này xin ghi tên nguồn và đường dẫn của bài viết gốc.\n',
    );
    expect(r.authors).toEqual(['Hồng Vân', 'Quốc Bảo']);
  });
});

describe('bylines after a stamp and in capitals', () => {
  it('reads a byline after the date it was posted under the headline', () => {
    expect(read(`Hội nghị sơ kết quý I\n\n05/04/2024 | Bài và ảnh: Lục Thị Mai\n\n${BODY}`).authors).toEqual(['Lục Thị Mai']);
    expect(read(`Hội nghị sơ kết quý I\n\n05/04/2024 | Quang Vinh\n\n${BODY}`).authors).toEqual(['Quang Vinh']);
  });

  it('reads names in capitals after a label or on a line of several names, with apostrophes', () => {
    expect(read(`${BODY}\nTin: HOÀI THU - Ảnh: ĐINH VĂN CHƯƠNG`).authors).toEqual(['Hoài Thu', 'Đinh Văn Chương']);
    expect(read(`${BODY}\nTHANH SƠN - K'DUYÊN\n\nTin liên quan\n- Hội nghị khác`).authors).toEqual(['Thanh Sơn', "K'Duyên"]);
  });

  it('takes no writer from a banner in capitals or from a desk\'s initials', () => {
    expect(read(`LÀO CAI ĐIỆN TỬ\n\nHội nghị sơ kết quý I\n\n${BODY}`).authors).toEqual([]);
    expect(read(`${BODY}\nNguồn: TT VH-TT huyện Đông Hòa`).authors).toEqual([]);
    expect(read(`${BODY}\nHÀ NỘI - HẢI PHÒNG`).authors).toEqual([]);
  });

  it('reads no author from a school\'s group named after the author ("Name - Tổ Văn, Trường ...")', () => {
    const r = read(
      'Chi bộ Trường THCS Yên Lạc tổ chức Đại hội\n\nNgày 11/3/2022, Chi bộ Trường THCS Yên Lạc tổ chức Đại hội nhiệm kỳ 2022 - 2025. Đại hội đã bầu chi ủy gồm 3 đồng chí.\n\n' +
        'Đại hội thông qua nghị quyết với sự nhất trí cao của các đảng viên trong chi bộ.\n\nLê Minh Hòa - Tổ Văn, Trường THCS Yên Lạc\n\nBài viết liên quan\n- Hội nghị viên chức năm học mới\n',
    );
    expect(r.authors).toEqual(['Lê Minh Hòa']);
  });

  it('reads a labelled byline with a slash, and a writer under the headline before a view counter, not a section name', () => {
    expect(read(`${BODY}\n\nBài: Ksor Hơ / Ảnh: Đinh Yên\n\nCùng chuyên mục\n- Tin khác`).authors).toEqual(['Ksor Hơ', 'Đinh Yên']);
    expect(read(`Trang chủ | Chính trị | Xã hội\nCHÍNH TRỊ\nMinh Quân | 08/08/2020 | Lượt xem: 541\n\n${BODY}`).authors).toEqual(['Minh Quân']);
  });

  it('reads "Bài & ảnh:", "CTV:", "Tác giả: X | Nguồn: ...", "X / unit", and a writer named Trung', () => {
    expect(read(`${BODY}\n\nBài & ảnh: Hoài An`).authors).toEqual(['Hoài An']);
    expect(read(`${BODY}\n\nCTV: Thạch Sô Phi`).authors).toEqual(['Thạch Sô Phi']);
    expect(read(`${BODY}\n\nTác giả: Lò Thu Hà | Nguồn: Hội Luật gia tỉnh`).authors).toEqual(['Lò Thu Hà']);
    expect(read(`${BODY}\n\nMinh Thúy / Ban Tuyên giáo Huyện ủy`).authors).toEqual(['Minh Thúy']);
    expect(read(`${BODY}\n\nTrung Kiên - Đài Truyền thanh huyện`).authors).toEqual(['Trung Kiên']);
    expect(read(`${BODY}\n\nTrung tâm Văn hóa - Thể thao huyện`).authors).toEqual([]);
  });

  it('reads "Bài viết: X – Ảnh: Y" and a writer before a bar and the writer\'s office', () => {
    expect(read(`${BODY}\n\nBài viết: Lan Anh – Ảnh: Quốc Tuấn`).authors).toEqual(['Lan Anh', 'Quốc Tuấn']);
    expect(read(`${BODY}\n\nHoàng Thị Mai | Văn phòng Đảng ủy xã`).authors).toEqual(['Hoàng Thị Mai']);
    expect(read(`${BODY}\n\nTrang chủ | Tin tức | Văn bản`).authors).toEqual([]);
  });

  it('reads a writer\'s initials alone on the line after the text, and no writer from a paper\'s masthead in capitals', () => {
    expect(read(`${BODY}\n\nT.H`).authors).toEqual(['T.H']);
    expect(read(`TUỔI TRẺ ONLINE\nThời sự | Xã hội\n\n${BODY}`).authors).toEqual([]);
  });
});
