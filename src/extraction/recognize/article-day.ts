import { readDateAt, type WrittenDate } from './date-recognizer';

const FULL_DATE = /(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?![\d/])/g;
/** Running text: a line of twenty words or more ending as a sentence ends (not a menu of twenty items). */
const PARAGRAPH = /^[^\n]*[.!?…"”)][ ]*$/gm;

function firstParagraphStart(full: string): number {
  for (const m of full.matchAll(PARAGRAPH)) if (m[0].split(' ').length > 20) return m.index;
  return Math.min(full.length, 2000);
}

/**
 * The day the article tells of as "hôm nay" ("Sáng nay, Chi bộ ... tổ chức Đại hội"): its publication date,
 * else the first full date written above its first paragraph (the headline's "- 18/3/2025", a stamp).
 */
export function articleDay(full: string, publishedAt: string | null | undefined): WrittenDate | null {
  const iso = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt) : null;
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), start: 0, end: 0 };
  const header = full.slice(0, firstParagraphStart(full));
  for (const m of header.matchAll(FULL_DATE)) {
    const d = readDateAt(header, m.index);
    if (d && d.year) return { ...d, start: 0, end: 0 };
  }
  return null;
}
