import type { SessionKind } from '../../domain/kinds';
import { ISSUING_WORDS, PLANNED_WORDS, SESSION_WORDS } from '../lexicon/session-words';
import { readDateAt, type WrittenDate } from './date-recognizer';
import type { SentenceRange } from './sentences';

/** A reported event: a sentence that opens with its date and says what took place. */
export interface SessionMention {
  date: WrittenDate;
  kind: SessionKind;
  sentence: SentenceRange;
  /** The stretch of text that tells about it: up to the next event's sentence. */
  region: { start: number; end: number };
}

/** "Sáng ngày", "Chiều", "Ngày", "(gialai.gov.vn) - Sáng", "Hôm nay": what may stand before the date. */
const LEAD = /[ ]*(?:\([^()\n]{1,40}\)[ ]*-[ ]*)?(?:(?:vào[ ]+)?(?:sáng|chiều|tối|trưa|đêm)[ ]+(?:nay[ ]+)?(?:hôm[ ]+nay[ ]+)?)?(?:ngày[ ]+)?/iuy;
const words = (list: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${list.join('|')})(?![\\p{L}])`, 'iu');
const PLANNED = words(PLANNED_WORDS);
const ISSUING = words(ISSUING_WORDS);
const EVENT_WORDS = SESSION_WORDS.map(([w, kind]) => [words([w]), kind] as const);

/**
 * Events reported as having taken place: a sentence starting with a date
 * ("Chiều 25/02/2024, ...") that names an event and is not planned
 * ("dự kiến", "sẽ") or an issuing ("ban hành"). Events of the same date are one.
 */
export function recognizeSessions(text: string, sentences: readonly SentenceRange[]): SessionMention[] {
  const found: SessionMention[] = [];
  const days = new Set<string>();
  for (const s of sentences) {
    if (!/\d/.test(text.slice(s.start, Math.min(s.end, s.start + 60)))) continue;
    LEAD.lastIndex = s.start;
    const lead = LEAD.exec(text);
    const date = readDateAt(text, s.start + (lead ? lead[0].length : 0));
    if (!date || !/^[ ]*(?:,|\n|[ ]\p{Lu}|$)/u.test(text.slice(date.end, date.end + 3))) continue;
    const body = text.slice(date.end, s.end);
    if (PLANNED.test(body) || ISSUING.test(body)) continue;
    const kind = EVENT_WORDS.find(([re]) => re.test(body))?.[1];
    if (!kind) continue;
    if (days.has(`${date.day}/${date.month}`)) continue;
    days.add(`${date.day}/${date.month}`);
    found.push({ date, kind, sentence: s, region: { start: s.start, end: text.length } });
  }
  for (let i = 0; i < found.length; i++) {
    found[i].region = { start: i === 0 ? 0 : found[i].sentence.start, end: found[i + 1]?.sentence.start ?? text.length };
  }
  return found;
}

const CHAIR_AFTER = /^[ ,]*(?:đã[ ]+|cùng[ ]+|đồng[ ]+)?(?:chủ[ ]+trì|làm[ ]+trưởng[ ]+đoàn)/iu;
const CHAIR_BEFORE = /(?:chủ[ ]+trì|trưởng[ ]+đoàn)[^.;:\n]{0,60}?(?:có|do|là)[ ]*$/iu;

/** A person mention that chairs: "X ... chủ trì", "do X làm Trưởng đoàn", "Chủ trì ... có X". */
export function isChairMention(text: string, sentenceStart: number, start: number, end: number): boolean {
  if (CHAIR_AFTER.test(text.slice(end, end + 40))) return true;
  return CHAIR_BEFORE.test(text.slice(Math.max(sentenceStart, start - 90), start));
}
