import { ADMIN_LEVEL_WORDS } from '../lexicon/admin-levels';
import type { DocumentMention } from './document-recognizer';
import type { OrgPhrase } from './org-phrase';
import { kindInVillage, kindNamed, orgSpanning } from './org-stretch';

/**
 * Foundings given as the rows of a table, a row's cells apart by "|":
 *
 *   "Số quyết định | Tên chi bộ | Đảng viên
 *    201-QĐ/ĐU | Chi bộ Tổ dân phố Hoàng Thạch | 41"
 *
 * A row founds the body of one of its cells by the decision whose number is another cell, where the text
 * before the table tells of founding.
 */

/** How far above the row the founding is told. */
const LEAD_REACH = 800;
const FOUNDING_TOLD = /thành[ ]+lập|ra[ ]+mắt/iu;

/** Whether the `reach` characters before `at` tell of a founding or a launch. */
export function foundingToldBefore(text: string, at: number, reach: number): boolean {
  return FOUNDING_TOLD.test(text.slice(Math.max(0, at - reach), at));
}

export function tableRowFounding(text: string, doc: DocumentMention): OrgPhrase | null {
  const lineStart = text.lastIndexOf('\n', doc.start - 1) + 1;
  const newline = text.indexOf('\n', doc.end);
  const lineEnd = newline < 0 ? text.length : newline;
  const cells = cellsOf(text, lineStart, lineEnd);
  if (cells.length < 2 || !cells.some((c) => c.start === doc.start && c.end === doc.end)) return null;
  if (doc.type !== 'Quyết định' || !foundingToldBefore(text, lineStart, LEAD_REACH)) return null;
  for (const c of cells) {
    const body = c.start === doc.start ? null : orgSpanning(text, c.start, c.end);
    if (body) return body;
  }
  return placeRow(text, lineStart, cells);
}

/** A village column's header: "Thôn", "Tên ấp", "Khu phố". */
const PLACE_HEADER = new RegExp(`^(?:tên[ ]+)?(${ADMIN_LEVEL_WORDS.filter((l) => l.level === 'VILLAGE').map((l) => l.word).join('|')})$`, 'iu');
/** "các quyết định thành lập |tổ công nghệ số cộng đồng| do Chủ tịch UBND xã ký ...": the body the rows found, in lowercase. */
const FOUNDED_KIND = /thành[ ]+lập[ ]+((?:\p{Ll}+[ ]+){1,7}?)(?=do[ ]|theo[ ]|của[ ]|ở[ ]|tại[ ]|cho[ ]|ký[ ]|được[ ]|ngày[ ]|cụ[ ]+thể|gồm|như[ ]+sau|[,:])/gu;

/**
 * "các quyết định thành lập tổ công nghệ số cộng đồng ..., cụ thể:" above "STT | Thôn | Quyết định | Tổ trưởng" and
 * "1 | Vĩnh Đức | 41/QĐ-UBND | ...": the body the lead names, in the village of the row's village cell.
 */
function placeRow(text: string, lineStart: number, cells: Array<{ start: number; end: number }>): OrgPhrase | null {
  const header = headerAbove(text, lineStart);
  if (!header) return null;
  const column = header.cells.findIndex((c) => PLACE_HEADER.test(text.slice(c.start, c.end)));
  const cell = column >= 0 ? cells[column] : undefined;
  if (!cell) return null;
  const word = PLACE_HEADER.exec(text.slice(header.cells[column].start, header.cells[column].end))![1].toLowerCase();
  let kind: RegExpExecArray | null = null;
  for (const m of text.slice(Math.max(0, header.start - LEAD_REACH), header.start).matchAll(FOUNDED_KIND)) kind = m;
  if (!kind) return null;
  const named = kindNamed(kind[1]);
  return named ? kindInVillage(named, word, text.slice(cell.start, cell.end), cell.start, cell.end) : null;
}

/** The first row of the table the line at `lineStart` belongs to, where it has no digit (a header). */
function headerAbove(text: string, lineStart: number): { start: number; cells: Array<{ start: number; end: number }> } | null {
  let start = lineStart;
  for (let k = 0; k < 30 && start > 0; k++) {
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    if (!text.slice(prev, start - 1).includes('|')) break;
    start = prev;
  }
  if (start === lineStart) return null;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? text.length : end);
  return /\d/u.test(line) ? null : { start, cells: cellsOf(text, start, end < 0 ? text.length : end) };
}

/** The cells of a row as spans of the text, blanks trimmed; none when the line has no "|". */
function cellsOf(text: string, lineStart: number, lineEnd: number): Array<{ start: number; end: number }> {
  const line = text.slice(lineStart, lineEnd);
  if (!line.includes('|')) return [];
  const cells: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const part of line.split('|')) {
    const lead = part.length - part.trimStart().length;
    const start = lineStart + from + lead;
    cells.push({ start, end: start + part.trim().length });
    from += part.length + 1;
  }
  return cells.filter((c) => c.end > c.start);
}
