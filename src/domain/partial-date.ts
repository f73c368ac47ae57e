/**
 * A calendar date as precise as its source: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`,
 * or `--MM-DD` when the year is unknown ("Ngày 08/5" with no publication date).
 */
export type PartialDate = string;

const PARTIAL = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})$/;

/** True when `s` is a real calendar day written `YYYY-MM-DD`. */
export function isFullIsoDate(s: string): boolean {
  // Read by char codes, no match array: every date of every answer is checked here.
  if (s.length !== 10 || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH) return false;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  return y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const DASH = 0x2d;

/** The number written by the ASCII digits s[from, to), or -1 if another character is there. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Proleptic Gregorian, as Date.UTC counts (every answer's date passes here: no Date made). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `s` is a well-formed partial date whose month and day exist. */
export function isPartialDate(s: string): boolean {
  if (!PARTIAL.test(s)) return false;
  if (s.startsWith('--')) return isFullIsoDate(`2000${s.slice(1)}`); // 2000 is a leap year: 29/2 allowed
  if (s.length === 10) return isFullIsoDate(s);
  if (s.length === 7) return Number(s.slice(5)) >= 1 && Number(s.slice(5)) <= 12;
  return true;
}

/** Builds a partial date from parts; `year` null gives `--MM-DD`. Returns null for an impossible day. */
export function makePartialDate(year: number | null, month: number, day: number): PartialDate | null {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const s = year === null ? `--${mm}-${dd}` : `${String(year).padStart(4, '0')}-${mm}-${dd}`;
  return isPartialDate(s) ? s : null;
}

/**
 * The earliest and latest full dates a partial date can stand for, for range
 * filters; a date without a year has no place on the time line (null).
 */
export function partialDateBounds(s: PartialDate): { from: string; to: string } | null {
  if (s.startsWith('--')) return null;
  if (s.length === 10) return { from: s, to: s };
  if (s.length === 7) {
    const [y, m] = s.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { from: `${s}-01`, to: `${s}-${String(last).padStart(2, '0')}` };
  }
  return { from: `${s}-01-01`, to: `${s}-12-31` };
}
