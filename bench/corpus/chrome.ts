import type { Person } from './people';
import type { Rng } from './prng';

/** Site chrome around an article: header, byline, image lines and captions, related links. */
export interface ChromeInput {
  r: Rng;
  site: string;
  title: string;
  published: string | null;
  authors: Person[]; // empty: the byline names no person ("Nhóm PV")
  paragraphs: string[];
  captions: string[];
}

/** Joins the story with the crawl noise: "Đình Thế 06:02 18/07/2025" bylines, image file names. */
export function dressArticle(c: ChromeInput): string {
  const { r } = c;
  const lines: string[] = [`${c.site} | ${r.pick(['Chính trị', 'Xây dựng Đảng', 'Thời sự', 'Tin địa phương'])}`, '', c.title, ''];
  const names = c.authors.map((a) => a.name).join(' - ');
  const bylineTop = c.authors.length > 0 && r.chance(0.5);
  if (c.published) {
    const [y, m, d] = c.published.split('-');
    const stamp = `${String(r.int(6, 21)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')} ${d}/${m}/${y}`;
    lines.push(bylineTop ? `${names} ${stamp}` : stamp, '');
  } else if (bylineTop) {
    lines.push(names, '');
  }
  const captions = c.captions.slice();
  c.paragraphs.forEach((p, i) => {
    lines.push(p, '');
    if (i === 0 || (captions.length > 0 && r.chance(0.3))) {
      lines.push(`${r.pick(['img', 'anh', 'z'])}${r.hex(12)}-${r.hex(8)}.jpg`);
      lines.push(captions.shift() ?? 'Ảnh minh họa.', '');
    }
  });
  if (!bylineTop) lines.push(c.authors.length ? r.pick([names, `Tin, ảnh: ${names}`, `Bài, ảnh: ${names}`]) : 'Nhóm PV', '');
  lines.push('Tin cùng chuyên mục', `- ${r.pick(RELATED)}`, `- ${r.pick(RELATED)}`, '', 'Chia sẻ | Bình luận');
  return lines.join('\n');
}

const RELATED = [
  'Nâng cao chất lượng sinh hoạt chi bộ ở cơ sở',
  'Đẩy mạnh chuyển đổi số trong cơ quan đảng',
  'Vận hành thông suốt chính quyền địa phương hai cấp',
  'Nhiều đổi thay ở vùng nông thôn mới',
  'Phát huy vai trò người có uy tín trong đồng bào',
  'Siết chặt kỷ luật, kỷ cương hành chính',
  'Sẵn sàng cho mùa mưa bão',
];
