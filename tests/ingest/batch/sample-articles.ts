import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Short articles in the genre of local party news, written for these tests
 * (names and places are made up). Each has a url, so its id is stable.
 */
export const SAMPLE_ARTICLES = [
  {
    url: 'https://tin-dia-phuong.example/hoa-an-so-ket-quy-1',
    title: 'Đảng ủy xã Hòa An sơ kết công tác quý I',
    publishedAt: '2025-03-13',
    text:
      'Ngày 12/3/2025, Đảng ủy xã Hòa An tổ chức hội nghị sơ kết công tác quý I năm 2025. ' +
      'Đồng chí Nguyễn Văn Bình, Bí thư Đảng ủy xã chủ trì hội nghị. ' +
      'Dự hội nghị có đồng chí Lê Thị Hoa, Phó Bí thư Thường trực Đảng ủy xã.',
  },
  {
    url: 'https://tin-dia-phuong.example/thanh-lap-chi-bo-dong-tam',
    title: 'Thành lập Chi bộ thôn Đồng Tâm',
    publishedAt: '2025-04-21',
    text:
      'Ngày 20/4/2025, Ban Thường vụ Đảng ủy xã Hòa An ban hành Quyết định số 112-QĐ/ĐU về việc thành lập ' +
      'Chi bộ thôn Đồng Tâm. Đồng chí Trần Minh Đức được chỉ định giữ chức Bí thư Chi bộ thôn Đồng Tâm.',
  },
  {
    url: 'https://tin-dia-phuong.example/dai-hoi-mttq-phu-loi',
    title: 'Đại hội MTTQ xã Phú Lợi lần thứ XV',
    publishedAt: '2025-05-06',
    text:
      'Sáng 5/5/2025, Ủy ban MTTQ Việt Nam xã Phú Lợi tổ chức Đại hội đại biểu lần thứ XV, nhiệm kỳ 2025 - 2030. ' +
      'Bà Phạm Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam xã Phú Lợi phát biểu khai mạc đại hội.',
  },
  {
    url: 'https://tin-dia-phuong.example/kiem-tra-chi-bo-ban-mong',
    title: 'Kiểm tra công tác đảng viên tại Chi bộ bản Mòng',
    publishedAt: '2025-06-11',
    text:
      'Ngày 10/6/2025, Ủy ban Kiểm tra Đảng ủy xã Phú Lợi kiểm tra việc thực hiện nhiệm vụ đảng viên tại Chi bộ bản Mòng. ' +
      'Đồng chí Hoàng Văn Sơn, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã làm trưởng đoàn.',
  },
  {
    url: 'https://tin-dia-phuong.example/hdnd-hoa-an-ky-hop',
    title: 'HĐND xã Hòa An họp kỳ thứ mười',
    publishedAt: null,
    text:
      'Chiều 2/7, HĐND xã Hòa An khóa XXI tổ chức kỳ họp thứ mười. ' +
      'Đồng chí Đỗ Thị Mai, Chủ tịch HĐND xã điều hành kỳ họp; UBND xã báo cáo tình hình kinh tế - xã hội sáu tháng đầu năm.',
  },
] as const;

/** A fresh temporary folder, removed by `cleanup`. */
export function tempDir(prefix: string): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), `vnpg-${prefix}-`));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** `n` distinct articles made by numbering the samples (for runs longer than five). */
export function numberedArticles(n: number): Array<{ url: string; title: string; publishedAt: string | null; text: string }> {
  return Array.from({ length: n }, (_, i) => {
    const a = SAMPLE_ARTICLES[i % SAMPLE_ARTICLES.length];
    return { url: `${a.url}-${i}`, title: `${a.title} (${i})`, publishedAt: a.publishedAt, text: `${a.text} Tin số ${i}.` };
  });
}
