import { LABEL_ABBREVIATIONS } from '../lexicon/label-abbreviations';
import { DOCUMENT_KINDS } from '../lexicon/document-kinds';
import { OFFICES } from '../lexicon/offices';
import { WORKPLACES } from '../lexicon/organizations';
import { HEADS, LEVELS, skipPlaceOnly } from './org-matchers';
import { fullNameAt, skipSpaces } from './scan';
import { startsUpper } from './tokens';
import { readUnit } from './unit-ref';

/** Words that end the name of a board ("Ban Dân vận"): connectives and clause words. */
const LABEL_STOP = /^(?:các|của|và|nhiệm|kỳ|đã|có|được|tại|trong|với|về|để|cho|theo|lần|khóa|khoá|năm|tháng|ngày|đề|báo|phát|làm|chủ|tham|dự|là|thực|trên|thuộc|gồm|cùng|tặng|đến|từ|nhằm|ở|đầu|bố|còn|cũng|vừa)$/iu;
/** A word, or initials joined by "&" ("TH&THCS"). */
const WORD = /[\p{L}\p{N}]+(?:&\p{Lu}+)*/uy;
/**
 * Words that open no board's name, only the clause after a bare "Ban": "hành" ("ban hành"), "trưởng"
 * ("Vụ trưởng"), and verbs in lowercase ("bà X - Trưởng Ban trình bày báo cáo").
 */
const FIRST_WORD_STOP = /^(?:hành|trưởng|trình|nêu|kết|khai|cảm|đánh|nhấn|quán|chúc|trao|yêu|lưu|ghi|biểu|nhận|phổ|triển)$/u;
/** Capitals that stand in a company's or a school's name: "Công ty TNHH MTV ...", "Trường THCS Nguyễn Du". */
const COMPANY_FORMS = /^(?:TNHH|MTV|CP|TM|DV|XD|XNK|SX|TMDV|SXTM|THCS|THPT|TH|PTDTBT|PTDTNT|PTDT|PTCS|MN)$/u;
/** Verbs of two words that open the clause after a proper name: "tổ chức", "tiến hành", "long trọng tổ chức". */
const CLAUSE_VERB = /^(?:tổ[ ]+chức|tiến[ ]+hành|long[ ]+trọng|trang[ ]+trọng)(?![\p{L}])/u;
const KIND_AHEAD = new RegExp(`^(?:${DOCUMENT_KINDS.map((k) => k.type).join('|')})(?![\\p{L}])`, 'u');


/**
 * The name of a board after "Ban" (one to four words up to its parent body or
 * a clause word), or with `proper` of a cell after "Chi bộ", capitalized
 * first ("Trường Mầm non Blue Bee", "Công an").
 */
export function readLabel(text: string, pos: number, proper = false): { text: string; end: number } | null {
  const words: string[] = [];
  let p = skipSpaces(text, pos);
  let end = pos;
  const workplace = proper ? HEADS.matchAt(text, p) : null;
  const atWorkplace = workplace !== null && WORKPLACES.includes(workplace.entry.name);
  if (proper && !atWorkplace && !/^\p{Lu}/u.test(text[p] ?? '')) return null;
  if (workplace && atWorkplace) {
    // "Chi bộ Công ty được thành lập", "Chủ tịch Công đoàn công ty": a bare workplace word opens the name (resolve/workplaces names it in full).
    words.push(...text.slice(p, workplace.end).split(/[ ]+/u));
    end = workplace.end;
    p = skipSpaces(text, end);
    if (p === end) return { text: words.join(' '), end };
  }
  while (words.length < (proper ? 12 : 10)) {
    if (words[words.length - 1] !== '-' && (HEADS.matchAt(text, p, skipPlaceOnly) || LEVELS.matchAt(text, p))) break;
    WORD.lastIndex = p;
    const w = WORD.exec(text);
    // "Ban Chỉ đạo bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031": the election it serves.
    const election = words.length > 1 && words[words.length - 1] === 'cử' && words[words.length - 2] === 'bầu' ? electionAt(text, p) : null;
    if (election) {
      words.push(election.text);
      p = skipSpaces(text, (end = election.end));
      continue;
    }
    // "Ban Chỉ đạo các Chương trình mục tiêu quốc gia giai đoạn 2016 - 2020": the period a board serves.
    const period = words.length > 1 ? periodAt(text, p) : null;
    if (period) {
      words.push(period.text);
      p = skipSpaces(text, (end = period.end));
      continue;
    }
    if (w && w[0] === 'và' && words.length > 0) {
      // "Ban Tuyên giáo và Dân vận", "Công ty Cổ phần Xây dựng và Thương mại X": two fields.
      const next = skipSpaces(text, p + 2);
      // "Ban Kinh tế - Xã hội và Nghị quyết số 04 ...": a document's kind word starts no second field.
      // "Trường THCS Tà Chì Lừ và Tổ truyền thông ...": a head read only in place opens a second body too.
      if (startsUpper(text, next) && !HEADS.matchAt(text, next) && !KIND_AHEAD.test(text.slice(next, next + 12))) {
        words.push('và');
        end = p + 2;
        p = next;
        continue;
      }
    }
    // "Kế hoạch và Đầu tư": the second field's first word; "Thủy sản Sa Kỳ": a capital in a proper name.
    // "Ban Chỉ đạo các Chương trình mục tiêu quốc gia": "các" before a capital stays in a board's name.
    const plural = w !== null && w[0] === 'các' && words.length > 0 && startsUpper(text, skipSpaces(text, p + 3));
    // "Ban Dân chủ - Pháp luật" of a Front committee: "chủ" after "Dân" is the name's, not "chủ trì".
    const compound = w !== null && w[0] === 'chủ' && words[words.length - 1] === 'Dân';
    const named = words[words.length - 1] === 'và' || (proper && startsUpper(text, p)) || plural || compound;
    // "Đội xung kích PCTT thôn A": initials a name holds (read in full by resolve/label-in-full) go on; others end it.
    const initials = w !== null && /^\p{Lu}{2,}$/u.test(w[0]) && !(proper && COMPANY_FORMS.test(w[0])) && !LABEL_ABBREVIATIONS.has(w[0]);
    // "Hội Làm vườn": a stop word written with a capital inside a name is the name's.
    const stop = LABEL_STOP.test(w?.[0] ?? '') && !(words.length > 0 && /^\p{Lu}\p{Ll}/u.test(w![0]));
    if (!w || (stop && !named) || (words.length === 0 && FIRST_WORD_STOP.test(w[0])) || initials) break;
    // "Giám đốc Sở Nội vụ Đào Thị Minh": a board's name ends where a person's full name starts (not a school's).
    // ("Giám đốc Sở Đào Văn Chung": the name, right after the head word, is no field.)
    if (!proper && startsUpper(text, p) && fullNameAt(text, p)) break;
    // In a proper name a lowercase word stands before a capital ("Trường Trung học cơ sở A"), after a one-letter
    // word ("Trạm Y tế"), and a number after a capitalized word ends it ("Trường Tiểu học Khánh Bình 1").
    const numberAfterName = /^\d{1,3}[A-Z]?$/u.test(w[0]) && /^\p{Lu}/u.test(words[words.length - 1] ?? '');
    const afterInitial = words.length > 0 && /^\p{Lu}$/u.test(words[words.length - 1]);
    // "Tiểu ban Thông tin - Tuyên truyền", "Khoa Châm cứu - Phục hồi chức năng": a second field goes on in lowercase.
    const inSecondField = words.length >= 2 && words.lastIndexOf('-') >= words.length - 4 && words.lastIndexOf('-') > 0;
    if (proper && words.length > 0 && !startsUpper(text, p) && !numberAfterName && !afterInitial && !inSecondField && !leadsToName(text, p + w[0].length)) break;
    // "Chi bộ Trường THCS Hòa An tổ chức Đại hội": the verb after the name, though a capital follows it.
    if (proper && words.length > 0 && CLAUSE_VERB.test(text.slice(p, p + 16))) break;
    words.push(w[0]);
    end = p + w[0].length;
    p = skipSpaces(text, end);
    const field = secondField(text, p);
    if (field !== null) {
      // "Ban Kinh tế - Xã hội", "Công ty TNHH Sản xuất - Thương mại X": two fields joined by a dash.
      words.push('-');
      p = field;
      continue;
    }
    if (p === end) break;
  }
  if (!words.length) return null;
  const first = words[0][0].toUpperCase() + words[0].slice(1);
  return { text: [first, ...words.slice(1)].join(' '), end };
}

/** The election of deputies a body serves: to the National Assembly of a term, to the councils, or both, of a term. */
const COUNCILS = '(?:HĐND|Hội đồng nhân dân)(?:[ ]+các[ ]+cấp|[ ]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))?';
const ASSEMBLY = 'Quốc[ ]+hội[ ]+(?:khóa|khoá)[ ]+[XVILC]+';
const ELECTION = new RegExp(
  `đại[ ]+biểu[ ]+(?:${ASSEMBLY}(?:[ ]+và[ ]+đại[ ]+biểu[ ]+${COUNCILS})?|${COUNCILS}(?:[ ]+(?:khóa|khoá)[ ]+[XVILC]+)?)(?:[ ]+nhiệm[ ]+kỳ[ ]+\\d{4}[ ]*[-–][ ]*\\d{4})?(?![\\p{L}\\p{N}])`,
  'uy',
);

function electionAt(text: string, p: number): { text: string; end: number } | null {
  ELECTION.lastIndex = p;
  const m = ELECTION.exec(text);
  return m ? { text: m[0].replace(/[ ]+/gu, ' '), end: p + m[0].length } : null;
}

const PERIOD = /giai[ ]+đoạn[ ]+(\d{4})[ ]*[-–][ ]*(\d{4})(?![\p{L}\p{N}])/uy;

function periodAt(text: string, p: number): { text: string; end: number } | null {
  PERIOD.lastIndex = p;
  const m = PERIOD.exec(text);
  return m ? { text: `giai đoạn ${m[1]} - ${m[2]}`, end: p + m[0].length } : null;
}

const OFFICE_FIRST_WORDS = new Set(OFFICES.flatMap((o) => [...o.forms, ...(o.abbr ?? [])].map((f) => f.split(' ')[0])));

/** After a dash, a capitalized word that opens no office or body ("- Xã hội", not "- Chủ tịch"): where the second field starts. */
function secondField(text: string, p: number): number | null {
  if (text[p] !== '-' && text[p] !== '–') return null;
  const q = skipSpaces(text, p + 1);
  if (q === p + 1 || !startsUpper(text, q)) return null;
  WORD.lastIndex = q;
  const w = WORD.exec(text);
  const head = HEADS.matchAt(text, q);
  const opensBody = head && (!head.entry.unitAfter || readUnit(text, skipSpaces(text, head.end)));
  if (!w || OFFICE_FIRST_WORDS.has(w[0]) || /^\p{Lu}{2,}$/u.test(w[0]) || opensBody || readUnit(text, q)?.name) return null;
  return q;
}

/** In a cell's name, a lowercase word stands if a capital or a unit word comes within three words ("Trường Trung học cơ sở Hòa An"). */
function leadsToName(text: string, pos: number): boolean {
  let p = pos;
  for (let k = 0; k < 3; k++) {
    const q = skipSpaces(text, p);
    const next = text.slice(q, q + 6).split(/[^\p{L}]/u)[0];
    if (next === 'và' && startsUpper(text, skipSpaces(text, q + 2))) return true; // "Xây dựng và Thương mại"
    if (q === p || LABEL_STOP.test(next)) return false;
    if (startsUpper(text, q) || LEVELS.matchAt(text, q)) return true;
    if (text[q] === '-' || text[q] === '–') {
      p = q + 1; // "Sản xuất - Thương mại": a second field
      continue;
    }
    WORD.lastIndex = q;
    const w = WORD.exec(text);
    if (!w) return false;
    p = q + w[0].length;
  }
  return false;
}
