import { makePartialDate, type PartialDate } from '../../domain/partial-date';

/** A calendar date as written: "7/8/2025", "08/5", "30 tháng 6 năm 2022", "16 tháng Ba năm 2026". */
export interface WrittenDate {
  day: number;
  month: number;
  year: number | null;
  start: number;
  end: number;
}

const NUMERIC = /(\d{1,2})[ ]*([/.-])[ ]*(\d{1,2})(?:[ ]*\2[ ]*(\d{4}|\d{2}))?(?![\d/]|[.-]\d)/y;
const WORDED = /(\d{1,2})[ ]+[Tt]háng[ ]+(\d{1,2}|Giêng|Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười(?:[ ]+[Mm]ột|[ ]+[Hh]ai)?|Chạp)(?:[ ]*(?:,[ ]*)?[Nn]ăm[ ]+(\d{4}))?(?![\p{L}\d])/uy;
/** "tháng Ba", "tháng Mười một", "tháng Chạp": a month written as a word, capitalized. */
const MONTH_WORDS: Record<string, number> = {
  'Giêng': 1, 'Một': 1, 'Hai': 2, 'Ba': 3, 'Tư': 4, 'Năm': 5, 'Sáu': 6, 'Bảy': 7, 'Tám': 8, 'Chín': 9, 'Mười': 10, 'Mười một': 11, 'Mười hai': 12, 'Chạp': 12,
};

/** The date written exactly at `pos`, or null (impossible days are no dates). */
export function readDateAt(text: string, pos: number): WrittenDate | null {
  for (const re of [WORDED, NUMERIC]) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const numeric = re === NUMERIC;
    const day = Number(m[1]);
    const month = numeric ? Number(m[3]) : monthOf(m[2]);
    const yearText = numeric ? m[4] : m[3];
    let year = yearText === undefined ? null : Number(yearText);
    if (year !== null && year < 100) year += 2000;
    if (makePartialDate(year ?? 2000, month, day) === null) continue;
    return { day, month, year, start: pos, end: pos + m[0].length };
  }
  return null;
}

function monthOf(written: string): number {
  if (/^\d/u.test(written)) return Number(written);
  const [first, second] = written.split(/[ ]+/u);
  return MONTH_WORDS[second ? `${first} ${second.toLowerCase()}` : first];
}

/**
 * The ISO form of a written date. A missing year is the publication's
 * (the year before when the month is well after publication), else unknown:
 * "--05-08".
 */
export function toPartialDate(d: WrittenDate, publishedAt: string | null | undefined): PartialDate | null {
  let year = d.year;
  if (year === null && publishedAt && /^\d{4}-\d{2}/.test(publishedAt)) {
    const py = Number(publishedAt.slice(0, 4));
    const pm = Number(publishedAt.slice(5, 7));
    year = d.month > pm + 1 ? py - 1 : py;
  }
  return makePartialDate(year, d.month, d.day);
}

/** "ngày 20/9/2017", "hôm 20-9". */
const DATE_AFTER_NGAY = /(?:ngày|hôm)[ ]+/iuy;

/** "ngày 21/7/2025" or "ngày 22 tháng 8 năm 2023" at `pos` (after optional spaces and a comma). */
export function readNgayDateAt(text: string, pos: number): WrittenDate | null {
  const p = /[ ,]*/y;
  p.lastIndex = pos;
  p.exec(text);
  DATE_AFTER_NGAY.lastIndex = p.lastIndex;
  const m = DATE_AFTER_NGAY.exec(text);
  if (!m) return null;
  const d = readDateAt(text, p.lastIndex + m[0].length);
  return d ? { ...d, start: p.lastIndex } : null;
}
