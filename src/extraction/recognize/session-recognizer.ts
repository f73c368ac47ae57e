import type { SessionKind } from '../../domain/kinds';
import { ISSUING_WORDS, PLANNED_WORDS, SESSION_WORDS } from '../lexicon/session-words';
import { readDateAt, type WrittenDate } from './date-recognizer';
import type { SentenceRange } from './sentences';

/** A reported event: a sentence that opens with its date and says what took place. */
export interface SessionMention {
  /** `lastDay`: the last day of a stretch ("trong hai ngày 6 và 7/12"), dated by its first. */
  date: WrittenDate & { lastDay?: number };
  kind: SessionKind;
  sentence: SentenceRange;
  /** The stretch of text that tells about it: up to the next event's sentence. */
  region: { start: number; end: number };
}

/**
 * "Sáng ngày", "Chiều", "Ngày", "(gialai.gov.vn) - Sáng" (the agency may be blanked), "BHG - Ngày", "* Sáng", "Hôm nay (...)",
 * "Sáng hôm sau (...)", "Vào lúc 8 giờ ngày", "Vào hồi 8 giờ 30 phút ngày", "Vào lúc 14g00 ngày", "Sáng thứ Ba (05/3/2024)",
 * "Từ ngày 12 đến ngày 13/5", "Trong 2 ngày, từ 14 - 15/8", "Từ 8h00 sáng": what may stand before the date.
 */
const LEAD = /[ ]*(?:\([^()\n]{1,40}\)[ ]*|\p{Lu}{2,8}[ ]*(?=[-–]))?(?:[-–*•][ ]*)?(?:trong[ ]+(?:\d|hai|ba)[ ]+ngày[ ]*(?:\([ ]*|,[ ]*)?)?(?:(?:vào|trong)[ ]+)?(?:(?:(?:lúc|hồi|từ)[ ]+)?\d{1,2}[ ]*(?:giờ|h|g)(?:[ ]*\d{1,2}(?:[ ]*(?:phút|'))?)?[ ]+)?(?:(?:buổi[ ]+)?(?:sáng|chiều|tối|trưa|đêm)[ ]+)?(?:(?:thứ[ ]+(?:hai|ba|tư|năm|sáu|bảy)|chủ[ ]+nhật)[ ]*(?:,[ ]*)?(?:\([ ]*)?)?(?:(?:hôm[ ]+|(?:một|hai|ba|bốn|năm|\d{1,2})[ ]+ngày[ ]+)?(?:nay|qua|sau)[ ]*\([ ]*)?(?:các[ ]+)?(?:từ[ ]+)?(?:hôm[ ]+(?=\d))?(?:ngày[ ]+)?(?:(?:mùng|mồng)[ ]+)?/iuy;
/** "28-29/6", "12 và 13/3": a stretch of days; the event is dated by its first. */
const DAY_RANGE = /(\d{1,2})[ ]*(?:-|–|và|đến(?:[ ]+ngày)?)[ ]*(?=\d{1,2}[ ]*[/.-][ ]*\d{1,2})/uy;
const words = (list: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${list.join('|')})(?![\\p{L}])`, 'iu');
const PLANNED = words(PLANNED_WORDS);
const ISSUING = words(ISSUING_WORDS);
const EVENT_WORDS = SESSION_WORDS.map(([w, kind]) => [words([w]), kind] as const);

/**
 * Events reported as having taken place: a sentence starting with a date
 * ("Chiều 25/02/2024, ...", or "Sáng nay," the article's `today`) that names an event and is not planned
 * ("dự kiến", "sẽ") or an issuing ("ban hành"). Events of the same date are one.
 */
export function recognizeSessions(text: string, sentences: readonly SentenceRange[], today: WrittenDate | null = null): SessionMention[] {
  const found: SessionMention[] = [];
  const days = new Map<string, Set<string>>(); // day -> parts of it taken ('' for a day named without one)
  for (const s of sentences.flatMap((whole) => datedClauses(text, whole))) {
    const same = found.length ? sameDayLead(text, s) : null;
    // "Cùng ngày, đoàn đã khảo sát ...": the day's event goes on; "Chiều cùng ngày, ..." tells another.
    if (same && !same.part) continue;
    // A sentence without a digit tells a date only by "Sáng nay,", "Tối qua,": read once here.
    const todays = !same && !/\d/.test(text.slice(s.start, Math.min(s.end, s.start + 200))) ? todayLead(text, s, today) : undefined;
    if (todays === null) continue;
    const held = same ? null : heldOn(text, s);
    const date = same ? { ...found[found.length - 1].date, start: s.start, end: same.end } : sentenceDate(text, s) ?? held?.date ?? todays ?? todayLead(text, s, today);
    if (!date) continue;
    const heldFirst = held !== null && held.date === date;
    // An event named before its date ("Hội nghị dự kiến diễn ra vào ngày ...") is read whole for what is planned.
    const body = text.slice(heldFirst ? s.start : date.end, s.end);
    if (PLANNED.test(body) || ISSUING.test(body)) continue;
    const kind = EVENT_WORDS.find(([re]) => re.test(heldFirst ? held.what : body))?.[1];
    if (!kind) continue;
    const part = same ? same.part : partOfDay(text, s.start, date.start);
    const day = `${date.day}/${date.month}`;
    const parts = days.get(day);
    if (parts && (parts.has(part) || (parts.has('') && !(same && ownEvent(text, date.end, body))) || part === '')) continue;
    if (parts) parts.add(part);
    else days.set(day, new Set([part]));
    found.push({ date, kind, sentence: s, region: { start: s.start, end: text.length } });
  }
  for (let i = 0; i < found.length; i++) {
    found[i].region = { start: i === 0 ? 0 : found[i].sentence.start, end: found[i + 1]?.sentence.start ?? text.length };
  }
  return found;
}

/**
 * "Chiều cùng ngày, ...", "Cũng trong ngày, ...", "Ngay sau kỳ họp, 14 giờ cùng ngày, ...", "Trước đó, sáng cùng
 * ngày, ...": another event on the day of the one before; a clock time tells the part of the day.
 */
const SAME_DAY = /[ ]*(?:(?:trước|sau)[ ]+đó[ ]*,[ ]*)?(?:ngay[ ]+sau[^,.;\n]{0,40},[ ]*)?(?:(?:cũng[ ]+)?trong[ ]+)?(?:ngay[ ]+)?(?:(?:buổi[ ]+)?(sáng|chiều|tối|trưa)[ ]+|(?:(?:vào[ ]+)?lúc[ ]+)?(\d{1,2})[ ]*(?:giờ|h|g)(?:[ ]*\d{1,2}(?:[ ]*phút)?)?[ ]+)?(?:cùng[ ]+ngày|cũng[ ]+trong[ ]+ngày|trong[ ]+ngày)(?:[ ]+hôm[ ]+(?:đó|ấy))?[ ]*(?:,|(?=\p{Lu}|đoàn))/iuy;
/**
 * After a date given without a part of the day, "Chiều cùng ngày, đoàn đến thăm ..." goes on with the same
 * visit, but "14 giờ cùng ngày, X chủ trì phiên họp ..." and "Chiều cùng ngày, Y tổ chức hội nghị ... Hội nghị
 * do Z chủ trì" are events of their own.
 */
const CHAIRED = /(?<![\p{L}])(?:chủ[ ]+trì|chủ[ ]+tọa|điều[ ]+hành)(?![\p{L}])/iu;
const HELD = /(?<![\p{L}])(?:tổ[ ]+chức|ra[ ]+mắt)(?![\p{L}])/iu;

function ownEvent(text: string, from: number, sentence: string): boolean {
  return HELD.test(sentence) || CHAIRED.test(text.slice(from, from + 400));
}
const PART_OF_DAY = /(sáng|chiều|tối|trưa)(?![\p{L}])/iu;

/** "Đầu giờ chiều, ...": a part of the day of the event before. */
const PART_BEGINS = /[ ]*(?:đầu|cuối)[ ]+giờ[ ]+(sáng|chiều)[ ]*,/iuy;
/** "Ngay sau bế mạc kỳ họp, UBND xã họp phiên thứ nhất ...", "Ngay sau hội nghị, ...": a later event of the day, right after the one before. */
const RIGHT_AFTER = /[ ]*ngay[ ]+sau[ ]+(?:khi[ ]+)?(?:bế[ ]+mạc|kết[ ]+thúc|hội[ ]+nghị|buổi[ ]+lễ|lễ|kỳ[ ]+họp|đại[ ]+hội|phiên[ ]+họp)[^,.;\n]{0,40},[ ]*(?=\p{Lu})/iuy;

/** "Tại hội nghị buổi chiều do X chủ trì, ...": the event of another part of the day before's, named by it. */
const AT_PART_EVENT =
  /[ ]*(?:Tại|Ở)[ ]+(?:hội[ ]+nghị|buổi[ ]+lễ|lễ|kỳ[ ]+họp|phiên[ ]+họp|buổi[ ]+làm[ ]+việc|buổi[ ]+gặp[ ]+mặt)[ ]+(?:buổi[ ]+|vào[ ]+buổi[ ]+)?(sáng|chiều|tối)(?![\p{L}])/iuy;

function sameDayLead(text: string, s: SentenceRange): { part: string; end: number } | null {
  AT_PART_EVENT.lastIndex = s.start;
  const at = AT_PART_EVENT.exec(text);
  if (at) return { part: at[1].toLowerCase(), end: s.start + at[0].length };
  SAME_DAY.lastIndex = s.start;
  const m = SAME_DAY.exec(text);
  RIGHT_AFTER.lastIndex = s.start;
  if (!m && RIGHT_AFTER.test(text)) return { part: 'sau', end: RIGHT_AFTER.lastIndex };
  PART_BEGINS.lastIndex = s.start;
  const begins = m ? null : PART_BEGINS.exec(text);
  if (begins) return { part: begins[1].toLowerCase(), end: s.start + begins[0].length };
  if (!m) return null;
  const part = m[1] ? m[1].toLowerCase() : m[2] ? partAtHour(Number(m[2])) : '';
  return { part, end: s.start + m[0].length };
}

function partAtHour(hour: number): string {
  if (hour >= 18) return 'tối';
  return hour >= 12 ? 'chiều' : 'sáng';
}

/** "...; ngày 12/9, đại hội khai mạc phiên chính thức": a clause after a semicolon that opens with its own date. */
const DATED_CLAUSE = /;[ ]+(?=(?:(?:sáng|chiều|tối|trưa)[ ]+)?ngày[ ]+\d)/gu;

/** A sentence cut where a semicolon opens a dated clause: each may tell an event. */
function datedClauses(text: string, s: SentenceRange): SentenceRange[] {
  if (!hasSemicolon(text, s)) return [s]; // most sentences: no copy of their text
  const body = text.slice(s.start, s.end);
  const out: SentenceRange[] = [];
  let start = s.start;
  for (const m of body.matchAll(DATED_CLAUSE)) {
    out.push({ start, end: s.start + m.index });
    start = s.start + m.index + m[0].length;
  }
  out.push({ start, end: s.end });
  return out;
}

/** Whether the sentence holds a semicolon (looked for within it only: a megabyte without one stays linear). */
function hasSemicolon(text: string, s: SentenceRange): boolean {
  for (let i = s.start; i < s.end; i++) if (text.charCodeAt(i) === 59) return true;
  return false;
}

/**
 * "Buổi làm việc diễn ra ngày 14/10/2015 tại ...", "Hội nghị được tổ chức vào sáng ngày 5/3": the event named
 * first, its date after (an article that opened with "Vừa qua, ..."). `what` names the event.
 */
const HELD_ON =
  /[ ]*((?:Buổi|Hội|Đại|Cuộc|Kỳ|Lễ|Phiên)[^,.;:\n]{1,40}?)[ ]+(?:đã[ ]+)?(?:diễn[ ]+ra|được[ ]+tổ[ ]+chức)[ ]+(?:vào[ ]+)?(?:(?:sáng|chiều|tối|trưa)[ ]+)?(?:ngày[ ]+)?(?=\d)/uy;

function heldOn(text: string, s: SentenceRange): { date: WrittenDate; what: string } | null {
  HELD_ON.lastIndex = s.start;
  const m = HELD_ON.exec(text);
  const date = m ? readLeadingDate(text, s.start + m[0].length) : null;
  return m && date ? { date, what: m[1] } : null;
}

/** "Sáng nay, ...", "Hôm nay, ...": the day the article was written; "Tối qua, ...", "Hôm qua, ...": the day before. */
const TODAY = /[ ]*(?:\([^()\n]{1,40}\)[ ]*)?(?:[-–][ ]*)?(?:(?:sáng|chiều|tối|trưa)(?:[ ]+hôm)?|hôm)[ ]+(nay|qua)[ ]*,/iuy;

function todayLead(text: string, s: SentenceRange, today: WrittenDate | null): WrittenDate | null {
  if (!today) return null;
  TODAY.lastIndex = s.start;
  const m = TODAY.exec(text);
  if (!m) return null;
  const day = m[1].toLowerCase() === 'qua' ? dayBefore(today) : today;
  return day ? { ...day, start: s.start, end: TODAY.lastIndex } : null;
}

/** The day before a date; unknown without its year (the length of February). */
function dayBefore(d: WrittenDate): WrittenDate | null {
  if (d.year === null) return null;
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day - 1));
  return { ...d, year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The part of the day written before a date ("Chiều 25/02"), or ''. */
function partOfDay(text: string, from: number, dateStart: number): string {
  const m = PART_OF_DAY.exec(text.slice(from, dateStart));
  return m ? m[1].toLowerCase() : '';
}

/**
 * After the opening date: the clause's comma, a capital, or first a bracket ("(nhằm ngày 3 tháng 6 năm Mậu Tuất),"),
 * "vừa qua," or an apposition ("– ngày đầu tiên ...,").
 */
const AFTER_DATE = /^[ ]*\)?[ ]*(?:\([^()\n]{1,60}\)[ ]*)?(?:vừa[ ]+qua[ ]*)?(?:,|\n|\p{Lu}|$|[-–][ ]+\p{Ll})/u;
/**
 * ", ngày 12/3/2024, ...", "..., trong hai ngày 6 và 7/12/2021, ...", "Trước đó, tại kỳ họp thứ 24 ngày 16/8/2023, ...":
 * a date closing an opening clause, before a comma.
 */
const CLAUSE_DATE = /,[ ]+(?:trong[ ]+(?:\d|hai|ba)[ ]+ngày[ ]+)?(?:(?:sáng|chiều|tối|trưa)[ ]+)?(?:ngày[ ]+)?(?=\d)|(?:^|,)[ ]*(?:tại|trong)[ ]+(?:kỳ[ ]+họp|kì[ ]+họp|phiên[ ]+họp|hội[ ]+nghị|cuộc[ ]+họp|buổi[ ]+làm[ ]+việc|buổi[ ]+tiếp[ ]+xúc)[^,.;\n]{0,30}?[ ]ngày[ ]+(?=\d)/giu;
const NUMBER_BEFORE = /\d[ ]*[-/][ ]*\p{Lu}[^,]{0,30}$|số[ ]*$/u;

/**
 * The date a sentence opens with ("Chiều 25/02/2024, ..."), or one that
 * follows an opening clause ("Thực hiện kế hoạch, ngày 12/3, ..."), not a
 * document's date ("Kế hoạch số 05/KH-UBND, ngày 3/2 của ...").
 */
function sentenceDate(text: string, s: SentenceRange): SessionMention['date'] | null {
  LEAD.lastIndex = s.start;
  const lead = LEAD.exec(text);
  const first = readLeadingDate(text, s.start + (lead ? lead[0].length : 0));
  if (first) return AFTER_DATE.test(text.slice(first.end, first.end + 70)) ? first : null;
  const head = text.slice(s.start, Math.min(s.end, s.start + 200));
  for (const m of head.matchAll(CLAUSE_DATE)) {
    if (NUMBER_BEFORE.test(head.slice(0, m.index))) continue;
    const d = readLeadingDate(text, s.start + m.index + m[0].length);
    if (d && /^[ ]*,/u.test(text.slice(d.end, d.end + 3))) return d;
  }
  return null;
}

/** The date at `pos`, or the first day of a stretch written there. */
function readLeadingDate(text: string, pos: number): (WrittenDate & { lastDay?: number }) | null {
  const plain = readDateAt(text, pos);
  if (plain) return plain;
  DAY_RANGE.lastIndex = pos;
  const range = DAY_RANGE.exec(text);
  if (!range) return null;
  const last = readDateAt(text, pos + range[0].length);
  return last ? { ...last, day: Number(range[1]), start: pos, lastDay: last.day } : null;
}
