import { DOCUMENT_KINDS } from '../lexicon/document-kinds';
import { ISSUER_CODE_HEADS } from '../lexicon/issuer-codes';
import type { OrgPhrase } from './org-phrase';

/** The kind words of documents, longest first ("Thông báo kết luận" before "Thông báo"). */
export const KIND_WORDS: readonly string[] = [...new Set([...DOCUMENT_KINDS.map((k) => k.type), 'Thông báo kết luận'])].sort((a, b) => b.length - a.length);

/** A kind word anywhere: "Kế hoạch", "Nghị quyết". */
export const KIND_WORD = new RegExp(`(${KIND_WORDS.join('|')})(?![\\p{L}])`, 'gu');

/**
 * The verb of issuing or founding, its subject before it: "Ban Thường vụ Huyện ủy đã ban hành", "Thành ủy cũng
 * thành lập", "Đảng ủy xã đã ra Quyết định số ...", "Chủ tịch UBND xã đã ký Quyết định số ..." ("ra" and "ký"
 * only before a kind word, or at the end of the stretch read, which stops at the number's kind word: "diễn ra",
 * "đề ra" issue nothing; nor does a "Thư ký").
 */
export const ISSUING_VERB = new RegExp(
  `(?<!Thư)[ ]+(?:(?:đã|vừa|mới|cũng|còn|tiếp[ ]+tục|đồng[ ]+thời|thống[ ]+nhất|chính[ ]+thức)[ ]+)*(?:(?:ký[ ]+)?(?:ban[ ]+hành|thành[ ]+lập)(?![\\p{L}])|(?:ra|ký|có)(?=[ ]+(?:${KIND_WORDS.join('|')})(?![\\p{L}])|[ ]*$))`,
  'giu',
);

/** The lexicon's form of a kind word as written ("nghị quyết" -> "Nghị quyết"); a "Thông báo kết luận" is a "Thông báo". */
export function canonicalType(word: string): string {
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'thông báo kết luận') return 'Thông báo';
  return KIND_WORDS.find((k) => k.toLowerCase() === lower) ?? word;
}

/** Whether an issuer code ("TU", "UBND-VP") agrees with an organization: one of its heads is the code's. */
export function codeAllows(issuerCode: string | null, org: OrgPhrase): boolean {
  if (!issuerCode) return true;
  const heads = ISSUER_CODE_HEADS.get(issuerCode.split('-')[0]);
  if (!heads) return true;
  // A head counts with the heads named after it: "Đảng ủy" covers "Đảng ủy Khối các cơ quan".
  for (let o: OrgPhrase | null = org; o; o = o.inner) if (heads.some((h) => o!.head.name === h || o!.head.name.startsWith(`${h} `))) return true;
  return false;
}
