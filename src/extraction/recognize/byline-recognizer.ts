import { isProvinceName, isSurname, titleCase } from './scan';

/** A person named in the byline. */
export interface BylineMention {
  name: string;
  start: number;
  end: number;
}

const LABEL = /^(?:tác giả(?: bài viết)?|bài viết|ảnh, bài|ảnh và bài|đăng bởi|người đăng|người viết|thực hiện|nguồn tin|nguồn|tin và ảnh|tin, ảnh|tin & ảnh|bài và ảnh|bài, ảnh|bài & ảnh|tin|bài|ảnh|theo|phóng viên|pv|nhóm pv|ctv|cộng tác viên)[ ]*(?::[ ]*)?/iu;
/** A name of two to four syllables; the first may be one capital ("Y Sương", "A Khuyên"). */
const NAME_PART = /^\p{Lu}(?:'\p{Lu})?\p{Ll}*(?:[ ]+\p{Lu}(?:'\p{Lu})?\p{Ll}*){1,3}$/u;
/** A name of one syllable with an apostrophe: "K'Brơi", "R'Châm". */
const ONE_SYLLABLE_NAME = /^\p{Lu}'\p{Lu}\p{Ll}+$/u;
/** A part in capitals: "NGỌC MINH", "K'BRƠI". */
const CAPS = /^[\p{Lu}' ]{4,40}$/u;
/** Every syllable has a vowel; initials ("TT", "VH") have none. */
function hasVowel(word: string): boolean {
  return /[aeiouy]/iu.test(word.normalize('NFD'));
}
/** A date or time before the byline: "21/03/2025 | Bài và ảnh: X", "18/03/2021 | X". */
const LEADING_STAMP = /^(?:\d{1,2}\/\d{1,2}\/\d{4}(?:[ ]+\d{1,2}:\d{2})?|\d{1,2}:\d{2}(?:[ ]+\d{1,2}\/\d{1,2}\/\d{4})?)[ ]*[|•][ ]*/u;
/** A writer's name by an initial: "K.Ngân", "H. Phúc". */
const INITIAL_NAME = /^\p{Lu}\.[ ]?\p{Lu}\p{Ll}+$/u;
const PART_SEPARATOR = /[ ]*[-,;&/|][ ]*|[ ]+và[ ]+/u;
/** A military or police rank before a writer's name: "Trung úy Lò Văn Hưng (Ban CHQS huyện)". */
const RANK = /^(?:Thiếu|Trung|Thượng|Đại)[ ]+(?:úy|uý|tá|tướng)[ ]+/u;
/** A label opening a later part: "Tin: Minh Trí - Ảnh: Bảo Châu". */
const PART_LABEL = /^(?:ảnh|tin|bài(?: viết)?|video|clip|đồ họa)[ ]*:[ ]*/iu;
/** First words of bodies and page parts, never of a byline name ("Ban Tuyên giáo", "Đội TT"). */
const NOT_A_BYLINE = /^(?:Ban|Đội|Trung(?=[ ]+(?:tâm|ương|đội|đoàn|học))|Phòng|Hội|Ủy|Uỷ|Báo|Cổng|Đài|Trang|Tin|Sở|Xem|Cục|Chi|Đảng|Huyện|Tỉnh|Xã|Phường|Quận|Thành|Thị|Thôn|Các|Một|Thời|Liên|Thống|Tỷ|Đang|Bình|Chia|Quản|Lượt|Tác|Nguồn|Khu|Tổ|Khoa|Trạm)(?![\p{L}])/u;

/** A site's section over the headline ("CHÍNH TRỊ", "Văn hóa - Xã hội"), never a writer. */
const SECTION =
  /^(?:chính trị|kinh tế|xã hội|văn hóa|thể thao|thời sự|quốc phòng|an ninh|pháp luật|giáo dục|y tế|nông nghiệp|du lịch|đời sống|môi trường|quốc tế|khoa học|công nghệ|sức khỏe|sự kiện|bạn đọc)$/iu;
/** A view counter after a byline under the headline: "Quốc Chiến | 08/08/2020 | Lượt xem: 541". */
const COUNTER = /[ ]*[|•][ ]*lượt[ ]+xem[ ]*(?::[ ]*)?[\d.,]+[ ]*$/iu;
/** A labelled byline at the end, blanked as a menu for its slash: "Bài: Siu Nhung / Ảnh: Hoàng Ngọc". */
const LABELLED_LINE = /^(?:tin|bài(?: viết)?|ảnh|tin, ảnh|bài, ảnh|ảnh, bài|tin và ảnh|bài và ảnh|ảnh và bài|tác giả(?: bài viết)?|người viết|phóng viên)[ ]*:[ ]*\p{Lu}/iu;
const INITIALS_ONLY = /^\p{Lu}(?:\.\p{Lu}){1,3}\.?$/u;
/** A paper's masthead in capitals ("TUỔI TRẺ ONLINE"): no writer. */
const OUTLET = /(?:^|[ ])(?:Online|News|Điện[ ]+[Tt]ử)$/u;
/** "Ngọc Thúy / Ban Tuyên giáo Huyện ủy", "Ma Văn Đức | Văn phòng HĐND và UBND xã": a writer, then the writer's unit after a slash or a bar. */
const NAME_SLASH_UNIT = /^\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){1,3}[ ]+[/|][ ]+\p{Lu}/u;

/**
 * Byline persons: the short lines right after the last paragraph of running
 * text ("Trần Lương- Đội TT,VH,&TT ...", "Tác giả: Trọng Nghĩa", "Thực hiện:
 * Nguyễn Hằng (Huyện ...)"), and a name with time and date under the headline.
 * Bodies ("Nguồn UBMTTQVN huyện ...", "Tin: Ban Tuyên giáo") are no persons.
 */
export function recognizeBylines(text: string, full: string = text): BylineMention[] {
  const lines = linesOf(text);
  const out: BylineMention[] = [];
  // Only the first and the last paragraph matter: lines between are not asked.
  let firstParagraph = 0;
  while (firstParagraph < lines.length && !isParagraph(lines[firstParagraph].text)) firstParagraph++;
  if (firstParagraph === lines.length) return out;
  let lastParagraph = lines.length - 1;
  while (!isParagraph(lines[lastParagraph].text)) lastParagraph--;
  const headerLines = linesOf(full.slice(0, lines[firstParagraph].start));
  // Under the headline, read before chrome was blanked: "Hoài Nam 15:20 | 08/10/2022" reads as a menu.
  const head = headerLines.filter((l) => l.text.trim() !== '').slice(-4);
  for (const line of head) for (const name of namesOf(line.text, true)) out.push(at(line, name));
  // Header lines of cells ("Đăng ngày: ... | Tác giả: Hoài Thương"), read in the text before chrome was blanked.
  for (const line of headerLines) for (const name of labelledCells(line.text)) out.push(at(line, name));
  const tail: Line[] = [];
  for (let k = lastParagraph + 1; k < lines.length && tail.length < 4; k++) {
    const line = recovered(lines[k], full);
    if (line.text.trim() !== '') tail.push(line);
  }
  for (const line of tail) for (const name of namesOf(line.text, false)) out.push(at(line, name));
  return out;
}

const BYLINE_MAX = 300;
/** A time stamp closing a byline: "18:03 14/05/2021", "| 09/01/2026 08:05", "15:20 | 08/10/2022". */
const STAMP = /[ ]*(?:[|•][ ]*)?(?:\d{1,2}:\d{2}(?:[ ]*(?:[|•,][ ]*)?\d{1,2}\/\d{1,2}\/\d{4})?|\d{1,2}\/\d{1,2}\/\d{4}(?:[ ]*(?:[|•,][ ]*)?\d{1,2}:\d{2})?)[ ]*$/u;

/**
 * The names of a byline line. Under the headline every part must be a name
 * ("Kim Hương - Quốc Vũ 18:03 14/05/2021"); at the end the names come first
 * and a body may follow ("Mỹ Loan – Trung tâm VH,TT&TT").
 */
function namesOf(raw: string, strict: boolean): string[] {
  const trimmed = raw.trim();
  // No byline runs this long; its stamp patterns, tried at every blank of a long run, would take quadratic time.
  if (trimmed.length > BYLINE_MAX) return [];
  const line = trimmed.replace(COUNTER, '').replace(LEADING_STAMP, '');
  const labelled = LABEL.test(line);
  let s = line.replace(LABEL, '').replace(RANK, '').replace(STAMP, '');
  s = s.replace(/\([^()]*\)?\s*$/u, '').trim();
  const names: string[] = [];
  const parts = s.split(PART_SEPARATOR);
  const bare = (part: string) => part.trim().replace(PART_LABEL, '').replace(/\s+/g, ' ');
  // "LẠC PHONG - K'BRƠI", "Tin: MINH KHANG - Ảnh: ...": names in capitals, the whole line or after a label.
  let allCaps: boolean | undefined;
  const capsLine = () => (allCaps ??= parts.length > 1 && parts.every((part) => CAPS.test(bare(part))));
  for (const part of parts) {
    const raw = bare(part);
    // "NGUYỄN HẰNG", "HỒNG ĐÀO": a name in capitals, not initials ("TT VH").
    const caps = CAPS.test(raw) && raw.split(' ').every(hasVowel) ? titleCase(raw, true) : null;
    const sure = caps !== null && (labelled || PART_LABEL.test(part.trim()) || capsLine());
    const p = caps && (sure || isSurname(caps.split(' ')[0]) || (parts.length === 1 && caps.split(' ').length <= 3)) ? caps : raw;
    // "T.H", "H.T.L" alone on the line after the text: a writer's initials (not under the headline, where menus stand).
    const initials = !strict && parts.length === 1 && INITIALS_ONLY.test(raw) ? raw : null;
    if (initials) {
      names.push(initials);
      break;
    }
    if (!(NAME_PART.test(p) || INITIAL_NAME.test(p) || ONE_SYLLABLE_NAME.test(p)) || NOT_A_BYLINE.test(p) || SECTION.test(p) || OUTLET.test(p) || isProvinceName(p)) break;
    names.push(p);
  }
  return strict && !labelled && names.length < parts.length ? [] : names;
}

/** Running text: twenty words or more, ending as a sentence ends. */
function isParagraph(line: string): boolean {
  if (line.length < 60) return false;
  let spaces = 0;
  for (let i = 0; i < line.length && spaces < 19; i++) if (line.charCodeAt(i) === 32) spaces++;
  return spaces >= 19 && endsAsSentence(line);
}

/** `/[.!?…"”)][ ]*$/` without a regex: a scan from every offset of a long line is not free. */
function endsAsSentence(line: string): boolean {
  let e = line.length;
  while (e > 0 && line.charCodeAt(e - 1) === 32) e--;
  return e > 0 && SENTENCE_END.includes(line[e - 1]);
}

const SENTENCE_END = '.!?…"”)';

interface Line {
  text: string;
  start: number;
}

/** A line of names in capitals ("NGỌC MINH - R'CHÂM") was blanked as a headline, a labelled one or a name with a slash or bar as a menu: read it as it stood. */
function recovered(line: Line, full: string): Line {
  if (line.text.trim() !== '') return line;
  const before = full.slice(line.start, line.start + line.text.length);
  const t = before.trim();
  return CAPS_LINE.test(t) || LABELLED_LINE.test(t) || NAME_SLASH_UNIT.test(t) ? { text: before, start: line.start } : line;
}
const CAPS_LINE = /^[\p{Lu}' ]{4,40}(?:[ ]*[-–,][ ]*[\p{Lu}' ]{4,40}){0,3}$/u;

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    out.push({ text: part, start });
    start += part.length + 1;
  }
  return out;
}

function at(line: Line, name: string): BylineMention {
  let i = line.text.indexOf(name);
  if (i < 0) i = line.text.toLowerCase().indexOf(name.toLowerCase());
  const start = line.start + Math.max(0, i);
  return { name, start, end: start + (i < 0 ? 0 : name.length) };
}

const LABELLED_CELL = /^(?:tác giả(?: bài viết)?|đăng bởi|người đăng|người viết|phóng viên)[ ]*:/iu;

/** "Đăng ngày: 22/09/2022 | Tác giả: Hoài Thương | Lượt xem: 134", "Đăng bởi: Lục Hằng - 08:35": the names of a labelled cell of a header line. */
function labelledCells(line: string): string[] {
  return line.split('|').filter((c) => LABELLED_CELL.test(c.trim())).flatMap((c) => namesOf(c, false));
}

