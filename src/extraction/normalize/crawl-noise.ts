import { blankMarkup } from './markup';

/**
 * Site chrome that carries no facts, blanked with spaces so offsets stay put:
 * font-size widgets ("A- A A+ | Tăng tương phản"), menus and breadcrumbs
 * ("Trang chủ | Tin tức"), image file names ("z5196823304417_4c1f.jpg"),
 * counters ("Lượt xem: 87"), headlines in capitals, and the lists after
 * "Tin liên quan" / "Tin cùng chuyên mục". Acronyms in parentheses
 * ("Mặt trận Tổ quốc (MTTQ) Việt Nam") are blanked too, so the name reads on.
 */
export function blankCrawlNoise(text: string): string {
  const lines = blankMarkup(text).split('\n');
  let inRelated = false;
  const out = lines.map((line, i) => {
    const trimmed = line.trim();
    if (trimmed.length < 40 && RELATED_HEADING.test(trimmed)) {
      inRelated = true;
      return blank(line);
    }
    if (inRelated) {
      if (trimmed === '' || LIST_ITEM.test(trimmed) || !/[.!?…]$/.test(trimmed)) return blank(line);
      inRelated = false;
    }
    if (isChromeLine(trimmed) && !headsTable(trimmed, lines[i + 1])) return blank(line);
    const imaged = IMAGE_EXTENSION.test(line) ? line.replace(IMAGE_FILE, blank) : line;
    return line.includes('(') ? imaged.replace(ACRONYM_IN_PARENS, blank) : imaged;
  });
  return out.join('\n');
}

const RELATED_HEADING =
  /^(?:tin liên quan|tin cùng chuyên mục|các tin khác|tin khác|cùng chủ đề|các tin đã đưa|tin mới|bài viết liên quan|xem thêm|đọc thêm|tin đã đưa|tin bài liên quan)\b.{0,20}$/iu;
const LIST_ITEM = /^[-+•*»]\s/u;
/** A document's number as a table's cell: Party style "201-QĐ/ĐU" or state style "15/QĐ-UBND". */
const TABLE_ROW_NUMBER = /(?:^|\| )\d{1,5}(?:-[A-ZĐ]{1,5}\/|(?:\/\d{4})?\/[A-ZĐ]{1,5}-)[A-ZĐa-zđ-]+(?: \||$)/u;
const SPACED_NUMBER = /\d[ ]\/[ ]\p{Lu}/gu;
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|bmp)\b/i;
const IMAGE_FILE = /(?<![\p{L}\p{N}_.-])[\p{L}\p{N}_.-]{1,160}\.(?:jpe?g|png|gif|webp|bmp)\b/giu;
const ACRONYM_IN_PARENS = /\(\s*[A-ZĐ][A-ZĐ-]{1,9}\s*\)/gu;
const WIDGET = /A-\s*A\s*A\+|tương phản|cỡ chữ|lượt xem|người đăng tin|ngày đăng tin|đang online|đang truy cập|chia sẻ:|in trang|gửi bài viết|bản quyền thuộc|ghi rõ nguồn|nêu (?:rõ )?tên nguồn|khi trích dẫn|chịu trách nhiệm (?:chính|nội dung)[ ]*:|giấy phép (?:số|xuất bản|thiết lập)|xem tiếp|\]\]>/iu;

function isChromeLine(line: string): boolean {
  if (line === '' || line.length > 240) return false;
  if (WIDGET.test(line)) return true;
  // Items apart by " | ", " / ", " » ": a menu or breadcrumb; not a sentence that leads a list ("...như sau:") or writes a number spaced ("312 / QĐ-UBND").
  // A row of a table that holds a document's number ("201-QĐ/ĐU | Chi bộ Tổ dân phố A | 41") is no menu.
  if (/ \| | » | \/ | > /.test(line.replace(SPACED_NUMBER, '')) && !/[.!?:;]$/.test(line) && !TABLE_ROW_NUMBER.test(line)) return true;
  if (/^trang chủ\b/iu.test(line)) return true;
  return isCapitalsLine(line);
}

/** "STT | Thôn | Quyết định | Tổ trưởng" right above a row that holds a document's number, with as many cells: the table's header. */
function headsTable(line: string, next: string | undefined): boolean {
  if (next === undefined || !line.includes(' | ')) return false;
  const row = next.trim();
  const cells = line.split(' | ');
  return TABLE_ROW_NUMBER.test(row) && row.split(' | ').length === cells.length && cells.some((c) => NUMBER_COLUMN.test(c.trim()));
}
/** The header of the column of numbers, or of the rows' order. */
const NUMBER_COLUMN = /^(?:STT|TT|Số(?:[ ]+(?:quyết[ ]+định|QĐ|hiệu))?|Quyết[ ]+định(?:[ ]+(?:số|thành[ ]+lập))?|QĐ(?:[ ]+số)?)$/iu;

/** A headline or site banner in capitals: three or more words, almost no lowercase letters. */
function isCapitalsLine(line: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const kind = c < CASE_CODES ? CASE[c] : caseOfChar(line[i]);
    if (kind === UPPER) upper++;
    else if (kind === LOWER) lower++;
    if (lower > 0 && lower > upper * 0.1 && i > 40) return false;
  }
  return upper >= 10 && lower <= upper * 0.1 && line.split(/\s+/).length >= 3;
}

const UPPER = 1;
const LOWER = 2;

/** A capital: lowercasing changes it; a lowercase letter: uppercasing does. Neither for marks, digits, punctuation. */
function caseOfChar(ch: string): number {
  return ch.toLowerCase() !== ch ? UPPER : ch.toUpperCase() !== ch ? LOWER : 0;
}

/** `caseOfChar` by code below U+2000 (ASCII, Vietnamese letters, their marks), once: no strings made per character. */
const CASE_CODES = 0x2000;
const CASE = new Uint8Array(CASE_CODES);
for (let c = 0; c < CASE_CODES; c++) CASE[c] = caseOfChar(String.fromCharCode(c));

function blank(s: string): string {
  // Lines and matches within a line have no newline: spaces of the same length, without a regex.
  return s.includes('\n') ? s.replace(/[^\n]/g, ' ') : ' '.repeat(s.length);
}
