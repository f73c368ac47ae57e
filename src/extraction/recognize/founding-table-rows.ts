import type { DocumentMention } from './document-recognizer';
import type { OrgPhrase } from './org-phrase';
import { orgSpanning } from './org-stretch';

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

export function tableRowFounding(text: string, doc: DocumentMention): OrgPhrase | null {
  const lineStart = text.lastIndexOf('\n', doc.start - 1) + 1;
  const newline = text.indexOf('\n', doc.end);
  const lineEnd = newline < 0 ? text.length : newline;
  const cells = cellsOf(text, lineStart, lineEnd);
  if (cells.length < 2 || !cells.some((c) => c.start === doc.start && c.end === doc.end)) return null;
  if (doc.type !== 'Quyết định' || !FOUNDING_TOLD.test(text.slice(Math.max(0, lineStart - LEAD_REACH), lineStart))) return null;
  for (const c of cells) {
    const body = c.start === doc.start ? null : orgSpanning(text, c.start, c.end);
    if (body) return body;
  }
  return null;
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
